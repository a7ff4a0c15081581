package dev.colophon.diagnostic;

import java.util.Objects;

/**
 * One problem found in a build: where, how bad, what is wrong and what to do about it.
 *
 * @param severity error or warning
 * @param position where the problem is; {@code null} when it is not tied to a file
 * @param message what is wrong, one sentence without a trailing period
 * @param hint what to do about it; {@code null} when there is nothing useful to say
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint) {

    public enum Severity { ERROR, WARNING }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.ERROR, position, message, hint);
    }

    public static Diagnostic warning(SourcePosition position, String message, String hint) {
        return new Diagnostic(Severity.WARNING, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message (hint)}, the form the CLI prints. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (position != null) {
            out.append(position).append(": ");
        }
        out.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        if (hint != null && !hint.isBlank()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }
}
