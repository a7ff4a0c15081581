package dev.colophon.internal.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a build's time goes, by stage: the time of every call summed over all threads, so with two threads
 * busy the stages add up to about twice the wall time. A stage inside another counts for itself only. One
 * per build; cheap enough to stay on (two {@code nanoTime} calls per timed step).
 */
public final class Stages {

    public static final String DISCOVERY = "discovery";
    public static final String READING = "reading and front matter";
    public static final String LIQUID = "Liquid in content";
    public static final String MARKDOWN = "Markdown";
    public static final String WRITING = "writing";

    /** Stages in the order a build meets them; renderers' stages ("render ID") follow in first-use order. */
    private final Map<String, LongAdder> nanos = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, LongAdder> index = new ConcurrentHashMap<>();

    public Stages() {
        for (String stage : new String[] {DISCOVERY, READING, LIQUID, MARKDOWN}) {
            adder(stage);
        }
    }

    /**
     * Time of the stages running inside the one this thread is in: a stage counts its own time only, so
     * a page's layout is not charged with the Markdown its rendering asked for.
     */
    private final ThreadLocal<long[]> nested = ThreadLocal.withInitial(() -> new long[1]);

    public <T> T time(String stage, Supplier<T> work) {
        long[] inner = nested.get();
        long outer = inner[0];
        inner[0] = 0;
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long elapsed = System.nanoTime() - start;
            adder(stage).add(elapsed - inner[0]);
            inner[0] = outer + elapsed;
        }
    }

    public void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** Adds time measured by the caller, for a step that is not one call. */
    public void add(String stage, long nanos) {
        adder(stage).add(nanos);
    }

    private LongAdder adder(String stage) {
        return index.computeIfAbsent(stage, s -> {
            LongAdder adder = new LongAdder();
            nanos.put(s, adder);
            return adder;
        });
    }

    /** Each stage's summed time, in the order stages were first met. */
    public Map<String, Duration> durations() {
        Map<String, Duration> out = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((stage, adder) -> out.put(stage, Duration.ofNanos(adder.sum())));
        }
        return out;
    }
}
