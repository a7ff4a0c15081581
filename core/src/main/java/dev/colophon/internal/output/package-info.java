/** Planning the output files and writing them safely: a temporary folder, swapped in on success. */
package dev.colophon.internal.output;
