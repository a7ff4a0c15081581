package dev.colophon.html.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.testkit.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An engine that remembers builds does nothing when nothing changed, and builds again when a source, the
 * destination, the options or the time that matters changed.
 */
class RememberedBuildsTest {

    @TempDir
    Path temp;

    private final CountingParser parser = new CountingParser(true);
    private final Colophon colophon = Colophon.builder().plugin(parser).rememberBuilds(true).build();

    private TestSite site(String layout) {
        return TestSite.in(temp)
                .file("_config.yml", "title: T\n")
                .file("_layouts/post.html", layout)
                .file("_posts/2024-01-01-one.txt", "---\nlayout: post\ntitle: One\n---\nfirst post\n")
                .file("_posts/2024-01-02-two.txt", "---\nlayout: post\ntitle: Two\n---\nsecond post\n");
    }

    private BuildResult build(TestSite site) {
        return build(site, TestSite.options());
    }

    private BuildResult build(TestSite site, BuildOptions options) {
        return colophon.build(site.source(), site.destination(), options);
    }

    private static boolean unchanged(BuildResult result) {
        return result.stages().containsKey("unchanged");
    }

    /** Files written a moment ago are racy (their time cannot tell a second edit in the same tick): age them. */
    private static void age(Path folder) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    @Test
    void aBuildOfUnchangedFilesDoesNothingAndAnyChangeBuildsAgain() throws IOException {
        TestSite site = site("<h1>{{ page.title }}</h1>{{ content }}");
        age(site.source());
        BuildResult first = build(site);
        assertFalse(unchanged(first));
        assertEquals(2, parser.calls.get());
        String page = site.output("2024/01/02/two.html");
        assertEquals("<h1>Two</h1><p>second post</p>", page);

        BuildResult second = build(site);
        assertTrue(unchanged(second), "nothing changed: " + second.stages());
        assertEquals(2, parser.calls.get(), "nothing converted");
        assertEquals(List.of(first.posts(), first.pages(), first.files()),
                List.of(second.posts(), second.pages(), second.files()));

        // A post edited: built again, and then remembered again.
        site.file("_posts/2024-01-02-two.txt", "---\nlayout: post\ntitle: Two\n---\nsecond post, edited\n");
        age(site.source());
        assertFalse(unchanged(build(site)));
        assertEquals("<h1>Two</h1><p>second post, edited</p>", site.output("2024/01/02/two.html"));
        assertTrue(unchanged(build(site)));

        // A layout edited, a file added: built again.
        site.file("_layouts/post.html", "<h2>{{ page.title }}</h2>{{ content }}");
        age(site.source());
        assertFalse(unchanged(build(site)));
        assertEquals("<h2>One</h2><p>first post</p>", site.output("2024/01/01/one.html"));
        site.file("notes.txt", "---\n---\nnotes\n");
        age(site.source());
        assertFalse(unchanged(build(site)));
        assertTrue(site.exists("notes.html"));

        // An output deleted or edited in the destination: put back as the build writes it.
        Files.delete(site.destination().resolve("notes.html"));
        assertFalse(unchanged(build(site)));
        assertTrue(site.exists("notes.html"));
        Files.writeString(site.destination().resolve("2024/01/01/one.html"), "tampered");
        assertFalse(unchanged(build(site)));
        assertEquals("<h2>One</h2><p>first post</p>", site.output("2024/01/01/one.html"));
        Files.writeString(site.destination().resolve("stray.html"), "left by hand");
        assertFalse(unchanged(build(site)));
        assertFalse(site.exists("stray.html"), "a full build leaves only what it writes");

        // Version control's records changing (a commit, git status touching its index): still unchanged.
        site.file(".git/index", "staged");
        site.file(".git/objects/ab/cdef", "a commit");
        assertTrue(unchanged(build(site)), "a change in .git is not a change to the site");
        site.file(".git/index", "staged again, bigger");
        assertTrue(unchanged(build(site)));

        // Other options: built again.
        assertTrue(unchanged(build(site)));
        assertFalse(unchanged(build(site, TestSite.options().withDrafts(true))));
    }

    @Test
    void aFileEditedWithinTheClockTickOfItsLastEditIsStillSeen() throws IOException {
        TestSite site = site("{{ content }}");
        // Written just now, as by an editor right before the build; edited again to the same size, with
        // the same time, as a second save within one tick of the file system's clock would leave it.
        Path post = site.source().resolve("_posts/2024-01-01-one.txt");
        FileTime time = Files.getLastModifiedTime(post);
        build(site);
        Files.writeString(post, "---\nlayout: post\ntitle: One\n---\nfirst text\n");
        Files.setLastModifiedTime(post, time);

        assertFalse(unchanged(build(site)));
        assertEquals("<p>first text</p>", site.output("2024/01/01/one.html"));
    }

    @Test
    void aSiteThatShowsTheBuildTimeIsBuiltEveryTime() throws IOException {
        TestSite site = site("{{ content }}").file("index.html", "---\n---\nBuilt {{ site.time | date: '%F' }}\n");
        age(site.source());
        build(site);
        assertEquals("Built 2024-06-01\n", site.output("index.html"));

        BuildResult later = build(site, TestSite.options().withNow(TestSite.NOW.plus(Duration.ofDays(1))));

        assertFalse(unchanged(later));
        assertEquals("Built 2024-06-02\n", site.output("index.html"));
    }

    @Test
    void liquidsNowIsTheBuildTimeAndMakesTheBuildDependOnIt() throws IOException {
        TestSite site = site("{{ content }}").file("index.html",
                "---\n---\n{{ 'now' | date: '%Y-%m-%d' }} {{ 'today' | date_to_string }}\n");
        age(site.source());
        build(site);
        assertEquals("2024-06-01 01 Jun 2024\n", site.output("index.html"));

        build(site, TestSite.options().withNow(TestSite.NOW.plus(Duration.ofDays(1))));

        assertEquals("2024-06-02 02 Jun 2024\n", site.output("index.html"));
    }

    @Test
    void aPostDatedAfterTheBuildIsPublishedByTheFirstBuildAtItsDate() throws IOException {
        TestSite site = site("{{ content }}")
                .file("_posts/2024-06-10-later.txt", "---\nlayout: post\ntitle: Later\n---\nlater\n");
        age(site.source());
        build(site);
        assertFalse(site.exists("2024/06/10/later.html"));
        assertTrue(unchanged(build(site, TestSite.options().withNow(TestSite.NOW.plus(Duration.ofDays(1))))),
                "nothing due yet");

        build(site, TestSite.options().withNow(Instant.parse("2024-06-11T00:00:00Z")));

        assertTrue(site.exists("2024/06/10/later.html"));
    }
}
