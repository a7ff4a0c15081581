/**
 * Planning the output files and writing them safely: a temporary folder, swapped in on success; or, for a
 * build session, into its target ({@link dev.colophon.internal.output.OutputTarget}): the folder, or memory.
 */
package dev.colophon.internal.output;
