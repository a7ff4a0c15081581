package dev.colophon.model;

import java.util.Objects;

/**
 * A layout or include file from the site: its text, split from its front matter.
 *
 * @param name the name templates use: {@code post} for {@code _layouts/post.html}, {@code footer.html}
 *     for {@code _includes/footer.html}
 * @param path the file, relative to the site source (or a theme resource path), for messages
 * @param frontMatter the front matter (a layout's may name the layout it nests in)
 * @param body the template text after the front matter
 * @param bodyLine the 1-based line of the file the body starts on
 */
public record Template(String name, String path, FrontMatter frontMatter, String body, int bodyLine) {

    public Template {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
    }

    /** The layout this layout nests in, or empty. */
    public String parentLayout() {
        return frontMatter.string("layout").orElse("");
    }
}
