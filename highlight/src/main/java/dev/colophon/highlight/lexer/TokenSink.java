package dev.colophon.highlight.lexer;

/** Where a lexer sends its tokens, in order. */
@FunctionalInterface
public interface TokenSink {

    /**
     * One token: the characters {@code [start, end)} of {@code text}. Passing a range rather than a
     * substring spares a copy per token; an empty range is allowed and means nothing.
     */
    void token(String tok, CharSequence text, int start, int end);

    /** One token given as a whole string; {@code null} or empty means nothing, as in Rouge. */
    default void token(String tok, String text) {
        if (text != null && !text.isEmpty()) {
            token(tok, text, 0, text.length());
        }
    }
}
