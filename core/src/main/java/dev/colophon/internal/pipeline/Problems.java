package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one build, collected from every thread so that all are reported together.
 */
public final class Problems {

    /** Past this many errors the build stops looking for more: the first hundred are enough to act on. */
    static final int MAX_ERRORS = 100;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;

    public synchronized void add(Diagnostic diagnostic) {
        // Several plugins may meet the same problem (every feed needs the url): say it once.
        if (diagnostics.contains(diagnostic)) {
            return;
        }
        if (diagnostic.isError()) {
            errors++;
            if (errors > MAX_ERRORS) {
                return;
            }
        }
        diagnostics.add(diagnostic);
    }

    /**
     * Forgets every problem: a build session's later build that renders with the last build's objects
     * (which report here) starts with none.
     */
    public synchronized void clear() {
        diagnostics.clear();
        errors = 0;
    }

    public void add(SourceException e) {
        add(e.diagnostic());
    }

    public void error(SourcePosition position, String message, String hint) {
        add(Diagnostic.error(position, message, hint));
    }

    public void warning(SourcePosition position, String message, String hint) {
        add(Diagnostic.warning(position, message, hint));
    }

    /**
     * An error for a file whose reading or rendering failed outside the rules: a bug (a runtime exception),
     * a file that nests too deeply for the stack, or one too big for the heap. The build goes on with the
     * other files and fails once; whatever the failed work held is garbage by now.
     *
     * @param failure a {@link RuntimeException}, {@link StackOverflowError} or {@link OutOfMemoryError}
     */
    public void failed(String path, String doing, Throwable failure) {
        SourcePosition at = SourcePosition.of(path);
        if (failure instanceof OutOfMemoryError) {
            error(at, doing + " the file ran out of memory", "split the file, or give Java more memory, e.g. "
                    + "COLOPHON_EXTRA_JAVA_OPTS=-Xmx4g");
        } else if (failure instanceof StackOverflowError) {
            error(at, doing + " the file went deeper than the stack allows", "nest lists, blocks or includes less"
                    + " deeply");
        } else {
            error(at, doing + " the file failed: " + failure, "this is a bug; please report it with this file");
        }
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    /** Warnings so far, in a stable order (by file, line, column). */
    public synchronized List<Diagnostic> warnings() {
        return sorted().stream().filter(d -> !d.isError()).toList();
    }

    /**
     * Ends the build when errors were found, with every diagnostic in a stable order (by file, line,
     * column, message), whatever order the threads met them in.
     */
    public synchronized void throwIfErrors() {
        if (errors > 0) {
            List<Diagnostic> all = sorted();
            if (errors > MAX_ERRORS) {
                all = new ArrayList<>(all);
                all.add(Diagnostic.error(null, (errors - MAX_ERRORS) + " more errors not shown", null));
            }
            throw new BuildFailedException(all);
        }
    }

    private List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Comparator
                .comparing((Diagnostic d) -> d.position() == null ? "" : d.position().file())
                .thenComparingInt(d -> d.position() == null ? 0 : d.position().line())
                .thenComparingInt(d -> d.position() == null ? 0 : d.position().column())
                .thenComparing(Diagnostic::message));
        return copy;
    }
}
