package dev.colophon.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files of the small sites the serve tests build and edit. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** Writes {@code text} to {@code path} in {@code site}, making its folders. */
    static void write(Path site, String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
