/**
 * A Liquid template engine with Ruby Liquid 5's semantics: {@link dev.colophon.liquid.Liquid} parses,
 * {@link dev.colophon.liquid.Template} renders on any number of threads, {@link dev.colophon.liquid.Filter}
 * and {@link dev.colophon.liquid.Tag} extend it. Knows nothing of Jekyll or of Colophon's build.
 */
package dev.colophon.liquid;
