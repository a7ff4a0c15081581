package dev.colophon.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * jekyll-paginate's settings.
 *
 * @param perPage {@code paginate}: posts per page; 0 turns pagination off (the default)
 * @param path {@code paginate_path}: where pages 2, 3, … go, with {@code :num}, starting with a slash;
 *     default {@code /page:num}, as Jekyll's
 */
public record Pagination(int perPage, String path) {

    /** Jekyll's default {@code paginate_path}. */
    public static final String DEFAULT_PATH = "/page:num";

    public static final Pagination OFF = new Pagination(0, DEFAULT_PATH);

    public Pagination {
        Objects.requireNonNull(path, "path");
        if (perPage < 0) {
            throw new IllegalArgumentException("perPage must be >= 0: " + perPage);
        }
    }

    /** Whether jekyll-paginate leaves a post out: its {@code hidden:} is anything Ruby finds true. */
    public static boolean hides(Post post) {
        Object hidden = post.frontMatter().values().get("hidden");
        return hidden != null && !Boolean.FALSE.equals(hidden);
    }

    public boolean enabled() {
        return perPage > 0;
    }

    /**
     * jekyll-paginate's path of page {@code n} (1-based), as {@code paginator.next_page_path} and
     * {@code previous_page_path} give it: page 1 is the index's own URL; the others are {@code paginate_path}
     * with its first {@code :num} replaced, and no slash added ({@code /page:num} gives {@code /page2}).
     */
    public String pathOf(int n, String indexUrl) {
        if (n <= 1) {
            return indexUrl;
        }
        String replaced = path.replaceFirst(":num", Integer.toString(n));
        return replaced.startsWith("/") ? replaced : "/" + replaced;
    }

    /** The URL page {@code n} is written at: its path, as a folder ({@code /page2/}). */
    public String urlOf(int n, String indexUrl) {
        String path = pathOf(n, indexUrl);
        return n <= 1 || path.endsWith("/") ? path : path + "/";
    }

    /**
     * The source folder of the paginated index, without slashes ({@code ""} for the site's root): the folder
     * of {@code paginate_path} once normalised as a file path, as jekyll-paginate reads it
     * ({@code /page:num/} and {@code /page:num} give the root, {@code /blog/page/:num} gives {@code blog/page}).
     * Its {@code index.html}, or the nearest one in a folder above it, is paginated.
     */
    public String indexFolder() {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        parts.pollLast();
        return String.join("/", parts);
    }
}
