package dev.colophon.liquid;

/**
 * Bounds on one render, so that a template from someone untrusted cannot stall or exhaust a build, as Ruby
 * Liquid's resource limits do. Reaching one is a {@link LiquidException.Kind#LIMIT} error at the tag that
 * reached it.
 *
 * @param iterations loop iterations ({@code for}, {@code tablerow}) over the whole render, includes included;
 *     an include or render counts as {@link Context#PARTIAL_TURNS} of them
 * @param outputLength characters of output, captured text included
 * @param depth nesting of blocks, includes and renders at render time
 */
public record Limits(long iterations, long outputLength, int depth) {

    /** Generous enough for any real site: a billion iterations, a billion characters, 100 levels of nesting. */
    public static final Limits DEFAULT = new Limits(1_000_000_000L, 1_000_000_000L, 100);

    public Limits {
        if (iterations < 0 || outputLength < 0 || depth < 1) {
            throw new IllegalArgumentException("limits must be positive: " + iterations + ", " + outputLength + ", "
                    + depth);
        }
    }
}
