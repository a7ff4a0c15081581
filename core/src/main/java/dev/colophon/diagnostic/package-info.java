/** Problems found in a build: positions in source files, diagnostics and the exceptions that carry them. */
package dev.colophon.diagnostic;
