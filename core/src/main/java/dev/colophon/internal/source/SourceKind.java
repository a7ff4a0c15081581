package dev.colophon.internal.source;

/** What a source file is to the build, by where it is. */
public enum SourceKind {
    /** In a {@code _posts} folder. */
    POST,
    /** In a {@code _drafts} folder. */
    DRAFT,
    /** In {@code _layouts}. */
    LAYOUT,
    /** In {@code _includes}. */
    INCLUDE,
    /** In {@code _data}: {@code site.data}. */
    DATA,
    /** In the folder of a configured collection, {@code _LABEL/}. */
    DOCUMENT,
    /** Anywhere else: a page when it has front matter, else a static file. */
    OTHER,
    /** Left out: the configuration, names starting with {@code _ . #} or ending with {@code ~}, excludes. */
    IGNORED
}
