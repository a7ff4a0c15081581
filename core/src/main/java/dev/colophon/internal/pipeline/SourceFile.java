package dev.colophon.internal.pipeline;

import dev.colophon.internal.source.SourceKind;
import dev.colophon.model.FrontMatter;
import dev.colophon.spi.Document;

/**
 * A post, draft or page source after its front matter was read, before its body is converted.
 *
 * @param path the source path
 * @param kind post, draft or other
 * @param document the front matter and body; the body is empty when {@code body} says where it is instead
 * @param extension the file extension, lower case, without dot
 * @param body where the body is in the file, to read it again when it is converted, or null when the
 *     document holds it
 */
record SourceFile(String path, SourceKind kind, Document document, String extension, BodyAt body) {

    /** A file whose document holds its body. */
    SourceFile(String path, SourceKind kind, Document document, String extension) {
        this(path, kind, document, extension, null);
    }

    /** The same file without its body text, for what outlives reading and must not hold every body. */
    SourceFile withoutBody() {
        return new SourceFile(path, kind, new Document(document.frontMatter(), "", document.bodyLine()), extension,
                body);
    }

    /** The same file with other front matter. */
    SourceFile withFrontMatter(FrontMatter frontMatter) {
        return new SourceFile(path, kind, new Document(frontMatter, document.body(), document.bodyLine()), extension,
                body);
    }

    /** Whether the body is only white space. */
    boolean blank() {
        return body == null ? document.body().isBlank() : body.blank();
    }

    /**
     * Where a post's body starts in its decoded text, and what the file was: a build of many posts reads
     * each body again when it converts it rather than keeping them all (see {@link LazyBody}).
     *
     * @param offset the body's first character in the decoded text
     * @param size the file's size in bytes
     * @param checksum the file's CRC-32C, to notice a file changed during the build
     * @param blank whether the body is only white space
     */
    record BodyAt(int offset, int size, int checksum, boolean blank) {
    }
}
