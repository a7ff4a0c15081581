package dev.colophon.model;

import java.util.Objects;

/**
 * A file copied as it is: no front matter, not in a special folder.
 *
 * @param path the source file relative to the site source, e.g. {@code assets/sketch.png}
 * @param outputPath the output file; the same as {@code path}
 * @param size the size in bytes when it was discovered
 */
public record StaticFile(String path, String outputPath, long size) {

    public StaticFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(outputPath, "outputPath");
    }

    /** The URL path, e.g. {@code /assets/sketch.png}. */
    public String url() {
        return "/" + outputPath;
    }
}
