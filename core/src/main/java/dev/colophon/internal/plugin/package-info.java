/** Finding, validating and indexing plugins. */
package dev.colophon.internal.plugin;
