package dev.colophon.sass;

import com.sass_lang.embedded_protocol.OutboundMessage.CompileResponse.CompileFailure;
import com.sass_lang.embedded_protocol.OutboundMessage.LogEventOrBuilder;
import com.sass_lang.embedded_protocol.SourceSpan;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.ParseContext;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stylesheet to compile, with what is needed to place Dart Sass's errors and warnings in the site's
 * files: the page itself (its body starts some lines into the file, after the front matter) or an
 * imported file. Not thread-safe: it serves one compilation.
 */
final class Compilation {

    private static final System.Logger LOG = System.getLogger(Compilation.class.getName());
    private static final String NOT_FOUND = "Can't find stylesheet to import.";
    private static final Pattern FRAME = Pattern.compile("(\\S+) (\\d+):(\\d+)");
    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']*)[\"']");

    private final String source;
    private final boolean indented;
    private final ParseContext context;
    private final SassSettings settings;
    private final String url;
    private final ImportResolver imports;
    /** The first problem the importer met, which Dart Sass would otherwise report as a Java stack trace. */
    private RuntimeException importProblem;

    Compilation(String source, boolean indented, ParseContext context, SassSettings settings) {
        this.source = source;
        this.indented = indented;
        this.context = context;
        this.settings = settings;
        this.url = ImportResolver.url(context.path());
        this.imports = new ImportResolver(context.files(), settings.loadPaths());
    }

    String source() {
        return source;
    }

    boolean indented() {
        return indented;
    }

    boolean compressed() {
        return settings.compressed();
    }

    /** Whether Dart Sass should give a source map: the page is written as a file, and the site wants maps. */
    boolean sourceMap() {
        return !context.outputPath().isEmpty() && settings.sourceMap(context.environment());
    }

    /** The URL Dart Sass knows the page by; relative imports resolve against it. */
    String url() {
        return url;
    }

    String path() {
        return context.path();
    }

    /** Looks an import up; see {@link ImportResolver#canonicalize}. */
    Optional<String> canonicalize(String importUrl, boolean fromImport) {
        try {
            return imports.canonicalize(importUrl, fromImport);
        } catch (RuntimeException e) {
            if (importProblem == null) {
                importProblem = e;
            }
            throw e;
        }
    }

    Optional<byte[]> load(String canonicalUrl) {
        return imports.load(canonicalUrl);
    }

    /** The error for a stylesheet that did not compile, placed where Dart Sass found the problem. */
    SourceException failed(CompileFailure failure) {
        SourcePosition position = failure.hasSpan() ? position(failure.getSpan()) : SourcePosition.of(path());
        String message = importProblem != null ? importProblem.getMessage() : failure.getMessage();
        String hint;
        if (message.equals(NOT_FOUND)) {
            message = "Can't find stylesheet to import: " + importName(failure.getSpan());
            String folders = String.join(", ",
                    settings.loadPaths().stream().map(p -> p.isEmpty() ? "the site root" : p + "/").toList());
            hint = "Sass looks next to the importing file, then in " + folders
                    + "; partials are named with a leading _, e.g. _base.scss";
        } else {
            hint = "fix the Sass syntax";
        }
        if (!position.file().equals(path())) {
            hint += "; the stylesheet is loaded by " + path();
        }
        return new SourceException(position, withoutPeriod(message), hint);
    }

    /** The error for a Dart Sass that could not be started or stopped answering. */
    SourceException broken(String message, String hint, Exception cause) {
        return new SourceException(SourcePosition.of(path()), message, hint, cause);
    }

    /** Passes a {@code @warn}, {@code @debug} or deprecation warning on to the log. */
    void log(LogEventOrBuilder event) {
        String where = (event.hasSpan() ? position(event.getSpan()) : position(event.getStackTrace())) + ": ";
        switch (event.getType()) {
            case WARNING -> LOG.log(Level.WARNING, () -> where + "warning: " + event.getMessage());
            case DEBUG -> LOG.log(Level.INFO, () -> where + "debug: " + event.getMessage());
            // Parsers have no channel for build warnings, and Dart Sass flags every @import as deprecated,
            // which every Jekyll theme uses: shown as warnings they would bury the build's own output.
            case DEPRECATION_WARNING -> LOG.log(Level.DEBUG, () -> where + "deprecation: " + event.getMessage());
            default -> LOG.log(Level.DEBUG, () -> where + event.getMessage());
        }
    }

    /** A Sass span as a place in the site: the page's lines count from the front matter's end. */
    SourcePosition position(SourceSpan span) {
        return position(span.getUrl(), span.getStart().getLine() + 1, span.getStart().getColumn() + 1);
    }

    /**
     * The place a Sass stack trace starts at, e.g. {@code colophon:/_sass/_base.scss 3:1  @import}: what
     * {@code @warn} gives instead of a span.
     */
    SourcePosition position(String stackTrace) {
        Matcher frame = FRAME.matcher(stackTrace);
        if (!frame.lookingAt()) {
            return SourcePosition.of(path());
        }
        return position(frame.group(1), Integer.parseInt(frame.group(2)), Integer.parseInt(frame.group(3)));
    }

    /** A place Dart Sass names by URL and 1-based line and column, as a place in the site. */
    private SourcePosition position(String fileUrl, int line, int column) {
        if (fileUrl.isEmpty() || fileUrl.equals(url)) {
            return new SourcePosition(path(), context.bodyLine() + line - 1, column);
        }
        return ImportResolver.path(fileUrl)
                .map(file -> new SourcePosition(file, line, column))
                // A built-in module such as sass:math: the page is the nearest place the user can act on.
                .orElseGet(() -> SourcePosition.of(path()));
    }

    private static String importName(SourceSpan span) {
        Matcher quoted = QUOTED.matcher(span.getText());
        return quoted.find() ? quoted.group(1) : span.getText().strip();
    }

    private static String withoutPeriod(String message) {
        return message.endsWith(".") && !message.endsWith("..") ? message.substring(0, message.length() - 1)
                : message;
    }
}
