package dev.colophon.internal.graph;

import dev.colophon.spi.Output;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What each unit of the last good build read: every output, every post's body, every page's conversion.
 * From the facts an edit changes, {@link #reach} finds every fact that may change with them (a body whose
 * Liquid shows another post's title changes with that title), and {@link #stale} whether an output must
 * be rendered again.
 */
public final class Graph {

    private final Map<String, Set<Fact>> bodies = new HashMap<>();
    private final Map<String, Set<Fact>> pages = new HashMap<>();
    private final Map<String, Set<Fact>> outputs = new HashMap<>();
    /**
     * The outputs that read each fact, the reverse of {@link #outputs}: a small edit's stale outputs are
     * looked up, not found by asking each of a large site's outputs (whose sets lie all over the heap).
     * A fact read by one output maps to its path, by several to a set of paths.
     */
    private final Map<Fact, Object> readers = new HashMap<>();

    /**
     * Takes in what a successful build read: each unit it ran replaces what the graph knew of it.
     *
     * @param declared the declared inputs ({@link Output#inputs()}) of each output the build rendered
     * @param removed the outputs the build no longer has
     */
    public void learn(Reads reads, Map<String, Set<String>> declared, Set<String> removed) {
        // A unit that read nothing is reached by its own edits only, which the build adds itself: kept out,
        // the graph of a site whose bodies hold no Liquid stays empty.
        reads.bodies().forEach((path, read) -> keep(bodies, path, read));
        reads.pages().forEach((path, read) -> keep(pages, path, read));
        for (String path : removed) {
            index(path, outputs.remove(path), Set.of());
        }
        reads.outputs().forEach((path, read) -> {
            Set<Fact> all = new HashSet<>(read);
            declared.getOrDefault(path, Set.of()).forEach(input -> expand(input, all));
            index(path, outputs.put(path, all), all);
        });
    }

    /** Moves {@code path} in {@link #readers} from the facts it read before to those it reads now. */
    @SuppressWarnings("unchecked")
    private void index(String path, Set<Fact> before, Set<Fact> now) {
        if (before != null) {
            for (Fact fact : before) {
                if (!now.contains(fact)) {
                    Object paths = readers.get(fact);
                    if (paths instanceof Set<?> several) {
                        several.remove(path);
                    } else if (path.equals(paths)) {
                        readers.remove(fact);
                    }
                }
            }
        }
        for (Fact fact : now) {
            if (before == null || !before.contains(fact)) {
                readers.merge(fact, path, (paths, one) -> {
                    if (paths instanceof Set<?>) {
                        ((Set<Object>) paths).add(one);
                        return paths;
                    }
                    Set<Object> several = new HashSet<>(4);
                    several.add(paths);
                    several.add(one);
                    return several;
                });
            }
        }
    }

    private static void keep(Map<String, Set<Fact>> units, String unit, Set<Fact> read) {
        if (read.isEmpty()) {
            units.remove(unit);
        } else {
            units.put(unit, read);
        }
    }

    /**
     * A declared input as facts: a source path stands for everything of that file, a site-wide fact for
     * itself; {@link Output.Inputs#READS} for nothing, as the output's reads were recorded.
     */
    private static void expand(String input, Set<Fact> into) {
        if (input.equals(Output.Inputs.READS)) {
            return;
        }
        if (input.startsWith("site:")) {
            into.add(Fact.site(input));
            return;
        }
        into.add(Fact.file(input));
        into.add(Fact.fields(input));
        into.add(Fact.body(input));
    }

    /**
     * Every fact that may change when {@code changed} do: those, and the body of each post and the content of
     * each page whose conversion read one of them, and so on. A post's body reached so changes the posts as a
     * whole too, and a page's the pages, as an edit to it would ({@link Fact#ofEdit}): a feed that declares
     * the posts as its input shows the content of a post whose Liquid read an edited page.
     */
    public Set<Fact> reach(Set<Fact> changed) {
        Set<Fact> dirty = new HashSet<>(changed);
        // A body's content and a page's are both the body fact of their path.
        while (grow(bodies, dirty, Fact.POSTS) | grow(pages, dirty, Fact.site(Output.Inputs.PAGES))) {
            // again, until nothing more is reached
        }
        return dirty;
    }

    /**
     * Adds the body fact of each unit that read something dirty, and {@code whole} (the posts or the pages as
     * a whole) once any is added; whether any was added.
     */
    private static boolean grow(Map<String, Set<Fact>> units, Set<Fact> dirty, Fact whole) {
        boolean grew = false;
        for (var unit : units.entrySet()) {
            Fact fact = Fact.body(unit.getKey());
            if (!dirty.contains(fact) && meets(unit.getValue(), dirty)) {
                dirty.add(fact);
                grew = true;
            }
        }
        if (grew) {
            dirty.add(whole);
        }
        return grew;
    }

    /**
     * Which outputs must be rendered again when {@code dirty} changed: those that read any of it, and those
     * the graph does not know (new ones).
     */
    public Predicate<String> stale(Set<Fact> dirty) {
        Set<Object> reading = new HashSet<>();
        for (Fact fact : dirty) {
            Object paths = readers.get(fact);
            if (paths instanceof Set<?> several) {
                reading.addAll(several);
            } else if (paths != null) {
                reading.add(paths);
            }
        }
        return path -> reading.contains(path) || !outputs.containsKey(path);
    }

    /**
     * Whether the page converted for {@code unit} must be converted again: when what it read changed. (A
     * page never converted has nothing to reuse; its own edits are in {@code dirty}.)
     */
    public boolean pageStale(String unit, Set<Fact> dirty) {
        Set<Fact> read = pages.get(unit);
        return dirty.contains(Fact.file(unit)) || read != null && meets(read, dirty);
    }

    private static boolean meets(Set<Fact> read, Set<Fact> dirty) {
        if (read.size() > dirty.size()) {
            for (Fact fact : dirty) {
                if (read.contains(fact)) {
                    return true;
                }
            }
            return false;
        }
        for (Fact fact : read) {
            if (dirty.contains(fact)) {
                return true;
            }
        }
        return false;
    }
}
