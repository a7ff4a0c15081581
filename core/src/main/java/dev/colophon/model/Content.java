package dev.colophon.model;

/**
 * What posts and pages have in common: a source file rendered through a layout into one output file.
 */
public sealed interface Content permits Post, Page {

    /** The source file, relative to the site source, with {@code /} separators. */
    String path();

    String title();

    FrontMatter frontMatter();

    /** The body converted to HTML (Liquid rendered, Markdown converted), without the layout. */
    String html();

    /** The layout named in the front matter, or empty for none. */
    String layout();

    /** The URL path below the base URL, starting with {@code /}, percent-encoded. */
    String url();

    /** The output file relative to the destination, with {@code /} separators. */
    String outputPath();
}
