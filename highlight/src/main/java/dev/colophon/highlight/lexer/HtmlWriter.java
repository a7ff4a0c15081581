package dev.colophon.highlight.lexer;

/**
 * Writes tokens as Rouge's HTML formatter does: neighbouring tokens of the same type merged into one
 * span, {@link Tok#TEXT} left bare, and only {@code &}, {@code <} and {@code >} escaped (Rouge leaves
 * quotes alone, and so must we for byte-identical output).
 *
 * <p>Merging happens here, once, rather than in every lexer: Rouge merges in each {@code continue_lex}
 * and again in the host lexer, which comes to the same thing as merging the final stream.
 */
public final class HtmlWriter implements TokenSink {

    private final StringBuilder out;
    private String open;

    public HtmlWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    @Override
    public void token(String tok, CharSequence text, int start, int end) {
        if (start >= end) {
            return;
        }
        if (!tok.equals(open)) {
            close();
            if (!tok.isEmpty()) {
                out.append("<span class=\"").append(tok).append("\">");
            }
            open = tok;
        }
        escape(text, start, end, out);
    }

    /** The markup so far, with the last span closed. */
    public String finish() {
        close();
        open = null;
        return out.toString();
    }

    private void close() {
        if (open != null && !open.isEmpty()) {
            out.append("</span>");
        }
        open = null;
    }

    /** Escapes {@code &<>} as Rouge's {@code escape_special_html_chars} does. */
    public static void escape(CharSequence text, int start, int end, StringBuilder out) {
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            String entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
            if (entity != null) {
                out.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        out.append(text, from, end);
    }
}
