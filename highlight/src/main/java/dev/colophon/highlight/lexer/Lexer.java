package dev.colophon.highlight.lexer;

/**
 * A lexer: an immutable, thread-safe description of a language. Lexing state lives in a {@link Run},
 * which one thread uses for one piece of code (and, for lexers embedded in others, across the pieces
 * the host hands it, as Rouge's {@code continue_lex} does).
 */
public interface Lexer {

    /** The lexer's Rouge tag, e.g. {@code "javascript"}. */
    String name();

    /** A new run in the lexer's start state. */
    Run start();

    /** The mutable state of one lexing pass. Not thread-safe; cheap to create. */
    interface Run {

        /** Lexes more text, continuing from the state the previous text left (Rouge's {@code continue_lex}). */
        void lex(String text, TokenSink sink);

        /** Back to the start state (Rouge's {@code reset!}). */
        void reset();
    }
}
