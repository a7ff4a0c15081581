/** Data files for {@code site.data}: JSON, CSV and TSV. */
package dev.colophon.data;
