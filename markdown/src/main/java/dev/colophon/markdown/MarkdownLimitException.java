package dev.colophon.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A text beyond what the converter takes on, such as nesting deeper than {@link NestingLimit#MAX_DEPTH}:
 * {@link MarkdownParser} reports it against the file, at the line and column given here.
 */
final class MarkdownLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line in the converted text. */
    private final int line;
    /** The 1-based column in that line. */
    private final int column;
    private final String hint;

    MarkdownLimitException(int line, int column, String message, String hint) {
        super(message);
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    /** The problem at {@code offset} of the document that {@code chars} belongs to. */
    static MarkdownLimitException at(BasedSequence chars, int offset, String message, String hint) {
        BasedSequence text = chars.getBaseSequence();
        int end = Math.min(Math.max(offset, 0), text.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MarkdownLimitException(line, end - lineStart + 1, message, hint);
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String hint() {
        return hint;
    }
}
