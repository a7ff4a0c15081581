package dev.colophon.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A build found errors and wrote nothing. Carries every problem found, not only the first, so a
 * user with five broken posts learns about all five in one run.
 */
public class BuildFailedException extends ColophonException {

    private final transient List<Diagnostic> diagnostics;

    public BuildFailedException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem found, errors and warnings, in the order the build met them. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Only the errors. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    private static String summary(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
        return "build failed with " + count + ":\n"
                + errors.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }
}
