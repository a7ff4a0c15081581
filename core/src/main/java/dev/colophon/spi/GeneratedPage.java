package dev.colophon.spi;

import dev.colophon.model.FrontMatter;
import java.util.Objects;

/**
 * A page a {@link Generator} adds.
 *
 * @param path where the page would be if it were a file, e.g. {@code tags/java/index.html}: it gives the
 *     default URL (a {@code permalink} in the front matter wins) and the format (by extension)
 * @param frontMatter its front matter: layout, title, and whatever its layout reads
 * @param body its body, which may hold Liquid
 */
public record GeneratedPage(String path, FrontMatter frontMatter, String body) {

    public GeneratedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
    }
}
