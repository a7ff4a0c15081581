package dev.colophon.spi;

import java.util.Optional;
import java.util.Set;

/**
 * Converts the body of a post or page, such as Markdown, to HTML.
 *
 * <p>Two parsers claiming the same extension with the same {@link #order()} is an error at start-up;
 * otherwise the lower order wins the extension.
 */
public interface ContentParser extends Plugin {

    /** File extensions this parser handles, lower case, without dots, e.g. {@code md}; never empty. */
    Set<String> fileExtensions();

    /** The extension of what it produces, without a dot: {@code html} (the default), {@code css}, ... */
    default String outputExtension() {
        return "html";
    }

    /**
     * Whether the result depends only on the body and the site's configuration (not on other files, the
     * time or the output path), so that an engine may reuse it for the same text in a later build. Off by
     * default.
     */
    default boolean pure() {
        return false;
    }

    /**
     * For a {@link #pure()} parser, the top-level keys of the site's configuration its result depends on
     * (besides safe mode, which every parser's does); empty, the default, when that is the whole
     * configuration. An engine that keeps conversions between builds keeps them across a configuration
     * change that leaves these keys as they were: a site's title edited in {@code _config.yml} then converts
     * no post again. A parser that names keys must read no others.
     */
    default Optional<Set<String>> configKeys() {
        return Optional.empty();
    }

    /**
     * Converts one body, to an HTML fragment unless {@link #outputExtension()} says otherwise.
     *
     * @throws dev.colophon.diagnostic.SourceException for input it cannot convert
     */
    String toHtml(String body, ParseContext context);
}
