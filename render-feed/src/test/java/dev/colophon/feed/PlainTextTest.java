package dev.colophon.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void tagsGoBlockTagsLeaveASpaceAndEntitiesAreDecoded() {
        assertEquals("One & two <three> Next", PlainText.of("<p>One &amp; <em>two</em> &lt;three&gt;</p><p>Next</p>"));
        assertEquals("a < b", PlainText.of("a < b"));
    }

    @Test
    void manyTagsThatNeverCloseTakeLinearTime() {
        // 400,000 unclosed comments: a search for '>' from each '<' took minutes.
        String html = "<p>x</p>" + "<!-- a ".repeat(400_000);
        String plain = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PlainText.of(html));
        assertEquals(true, plain.startsWith("x <!-- a <!-- a"), plain.substring(0, 20));
    }
}
