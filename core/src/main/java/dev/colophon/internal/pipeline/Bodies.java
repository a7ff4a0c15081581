package dev.colophon.internal.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * The posts' bodies of one build, by the output path of the post's page: the writer releases a body's
 * HTML once that page is rendered, and at the end converts the bodies nothing asked for, so that their
 * problems are still reported.
 */
public final class Bodies {

    private final Map<String, LazyBody> byOutput = new ConcurrentHashMap<>();
    private final Map<String, LazyBody> bySource = new ConcurrentHashMap<>();

    void add(String outputPath, String sourcePath, LazyBody body) {
        byOutput.put(outputPath, body);
        bySource.put(sourcePath, body);
    }

    /** The page at {@code outputPath} is rendered: its post's HTML need not stay in memory. */
    public void written(String outputPath) {
        LazyBody body = byOutput.get(outputPath);
        if (body != null) {
            body.release();
        }
    }

    /** Converts, in parallel, every body that was never converted, and lets their HTML go. */
    public void convertRest(ForkJoinPool pool) {
        List<LazyBody> rest = byOutput.values().stream().filter(b -> !b.tried()).toList();
        pool.submit(() -> rest.parallelStream().forEach(body -> {
            body.html();
            body.release();
        })).join();
    }

    /**
     * Converts, in parallel, the bodies of the posts at {@code sourcePaths} that were never converted, and
     * lets their HTML go: a build session's later build reports the problems of the posts that changed.
     */
    public void convertRest(ForkJoinPool pool, java.util.Collection<String> sourcePaths) {
        List<LazyBody> rest = sourcePaths.stream().map(bySource::get).filter(b -> b != null && !b.tried()).toList();
        pool.submit(() -> rest.parallelStream().forEach(body -> {
            body.html();
            body.release();
        })).join();
    }

    /** The body of the post at {@code sourcePath}, or null. */
    LazyBody bySource(String sourcePath) {
        return bySource.get(sourcePath);
    }

    /**
     * Converts every body and excerpt and keeps them, for a site read into memory rather than written: its
     * posts then never read their files again, whatever happens to them later.
     */
    void convertAll(ForkJoinPool pool) {
        pool.submit(() -> byOutput.values().parallelStream().forEach(body -> {
            body.html();
            body.excerpt();
        })).join();
    }
}
