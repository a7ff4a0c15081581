package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line of a long build, on a clock the test moves. */
class ProgressLineTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final ProgressLine line = new ProgressLine(new PrintWriter(err, true), clock::get);

    private void after(long millis) {
        clock.addAndGet(millis * 1_000_000L);
    }

    @Test
    void aShortBuildShowsNothing() {
        line.written("a.html", 1, 2);
        after(1900);
        line.written("b.html", 2, 2);
        line.clear();
        assertEquals("", err.toString());
    }

    @Test
    void aLongBuildShowsOneLineOverwrittenInPlaceAndClearedAtTheEnd() {
        line.written("a.html", 1, 10_000);
        after(2000);
        line.written("b.html", 4210, 10_000);
        assertEquals("\rWriting: 4,210 of 10,000 files…", err.toString());
        // Not again within a quarter of a second, and never backwards.
        after(100);
        line.written("c.html", 4300, 10_000);
        after(200);
        line.written("d.html", 4200, 10_000);
        line.written("e.html", 5000, 10_000);
        assertEquals("\rWriting: 4,210 of 10,000 files…\rWriting: 5,000 of 10,000 files…", err.toString());

        err.getBuffer().setLength(0);
        line.clear();
        assertEquals("\r" + " ".repeat("Writing: 5,000 of 10,000 files…".length()) + "\r", err.toString());
    }
}
