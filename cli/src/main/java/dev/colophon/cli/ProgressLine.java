package dev.colophon.cli;

import dev.colophon.BuildProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a long build is, on a terminal: after two silent seconds a 10,000-post build looked hung, so one
 * line, {@code Writing: 4,210 of 10,000 files…}, overwritten in place a few times a second. A short build
 * shows nothing, and the line is cleared before the summary.
 */
final class ProgressLine implements BuildProgress {

    /** A build this short says nothing until it is done. */
    static final Duration SILENT_FOR = Duration.ofSeconds(2);
    /** Often enough to look alive, seldom enough to cost nothing. */
    static final Duration EVERY = Duration.ofMillis(250);

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    /** When the line may next be written; read unlocked by every thread, so that most calls return at once. */
    private volatile long next;
    private int shown;
    private int width;

    /** A line on {@code err}, timed by {@code nanoTime} ({@link System#nanoTime} but in tests) from now. */
    ProgressLine(PrintWriter err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.next = nanoTime.getAsLong() + SILENT_FOR.toNanos();
    }

    @Override
    public void written(String path, int done, int total) {
        long now = nanoTime.getAsLong();
        if (now < next) {
            return;
        }
        synchronized (this) {
            // The threads finish files out of order: never show fewer than before.
            if (now < next || done <= shown) {
                return;
            }
            next = now + EVERY.toNanos();
            shown = done;
            String line = String.format(Locale.ROOT, "Writing: %,d of %,d files…", done, total);
            width = Math.max(width, line.length());
            err.print("\r" + line);
            err.flush();
        }
    }

    /** Takes the line away, when there is one, so that what follows starts on a clean line. */
    synchronized void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
