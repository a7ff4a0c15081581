package dev.colophon.maven;

import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourcePosition;
import java.io.File;
import java.nio.file.Path;

/**
 * Names files as the user sees them from the project's folder: a diagnostic's file is relative to the
 * blog's source ({@code _posts/x.md}), which in a Maven project is {@code src/main/blog/_posts/x.md}.
 */
record ProjectPaths(Path basedir) {

    ProjectPaths {
        basedir = basedir.toAbsolutePath().normalize();
    }

    /** The path relative to the project, with {@code /} separators, when it is inside it; else absolute. */
    String name(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.equals(basedir)) {
            return ".";
        }
        if (!absolute.startsWith(basedir)) {
            return absolute.toString();
        }
        return basedir.relativize(absolute).toString().replace(File.separatorChar, '/');
    }

    /** The diagnostic as {@code file:line:col: error: …}, its file named from the project. */
    String locate(Diagnostic diagnostic, Path source) {
        SourcePosition at = diagnostic.position();
        if (at == null) {
            return diagnostic.toString();
        }
        // Joined as text, not resolved as a path: a file's name in a diagnostic may be no valid path here.
        String folder = name(source);
        String file = folder.equals(".") ? at.file() : folder + "/" + at.file();
        return new Diagnostic(diagnostic.severity(), new SourcePosition(file, at.line(), at.column()),
                diagnostic.message(), diagnostic.hint()).toString();
    }
}
