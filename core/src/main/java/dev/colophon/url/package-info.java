/** URL rules shared by core and plugins: Jekyll's slugs, percent-encoding, output paths. */
package dev.colophon.url;
