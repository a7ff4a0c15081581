package dev.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.testkit.TestSite;
import dev.colophon.testkit.plugins.CorePlugins;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session knows when the next post dated in the future is due, so that a dev server builds again then:
 * the outline stage finds it among every post, published or not, and the session is told.
 */
class NextPublicationTest {

    @TempDir
    java.nio.file.Path temp;

    private final Colophon engine = CorePlugins.engine();

    @Test
    void theEarliestPostAfterTheBuildTimeIsTheNextPublication() {
        TestSite site = TestSite.in(temp).using(engine)
                .file("_posts/2021-03-26-past.txt", "---\ntitle: Past\n---\nDone.")
                .file("_posts/2031-01-01-later.txt", "---\ntitle: Later\n---\nNot yet.")
                .file("_posts/2030-01-01-next.txt", "---\ntitle: Next\ndate: 2030-01-01 08:30:00 +0000\n---\nSoon.");
        BuildSession session = engine.session(site.source(), site.destination());
        session.build(TestSite.options(), null);
        assertEquals(Instant.parse("2030-01-01T08:30:00Z"), session.nextPublication());

        // Published with --future, the posts still leave the feeds' "future" at their date.
        BuildSession future = engine.session(site.source(), temp.resolve("future"));
        future.build(TestSite.options().withFuture(true), null);
        assertEquals(Instant.parse("2030-01-01T08:30:00Z"), future.nextPublication());
    }

    @Test
    void aSiteWithoutFuturePostsHasNone() {
        TestSite site = TestSite.in(temp).using(engine)
                .file("_posts/2021-03-26-past.txt", "---\ntitle: Past\n---\nDone.");
        BuildSession session = engine.session(site.source(), site.destination());
        session.build(TestSite.options(), null);
        assertEquals(Instant.MAX, session.nextPublication());
    }
}
