/** URL paths: slugs, permalinks, percent-encoding and the output files they map to. */
package dev.colophon.internal.url;
