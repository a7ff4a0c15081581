package dev.colophon.liquid.parse;

/**
 * One piece of a template's text: plain text, a tag ({@code {% … %}}) or an output ({@code {{ … }}}), or
 * in a {@code liquid} tag, one line.
 *
 * @param kind what it is
 * @param text the text as written, delimiters included
 * @param line 1-based line it starts on
 * @param column 1-based column it starts at
 */
record Token(Kind kind, String text, int line, int column) {

    enum Kind { TEXT, TAG, OUTPUT, LINE }
}
