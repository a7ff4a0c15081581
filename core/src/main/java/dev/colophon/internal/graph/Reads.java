package dev.colophon.internal.graph;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What each unit of one build read while it ran: every output rendered, every post's body and every page
 * converted. Templates read posts and pages through views that report here, so what a page lists (titles,
 * excerpts, another post's content) becomes its dependencies without any renderer saying so.
 *
 * <p>A unit started while another runs on the same thread (a page asking for a post's content, converted
 * then) records into its own set; the outer one records only that it read that content. A unit that runs
 * twice in a build (a body converted again after its HTML was let go) adds to the same set.
 * {@link #NONE} records nothing, for builds that keep no graph.
 */
public class Reads {

    /** Records nothing: a plain build. */
    public static final Reads NONE = new Reads() {
        @Override
        public void record(Fact fact) {
        }

        @Override
        <T> T into(Map<String, Set<Fact>> units, String unit, Supplier<T> work) {
            return work.get();
        }
    };

    private final ThreadLocal<Set<Fact>> current = new ThreadLocal<>();
    private final Map<String, Set<Fact>> bodies = new ConcurrentHashMap<>();
    private final Map<String, Set<Fact>> pages = new ConcurrentHashMap<>();
    private final Map<String, Set<Fact>> outputs = new ConcurrentHashMap<>();

    /**
     * Starts another build of a session with the same recorder (the last build's views report here): what
     * the last build's units read is forgotten, the graph has it.
     */
    public void startBuild() {
        bodies.clear();
        pages.clear();
        outputs.clear();
    }

    /** Notes that the unit running on this thread, if any, read {@code fact}. */
    public void record(Fact fact) {
        Set<Fact> sink = current.get();
        if (sink != null) {
            sink.add(fact);
        }
    }

    /** Converts the body of the post at {@code path}, recording what the conversion reads. */
    public <T> T body(String path, Supplier<T> work) {
        return into(bodies, path, work);
    }

    /** Converts the page at {@code path}, recording what the conversion reads. */
    public <T> T page(String path, Supplier<T> work) {
        return into(pages, path, work);
    }

    /** Renders the output file at {@code path}, recording what it reads. */
    public <T> T output(String path, Supplier<T> work) {
        return into(outputs, path, work);
    }

    <T> T into(Map<String, Set<Fact>> units, String unit, Supplier<T> work) {
        Set<Fact> sink = units.computeIfAbsent(unit, u -> ConcurrentHashMap.newKeySet());
        Set<Fact> outer = current.get();
        current.set(sink);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /** What each post's body read, by the post's path, for the bodies converted in this build. */
    Map<String, Set<Fact>> bodies() {
        return bodies;
    }

    /** What each page's conversion read, by the page's path. */
    Map<String, Set<Fact>> pages() {
        return pages;
    }

    /** What each output read, by its path. */
    Map<String, Set<Fact>> outputs() {
        return outputs;
    }
}
