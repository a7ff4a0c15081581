package dev.colophon.model;

import java.util.List;
import java.util.Objects;

/**
 * A Jekyll collection other than posts: documents in {@code _LABEL/}, listed as {@code site.LABEL}.
 *
 * @param label the name, e.g. {@code recipes}
 * @param output whether its documents get pages of their own
 * @param permalink the URL pattern of its documents ({@code /:collection/:path:output_ext} by default)
 * @param docs its documents, sorted by {@code sort_by} or by path
 */
public record Collection(String label, boolean output, String permalink, List<Page> docs) {

    public static final String DEFAULT_PERMALINK = "/:collection/:path:output_ext";

    public Collection {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(permalink, "permalink");
        docs = List.copyOf(docs);
    }

    /** The folder its documents are in, relative to the site root. */
    public String directory() {
        return "_" + label;
    }
}
