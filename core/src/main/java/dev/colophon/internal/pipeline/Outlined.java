package dev.colophon.internal.pipeline;

/**
 * A source file with its defaults applied, and what its front matter makes of it: a {@code Post}, a {@code
 * Page}, or null (a file in {@code _posts} whose name has no date). A session's cache keeps one per file, to
 * tell whether an edit changed the post or only its body.
 */
record Outlined(SourceFile file, Object content) {
}
