package dev.colophon.diagnostic;

/**
 * A problem in the user's source files, with the place it was found and a hint. Plugins throw it;
 * the pipeline collects it as a {@link Diagnostic} and goes on with the other files.
 */
public class SourceException extends ColophonException {

    private final transient Diagnostic diagnostic;

    public SourceException(SourcePosition position, String message, String hint) {
        this(position, message, hint, null);
    }

    public SourceException(SourcePosition position, String message, String hint, Throwable cause) {
        super(Diagnostic.error(position, message, hint).toString(), cause);
        this.diagnostic = Diagnostic.error(position, message, hint);
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    public SourcePosition position() {
        return diagnostic.position();
    }
}
