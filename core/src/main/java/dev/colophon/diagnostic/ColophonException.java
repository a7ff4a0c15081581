package dev.colophon.diagnostic;

/** The root of every exception Colophon throws on purpose. Unchecked, like JUnit's and Jackson's. */
public class ColophonException extends RuntimeException {

    public ColophonException(String message) {
        super(message);
    }

    public ColophonException(String message, Throwable cause) {
        super(message, cause);
    }
}
