package dev.colophon.liquid;

/** How markup that does not follow the grammar is taken, as Ruby Liquid's {@code error_mode}. */
public enum ErrorMode {
    /** Read as Ruby Liquid's lax parser reads it: whatever can be made sense of. */
    LAX,
    /** Parsed strictly; what fails is read laxly and reported as a warning (Jekyll's default). */
    WARN,
    /** A syntax error. */
    STRICT
}
