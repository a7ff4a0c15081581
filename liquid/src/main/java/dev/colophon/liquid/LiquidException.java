package dev.colophon.liquid;

/**
 * Every error the engine raises: a syntax error found while parsing, or an error while rendering (a filter
 * given the wrong arguments, a division by zero, a limit reached). Carries the template's name, and the
 * line and column of the tag or output at fault when known (0 when not).
 */
public class LiquidException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of error, as Ruby Liquid's exception classes tell them apart. */
    public enum Kind {
        SYNTAX("Liquid syntax error"),
        ARGUMENT("Liquid error"),
        ZERO_DIVISION("Liquid error"),
        FLOAT_DOMAIN("Liquid error"),
        UNDEFINED_VARIABLE("Liquid error"),
        UNDEFINED_FILTER("Liquid error"),
        UNDEFINED_TAG("Liquid syntax error"),
        FILE_SYSTEM("Liquid error"),
        /** A render went past one of its {@link Limits}. */
        LIMIT("Liquid error"),
        STACK_LEVEL("Liquid error");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    private final Kind kind;
    private final String detail;
    private final String templateName;
    private final int line;
    private final int column;

    public LiquidException(Kind kind, String detail) {
        this(kind, detail, null, 0, 0, null);
    }

    public LiquidException(Kind kind, String detail, String templateName, int line, int column, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.detail = detail;
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    /** A syntax error. */
    public static LiquidException syntax(String detail) {
        return new LiquidException(Kind.SYNTAX, detail);
    }

    /** A filter or tag given arguments it cannot use. */
    public static LiquidException argument(String detail) {
        return new LiquidException(Kind.ARGUMENT, detail);
    }

    public Kind kind() {
        return kind;
    }

    /** What is wrong, without the position: {@code divided by 0}. */
    public String detail() {
        return detail;
    }

    /** The template the error is in, or null when not known. */
    public String templateName() {
        return templateName;
    }

    /** The 1-based line, or 0 when not known. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when not known. */
    public int column() {
        return column;
    }

    /**
     * The same error placed at a position, unless it already has one; the error placed is the new one's
     * cause, so that a subclass (an embedding application's own error) can still be recognised.
     */
    public LiquidException at(String name, int atLine, int atColumn) {
        if (line > 0) {
            return this;
        }
        return new LiquidException(kind, detail, templateName != null ? templateName : name, atLine, atColumn, this);
    }

    /** This error, or the first of its causes, of the given class; null when there is none. */
    public <T extends LiquidException> T find(Class<T> type) {
        for (Throwable t = this; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** As Ruby Liquid writes it: {@code Liquid error (line 3): divided by 0}. */
    @Override
    public String getMessage() {
        StringBuilder out = new StringBuilder(kind.prefix());
        if (templateName != null || line > 0) {
            out.append(" (");
            if (templateName != null) {
                out.append(templateName).append(' ');
            }
            if (line > 0) {
                out.append("line ").append(line);
            }
            int end = out.length() - 1;
            if (out.charAt(end) == ' ') {
                out.setLength(end);
            }
            out.append(')');
        }
        return out.append(": ").append(detail).toString();
    }
}
