package dev.colophon.spi;

import java.util.Optional;

/**
 * The site's highlighting, as parsers and templates see it: the highlighter with the lowest order that
 * knows the language, unless the site switched highlighting off ({@code highlighter: none}, or kramdown's
 * {@code syntax_highlighter_opts: {disable: true}}).
 */
@FunctionalInterface
public interface Highlighting {

    /** No highlighting at all. */
    Highlighting NONE = (code, language) -> Optional.empty();

    /** The code's highlighted markup, or empty when the language is unknown or highlighting is off. */
    Optional<String> highlight(String code, String language);
}
