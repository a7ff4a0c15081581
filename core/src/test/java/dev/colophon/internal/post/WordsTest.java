package dev.colophon.internal.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
