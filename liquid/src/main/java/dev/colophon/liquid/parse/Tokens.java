package dev.colophon.liquid.parse;

/** Where a block reads its tokens from: the template's text, or the lines of a {@code liquid} tag. */
interface Tokens {

    /** The next token, or null at the end. */
    Token next();

    /** Whether these are the lines of a {@code liquid} tag, each a tag without delimiters. */
    boolean lines();

    /** The line of the next token, for messages at the end of the text. */
    int line();
}
