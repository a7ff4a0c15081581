package dev.colophon.spi;

import java.util.Objects;

/**
 * The text of one source file.
 *
 * @param path the file relative to the site source, {@code /}-separated, as messages show it
 * @param text the whole file, decoded as UTF-8, byte order mark removed
 */
public record SourceText(String path, String text) {

    public SourceText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
