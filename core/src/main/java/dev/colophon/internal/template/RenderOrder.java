package dev.colophon.internal.template;

import dev.colophon.model.Collection;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What Liquid in a body sees as the {@code content} of another post, document or page, as Jekyll shows it.
 * Jekyll renders posts oldest first, then each collection's documents, then the pages sorted by file name
 * ({@code Reader#sort_files!}), and pages its generators add last; a file's {@code content} is its source
 * text until it is rendered and its converted body (no layout) after. So a page sees the posts, the
 * documents and the pages named before it converted, and itself and the pages after it as written. This is
 * how just-the-docs' {@code zzzz-search-data.json} gets every page's text.
 *
 * <p>Outside a body (layouts, feeds) there is nothing being rendered, and {@code content} is the converted
 * body. Converted bodies are asked for when read, never kept here.
 */
public final class RenderOrder {

    /** No body is ever rendered in this order: {@code content} is always what the file holds. */
    public static final RenderOrder NONE = new RenderOrder(List.of(), List.of(), List.of(), c -> "");

    private final Map<String, Integer> ranks = new HashMap<>();
    private final Function<Content, String> source;
    private final ThreadLocal<Content> rendering = new ThreadLocal<>();
    private volatile Function<Content, String> converted = c -> "";

    /**
     * @param posts the site's posts, newest first
     * @param collections the collections, each in its order
     * @param pages the pages read from the source (not generated ones)
     * @param source the body of a file as written, front matter left out
     */
    public RenderOrder(List<Post> posts, List<Collection> collections, List<Page> pages,
            Function<Content, String> source) {
        this.source = source;
        for (int i = posts.size() - 1; i >= 0; i--) {
            rank(posts.get(i));
        }
        collections.forEach(collection -> collection.docs().forEach(this::rank));
        List<Page> byName = new ArrayList<>(pages);
        byName.sort(PAGES);
        byName.forEach(this::rank);
    }

    /**
     * Jekyll's order of {@code site.pages} and of their rendering: by file name ({@code Reader#sort_files!}).
     * Ruby's {@code sort_by} is not stable: pages of one name (index.md in several folders) are in an order
     * Jekyll does not promise; here they go by path.
     */
    public static final Comparator<Page> PAGES =
            Comparator.comparing((Page p) -> p.path().substring(p.path().lastIndexOf('/') + 1))
                    .thenComparing(Page::path);

    private void rank(Content content) {
        ranks.putIfAbsent(key(content), ranks.size());
    }

    private static String key(Content content) {
        return content.path() + '\n' + content.url();
    }

    /**
     * Sets how a file's converted body is had, once the converters exist.
     *
     * @param converted the converted body of a post, document or page; converts it when needed
     */
    public void converted(Function<Content, String> converted) {
        this.converted = converted;
    }

    /** Runs {@code render}, the Liquid of {@code content}'s body, as the file being rendered. */
    public <T> T rendering(Content content, Supplier<T> render) {
        Content outer = rendering.get();
        rendering.set(content);
        try {
            return render.get();
        } finally {
            if (outer == null) {
                rendering.remove();
            } else {
                rendering.set(outer);
            }
        }
    }

    /**
     * The {@code content} of {@code other} as the body being rendered sees it, or null when none is.
     */
    String contentSeenFromBody(Content other) {
        Content reader = rendering.get();
        if (reader == null) {
            return null;
        }
        return rankOf(other) < rankOf(reader) ? converted.apply(other) : source.apply(other);
    }

    private int rankOf(Content content) {
        return ranks.getOrDefault(key(content), Integer.MAX_VALUE);
    }
}
