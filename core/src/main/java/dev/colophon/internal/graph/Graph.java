package dev.colophon.internal.graph;

import dev.colophon.spi.Output;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
        outputs.keySet().removeAll(removed);
        reads.outputs().forEach((path, read) -> {
            Set<Fact> all = new HashSet<>(read);
            declared.getOrDefault(path, Set.of()).forEach(input -> expand(input, all));
            outputs.put(path, all);
        });
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
     * each page whose conversion read one of them, and so on.
     */
    public Set<Fact> reach(Set<Fact> changed) {
        Set<Fact> dirty = new HashSet<>(changed);
        // A body's content and a page's are both the body fact of their path.
        while (grow(bodies, dirty) | grow(pages, dirty)) {
            // again, until nothing more is reached
        }
        return dirty;
    }

    /** Adds the body fact of each unit that read something dirty; whether any was added. */
    private static boolean grow(Map<String, Set<Fact>> units, Set<Fact> dirty) {
        boolean grew = false;
        for (var unit : units.entrySet()) {
            Fact fact = Fact.body(unit.getKey());
            if (!dirty.contains(fact) && meets(unit.getValue(), dirty)) {
                dirty.add(fact);
                grew = true;
            }
        }
        return grew;
    }

    /** Whether the output at {@code path} must be rendered again when {@code dirty} changed: also when it is new. */
    public boolean stale(String path, Set<Fact> dirty) {
        Set<Fact> read = outputs.get(path);
        return read == null || meets(read, dirty);
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
