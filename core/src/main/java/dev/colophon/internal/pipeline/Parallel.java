package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.model.Content;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Work on each item of a list on every core of the build's pool. An item whose work fails is reported and
 * left out, and the others go on, so that one run reports the problems of every file; the results keep the
 * items' order, so that what a stage makes does not depend on which core finished first.
 */
record Parallel(ForkJoinPool pool, Problems problems) {

    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        Function<T, R> guarded = item -> {
            try {
                return work.apply(item);
            } catch (SourceException e) {
                problems.add(e);
                return null;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problems.failed(nameOf(item), "reading", e);
                return null;
            }
        };
        List<R> results = pool.submit(() -> items.parallelStream().map(guarded).toList()).join();
        return results.stream().filter(Objects::nonNull).toList();
    }

    /** The source path of what {@link #map} works on, for a message about it. */
    private static String nameOf(Object item) {
        return item instanceof Content c ? c.path() : item instanceof SourceFile f ? f.path() : String.valueOf(item);
    }
}
