package dev.colophon.internal.pipeline;

import dev.colophon.internal.graph.Fact;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changes when a site's outline differs from the last good build's only by posts added or removed
 * (an author's first save of a post, or a post deleted): the list of posts, the neighbours of each post
 * added or removed, and what read a removed post. Outputs that read none of it (every other post's page)
 * stay as they are. Anything else (a post moved, redated or retagged; a page or file added) is not this:
 * the caller renders everything. A {@code post_url} or {@code link} naming a removed post fails as it
 * should, as those tags look the posts up in the list.
 */
final class NewOrGonePosts {

    private NewOrGonePosts() {
    }

    /**
     * The facts the added and removed posts change, or empty when {@code after} is not {@code before} with
     * posts added or removed.
     *
     * @param before the last good build's outline, posts first (newest first), then pages, documents, files
     * @param after this build's, in the same order
     */
    static Optional<Set<Fact>> between(List<ReadCache.Place> before, List<ReadCache.Place> after) {
        Set<String> was = paths(before);
        Set<String> is = paths(after);
        Set<Fact> facts = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            ReadCache.Place old = i < before.size() ? before.get(i) : null;
            ReadCache.Place now = j < after.size() ? after.get(j) : null;
            if (old != null && old.equals(now)) {
                i++;
                j++;
            } else if (isPost(now) && !was.contains(now.path())) {
                neighbours(after, j, facts);
                j++;
            } else if (isPost(old) && !is.contains(old.path())) {
                neighbours(before, i, facts);
                facts.add(Fact.fields(old.path()));
                facts.add(Fact.body(old.path()));
                i++;
            } else {
                return Optional.empty();
            }
        }
        facts.add(Fact.POST_LIST);
        // As for an edit: the renderers that declare the posts as their input (a feed, the sitemap).
        facts.add(Fact.POSTS);
        return Optional.of(facts);
    }

    private static Set<String> paths(List<ReadCache.Place> places) {
        Set<String> paths = new HashSet<>(places.size() * 2);
        places.forEach(place -> paths.add(place.path()));
        return paths;
    }

    /** Posts have a date; pages, documents and files none. */
    private static boolean isPost(ReadCache.Place place) {
        return place != null && place.date() != null;
    }

    /** The posts before and after {@code at} have another neighbour now: their {@code previous} or {@code next}. */
    private static void neighbours(List<ReadCache.Place> places, int at, Set<Fact> facts) {
        for (int k : new int[] {at - 1, at + 1}) {
            if (k >= 0 && k < places.size() && isPost(places.get(k))) {
                facts.add(Fact.place(places.get(k).path()));
            }
        }
    }
}
