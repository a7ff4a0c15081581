package dev.colophon.internal.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void countsTextNotMarkup() {
        assertEquals(6, Words.count("<p>It’s a short post, <em>with</em> an</p>"));
        assertEquals(3, Words.count("<p>An image <img src=\"/a.png\" alt=\"a long alt text\"> here</p>"));
        assertEquals(2, Words.count("<p>one</p>\n<!-- not counted at all --><script>var x = 1;</script><p>two</p>"));
        assertEquals(0, Words.count(""));
        assertEquals(4, Words.count("1 < 2 words"));
    }

    @Test
    void tagsThatNeverCloseAreCountedInLinearTime() {
        // Each of these searched the rest of the text from every '<' (minutes for a few hundred KB).
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(0, Words.count("<script>".repeat(100_000)));
            assertEquals(0, Words.count("<!--".repeat(100_000)));
            assertEquals(200_000, Words.count("<a ".repeat(200_000)));
            assertEquals(1, Words.count("<style>".repeat(100_000) + "</style> w"));
            assertEquals(100_001, Words.count("< ".repeat(100_000) + ">"));
        });
        // What they count is what it was: a tag closes at the next '>', whatever comes between.
        assertEquals(1, Words.count("<a <b <c> d"));
        assertEquals(2, Words.count("<script>x<script>y</script> z <!-- a --> b"));
    }
}
