package dev.colophon.markdown;

/**
 * The HTML text of one document, laid out in lines exactly as flexmark's {@code HtmlWriter} lays it out with
 * the options {@link MarkdownEngine} uses, but in one pass over whole strings instead of one call per
 * character.
 *
 * <p>The rules are those of flexmark's {@code LineAppendableImpl} with {@code F_TRIM_LEADING_WHITESPACE},
 * indent size 0 and at most one blank line in a row:
 * <ul>
 * <li>outside preformatted text, spaces are dropped while a line has nothing but spaces and tabs (tabs
 *     stay);
 * <li>{@link #line()} ends the line only if it has text, or always inside preformatted text;
 * <li>an empty line outside preformatted text is a blank line, and only the first of several blank lines in
 *     a row is kept; a line counts as preformatted while {@link #openPre()} is in force, and also when its
 *     preformatted text opened and closed on it.
 * </ul>
 */
final class HtmlLines {

    private static final int MAX_BLANK_LINES = 1;

    private final StringBuilder out;
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    /** Whether the current line has had nothing but spaces and tabs. */
    private boolean allWhitespace = true;
    private int preNesting;
    /** Lines ended so far, blank lines left out included: flexmark's line index. */
    private int lineIndex;
    /** The line on which preformatted text last opened, -1 before any. */
    private int preFirstLine = -1;
    private int blankLines;

    HtmlLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Appends {@code text} as it is (flexmark's {@code raw}). */
    HtmlLines raw(CharSequence text) {
        String chars = text.toString();
        append(chars, 0, chars.length(), false);
        return this;
    }

    /** Appends {@code text} with {@code & < > "} escaped (flexmark's {@code text}). */
    HtmlLines text(CharSequence text) {
        String chars = text.toString();
        append(chars, 0, chars.length(), true);
        return this;
    }

    /** Appends {@code text[from, to)} with {@code & < > "} escaped. */
    HtmlLines text(String text, int from, int to) {
        append(text, from, to, true);
        return this;
    }

    /** Ends the line if it has text (flexmark's {@code line}). */
    HtmlLines line() {
        if (preNesting > 0 || out.length() != lineStart) {
            endLine();
        }
        return this;
    }

    HtmlLines openPre() {
        if (preNesting == 0) {
            preFirstLine = lineIndex;
        }
        preNesting++;
        return this;
    }

    HtmlLines closePre() {
        preNesting--;
        return this;
    }

    /**
     * Appends {@code text} as preformatted text (flexmark's {@code rawPre}): a line break it starts with ends
     * the current line first, outside the preformatted text.
     */
    HtmlLines rawPre(CharSequence text) {
        String rest = text.toString();
        if (out.length() != lineStart && rest.length() > 0 && rest.charAt(0) == '\n') {
            line();
            rest = rest.substring(1);
        }
        openPre();
        append(rest, 0, rest.length(), false);
        closePre();
        return this;
    }

    /** The HTML, its last line ended. */
    String finish() {
        line();
        return out.toString();
    }

    /**
     * Takes a String, not any CharSequence: {@code charAt} on a String is bound statically and inlined by C1,
     * where a CharSequence's is an interface call per character (the top self cost of a build's profile).
     */
    private void append(String text, int from, int to, boolean escape) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > '>') {
                continue;
            }
            if (c == '\n') {
                flush(text, start, i);
                endLine();
                start = i + 1;
            } else if (c == ' ' || c == '\t') {
                // Only white space so far on this line, none of it waiting in text[start, i).
                if (allWhitespace && start == i) {
                    if (c == '\t' || preNesting > 0) {
                        out.append(c);
                    }
                    start = i + 1;
                }
            } else if (escape) {
                String entity = switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    default -> null;
                };
                if (entity != null) {
                    flush(text, start, i);
                    out.append(entity);
                    allWhitespace = false;
                    start = i + 1;
                }
            }
        }
        flush(text, start, to);
    }

    /** Appends a run that has a character other than a space or tab, or follows one on its line. */
    private void flush(String text, int from, int to) {
        if (from < to) {
            out.append(text, from, to);
            allWhitespace = false;
        }
    }

    private void endLine() {
        boolean preformatted = preNesting > 0 || preFirstLine == lineIndex;
        if (preformatted || out.length() != lineStart) {
            out.append('\n');
            blankLines = 0;
        } else if (blankLines < MAX_BLANK_LINES) {
            out.append('\n');
            blankLines++;
        }
        lineIndex++;
        lineStart = out.length();
        allWhitespace = true;
    }
}
