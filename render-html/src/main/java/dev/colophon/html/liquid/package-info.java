/** Liquid, Jekyll flavour, on liqp: the template engine, Jekyll's filters, and the default theme's files. */
package dev.colophon.html.liquid;
