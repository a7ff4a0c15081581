package dev.colophon.internal.pipeline;

import dev.colophon.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the generators made the same pages of a site patched with edited posts as of the last one, but for
 * the post objects their front matter holds: jekyll-archives' pages list the posts themselves ({@code
 * page.posts}), so an edited title makes other page files, but not other pages. Templates see those posts
 * through the posts' views, which record what they read as any other template's reads ({@link KeptRead}).
 * Anything else a generator derived from a post (a title copied as text, a post left out, another order)
 * makes other pages.
 */
final class HeldPosts {

    /** A post in a generator's front matter, by its place in the site: a patch keeps every post's place. */
    private record PostAt(String path) {
    }

    /** A map's entries, keys and values in turn, in its order. */
    private record Entries(List<Object> entries) {
    }

    private HeldPosts() {
    }

    /** Whether {@code now} are {@code before}, file by file, each post they hold taken by its path. */
    static boolean samePages(List<SourceFile> before, List<SourceFile> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!samePage(before.get(i), now.get(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean samePage(SourceFile before, SourceFile now) {
        return before.path().equals(now.path()) && before.kind() == now.kind()
                && before.extension().equals(now.extension()) && Objects.equals(before.body(), now.body())
                && before.document().body().equals(now.document().body())
                && before.document().bodyLine() == now.document().bodyLine()
                && before.document().frontMatter().keyLines().equals(now.document().frontMatter().keyLines())
                && shape(before.document().frontMatter().values()).equals(shape(now.document().frontMatter().values()));
    }

    /** A value with each post replaced by its path, and each map by its entries in order (templates iterate them). */
    private static Object shape(Object value) {
        if (value instanceof Post post) {
            return new PostAt(post.path());
        }
        if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>(map.size() * 2);
            map.forEach((key, item) -> {
                entries.add(key);
                entries.add(shape(item));
            });
            return new Entries(entries);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(shape(item)));
            return items;
        }
        return value;
    }
}
