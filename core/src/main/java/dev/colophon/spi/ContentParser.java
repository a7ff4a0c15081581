package dev.colophon.spi;

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
     * Converts one body, to an HTML fragment unless {@link #outputExtension()} says otherwise.
     *
     * @throws dev.colophon.diagnostic.SourceException for input it cannot convert
     */
    String toHtml(String body, ParseContext context);
}
