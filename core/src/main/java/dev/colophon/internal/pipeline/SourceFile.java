package dev.colophon.internal.pipeline;

import dev.colophon.internal.source.SourceKind;
import dev.colophon.spi.Document;

/**
 * A post, draft or page source after its front matter was read, before its body is converted.
 *
 * @param path the source path
 * @param kind post, draft or other
 * @param document the front matter and body
 * @param extension the file extension, lower case, without dot
 */
record SourceFile(String path, SourceKind kind, Document document, String extension) {
}
