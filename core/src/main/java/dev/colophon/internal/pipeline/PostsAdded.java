package dev.colophon.internal.pipeline;

import dev.colophon.internal.graph.Fact;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What changes when a site's outline differs from the last good build's only by new posts (an author's
 * first save of a post): the list of posts, and the neighbours of each new one. Outputs that read neither
 * (every other post's page) stay as they are. Anything else (a post removed, moved, retagged; a page or file
 * added) is not this: the caller renders everything. Removals are left out on purpose: a {@code post_url}
 * naming the removed post must fail, and the tags that resolve it read the site, not the variables.
 */
final class PostsAdded {

    private PostsAdded() {
    }

    /**
     * The facts the new posts change, or empty when {@code after} is not {@code before} with posts added.
     *
     * @param before the last good build's outline, posts first (newest first), then pages, documents, files
     * @param after this build's, in the same order
     */
    static Optional<Set<Fact>> between(List<ReadCache.Place> before, List<ReadCache.Place> after) {
        Set<String> known = new HashSet<>();
        before.forEach(place -> known.add(place.path()));
        Set<Fact> facts = new HashSet<>();
        int i = 0;
        int added = 0;
        for (int j = 0; j < after.size(); j++) {
            ReadCache.Place now = after.get(j);
            if (i < before.size() && before.get(i).equals(now)) {
                i++;
                continue;
            }
            // Only a post (dated) the last build did not have may be new here.
            if (now.date() == null || known.contains(now.path())) {
                return Optional.empty();
            }
            added++;
            neighbour(after, j - 1, facts);
            neighbour(after, j + 1, facts);
        }
        if (i < before.size() || added == 0) {
            return Optional.empty();
        }
        facts.add(Fact.POST_LIST);
        return Optional.of(facts);
    }

    /** The post at {@code at} now has another neighbour: its {@code previous} or {@code next}. */
    private static void neighbour(List<ReadCache.Place> places, int at, Set<Fact> facts) {
        if (at >= 0 && at < places.size() && places.get(at).date() != null) {
            facts.add(Fact.place(places.get(at).path()));
        }
    }
}
