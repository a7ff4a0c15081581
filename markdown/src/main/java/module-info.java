/**
 * Markdown with kramdown's habits, on flexmark-java: a plugin only, nothing exported.
 *
 * <p>flexmark-java 0.64 publishes no module names: its jars are automatic modules named after their files
 * ({@code flexmark}, {@code flexmark.util.ast}, ...). Its packages are not split across jars.
 */
module dev.colophon.markdown {
    requires dev.colophon.core;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.dependency;
    requires flexmark.util.html;
    requires flexmark.util.misc;
    requires flexmark.util.sequence;
    requires flexmark.ext.abbreviation;
    requires flexmark.ext.autolink;
    requires flexmark.ext.definition;
    requires flexmark.ext.footnotes;
    requires flexmark.ext.gfm.strikethrough;
    requires flexmark.ext.gfm.tasklist;
    requires flexmark.ext.tables;
    requires flexmark.ext.typographic;
    requires static org.jetbrains.annotations;
    requires static com.google.auto.service;

    provides dev.colophon.spi.ContentParser with dev.colophon.markdown.MarkdownParser;
}
