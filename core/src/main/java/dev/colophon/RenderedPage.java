package dev.colophon;

import dev.colophon.model.Content;
import java.util.Objects;

/**
 * One post or page rendered in memory, through its layouts.
 *
 * @param content the post or page, with its converted body, URL and metadata
 * @param html the whole page as a reader would get it
 */
public record RenderedPage(Content content, String html) {

    public RenderedPage {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(html, "html");
    }
}
