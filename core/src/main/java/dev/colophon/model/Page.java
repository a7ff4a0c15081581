package dev.colophon.model;

import java.util.Map;
import java.util.Objects;

/**
 * A page: a file outside {@code _posts} with front matter, rendered through its layout.
 *
 * @param path the source file relative to the site source, e.g. {@code about.md}
 * @param title the front matter title, or empty
 * @param frontMatter every front matter key
 * @param html the converted body
 * @param layout the layout name, or empty for none
 * @param url the URL path, e.g. {@code /about.html}
 * @param outputPath the output file, e.g. {@code about.html}
 * @param sidecars files written with the page, by output path: a stylesheet's source map
 */
public record Page(
        String path,
        String title,
        FrontMatter frontMatter,
        String html,
        String layout,
        String url,
        String outputPath,
        Map<String, String> sidecars) implements Content {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outputPath, "outputPath");
        sidecars = Map.copyOf(sidecars);
    }

    /** A page with no sidecar files. */
    public Page(String path, String title, FrontMatter frontMatter, String html, String layout, String url,
            String outputPath) {
        this(path, title, frontMatter, html, layout, url, outputPath, Map.of());
    }
}
