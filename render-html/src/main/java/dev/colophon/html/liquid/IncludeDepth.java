package dev.colophon.html.liquid;

import java.util.function.Supplier;

/**
 * How deep an include tag is nested on this thread, so that an include that includes itself ends in an
 * error naming it instead of a stack overflow. One per tag; templates render on several threads at once,
 * each with its own nesting.
 */
final class IncludeDepth {

    static final int MAX_DEPTH = 64;

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * Renders one level deeper.
     *
     * @param tooDeep the message when the limit is reached; only built then
     * @throws BoundedInclude.IncludeCycleException past {@value #MAX_DEPTH} levels
     */
    <T> T nest(Supplier<String> tooDeep, Supplier<T> render) {
        int[] level = depth.get();
        if (level[0] >= MAX_DEPTH) {
            throw new BoundedInclude.IncludeCycleException(tooDeep.get());
        }
        level[0]++;
        try {
            return render.get();
        } finally {
            level[0]--;
        }
    }
}
