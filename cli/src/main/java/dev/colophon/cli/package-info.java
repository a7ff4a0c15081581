/** The {@code colophon} command line. */
package dev.colophon.cli;
