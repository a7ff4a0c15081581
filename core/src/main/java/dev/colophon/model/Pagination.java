package dev.colophon.model;

import java.util.Objects;

/**
 * jekyll-paginate's settings.
 *
 * @param perPage {@code paginate}: posts per page; 0 turns pagination off (the default)
 * @param path {@code paginate_path}: where pages 2, 3, … go, with {@code :num}; default {@code /page:num/}
 */
public record Pagination(int perPage, String path) {

    public static final Pagination OFF = new Pagination(0, "/page:num/");

    public Pagination {
        Objects.requireNonNull(path, "path");
        if (perPage < 0) {
            throw new IllegalArgumentException("perPage must be >= 0: " + perPage);
        }
    }

    public boolean enabled() {
        return perPage > 0;
    }

    /** The URL of page {@code n} (1-based): page 1 is the index itself. */
    public String urlOf(int n, String indexUrl) {
        return n == 1 ? indexUrl : path.replace(":num", Integer.toString(n));
    }

    /** The folder of the paginated index: jekyll-paginate paginates the {@code index.html} found there. */
    public String indexFolder() {
        String folder = path.substring(0, path.indexOf(":num") < 0 ? path.length() : path.indexOf(":num"));
        return folder.substring(0, folder.lastIndexOf('/') + 1);
    }
}
