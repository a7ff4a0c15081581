/**
 * Build-time syntax highlighting with Rouge's markup, so that Jekyll themes' stylesheets apply unchanged.
 *
 * <p>{@link dev.colophon.highlight.RougeHighlighter} is the plugin. Behind it, each language is a port of
 * the corresponding Rouge 3.30 lexer (the version GitHub Pages and Jekyll 4 run): the same states, the
 * same regexes (rewritten only where Ruby and Java regexes differ), the same token types. Porting rather
 * than approximating is what makes the output byte-identical to Rouge's, which the tests check against
 * output recorded from Rouge itself. No JVM library emits Rouge's classes, and running Rouge or Pygments
 * through JRuby or Jython would cost tens of megabytes and seconds of start-up.
 */
package dev.colophon.highlight;
