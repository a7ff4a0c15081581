package dev.colophon.internal.pipeline;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Post bodies kept from reading to their first conversion, up to a memory budget, so that a post's file is
 * read and decoded once rather than twice (about 4 % of a build's CPU). Past the budget, bodies are read
 * again when converted, as before: a site of 100,000 posts in a small heap holds only as many as fit.
 *
 * <p>A body is handed out once ({@link #take}): a later conversion (a feed, a page showing the post's content
 * after its page was written) reads the file again, so a body is never held for the rest of the build.
 * One per build; safe to use from any thread.
 */
final class KeptBodies {

    /** The share of the maximum heap that kept bodies may take, counted at two bytes per character. */
    private static final int HEAP_SHARE = 8;

    private final ConcurrentHashMap<String, String> bodies = new ConcurrentHashMap<>();
    private final AtomicLong room;

    /** A budget of an eighth of the JVM's maximum heap. */
    KeptBodies() {
        this(Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /** A budget of {@code bytes}; 0 keeps nothing. */
    KeptBodies(long bytes) {
        room = new AtomicLong(bytes);
    }

    /** Keeps {@code body} for {@code path} if it fits in what is left of the budget; says whether it did. */
    boolean keep(String path, String body) {
        long size = 2L * body.length();
        // Space is taken before the body is stored and never given back: reading ends before converting
        // starts, so what is taken back could not be used again anyway.
        if (room.addAndGet(-size) < 0) {
            room.addAndGet(size);
            return false;
        }
        bodies.put(path, body);
        return true;
    }

    /** The body kept for {@code path}, which is then no longer kept; null if none. */
    String take(String path) {
        return bodies.remove(path);
    }
}
