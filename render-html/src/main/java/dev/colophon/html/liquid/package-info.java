/**
 * Liquid, Jekyll flavour, on Colophon's own engine ({@code dev.colophon.liquid}): the template engine plugin,
 * Jekyll's filters and tags ({@code include}, {@code highlight}, {@code link}, {@code seo} ...), its
 * {@code liquid:} settings and how its errors and warnings reach the build.
 */
package dev.colophon.html.liquid;
