/** Syntax highlighting with Rouge's classes, on the JDK alone: a plugin only, nothing exported. */
module dev.colophon.highlight {
    requires dev.colophon.core;
    requires static com.google.auto.service;

    provides dev.colophon.spi.Highlighter with dev.colophon.highlight.RougeHighlighter;
}
