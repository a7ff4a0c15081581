package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flags of {@code jekyll build} a Jekyll user types, with Jekyll's meaning, on small real sites. */
class JekyllFlagsTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int build(TestSite site, String... more) {
        String[] args = Stream.concat(Stream.of("build", "-s", site.source().toString(), "-d",
                site.destination().toString()), Stream.of(more)).toArray(String[]::new);
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Three posts, one of them marked unpublished, and a draft; a page that shows the baseurl and the posts. */
    private TestSite blog(String config) {
        return TestSite.in(temp)
                .file("_config.yml", "url: https://example.org\n" + config)
                .file("_posts/2021-01-01-first.md", "---\ntitle: First\n---\nOne.")
                .file("_posts/2021-01-02-second.md", "---\ntitle: Second\n---\nTwo.")
                .file("_posts/2021-01-03-third.md", "---\ntitle: Third\n---\nThree.")
                .file("_posts/2021-01-04-hidden.md", "---\ntitle: Hidden\npublished: false\n---\nNot yet.")
                .file("_drafts/a-draft.md", "---\ntitle: A draft\n---\nNo.")
                .file("list.html", "---\n---\nbase={{ site.baseurl }}|title={{ site.title }}|feed={{ site.feed.path }}"
                        + "|{% for p in site.posts %}{{ p.title }},{% endfor %}");
    }

    @Test
    void baseurlOverridesTheConfiguration() {
        TestSite site = blog("baseurl: /old\n");
        assertEquals(0, build(site, "--baseurl", "/new"), err::toString);
        assertTrue(site.output("list.html").contains("base=/new|"), site.output("list.html"));
        // Links of the theme follow it, and so does the feed.
        assertTrue(site.output("feed.xml").contains("https://example.org/new/2021/01/03/third.html"),
                site.output("feed.xml"));

        assertEquals(0, build(site, "-b", "/short"), err::toString);
        assertTrue(site.output("list.html").contains("base=/short|"), site.output("list.html"));
    }

    @Test
    void unpublishedPublishesPostsMarkedPublishedFalseButNoDrafts() {
        TestSite site = blog("");
        assertEquals(0, build(site), err::toString);
        assertFalse(site.exists("2021/01/04/hidden.html"));

        assertEquals(0, build(site, "--unpublished"), err::toString);
        assertTrue(site.exists("2021/01/04/hidden.html"));
        assertTrue(site.output("list.html").contains("Hidden,Third,Second,First,"), site.output("list.html"));
        assertFalse(site.outputs().stream().anyMatch(p -> p.contains("a-draft")), site.outputs()::toString);
    }

    @Test
    void limitPostsBuildsOnlyTheNewest() {
        TestSite site = blog("");
        assertEquals(0, build(site, "--limit_posts", "2"), err::toString);
        assertTrue(out.toString().startsWith("Built 2 posts, "), out::toString);
        assertTrue(site.output("list.html").endsWith("Third,Second,"), site.output("list.html"));
        assertTrue(site.exists("2021/01/02/second.html"));
        assertFalse(site.exists("2021/01/01/first.html"));

        // More than there are: all of them.
        assertEquals(0, build(site, "--limit_posts=10"), err::toString);
        assertTrue(site.output("list.html").endsWith("Third,Second,First,"), site.output("list.html"));
    }

    @Test
    void limitPostsMustBeAPositiveNumber() {
        TestSite site = blog("");
        for (String value : List.of("0", "-3")) {
            err.getBuffer().setLength(0);
            assertEquals(2, build(site, "--limit_posts=" + value), value);
            assertEquals("Invalid value for option '--limit_posts': " + value + " is not 1 or more (the number of"
                    + " newest posts to build; see colophon build --help)", err.toString().strip());
        }
        err.getBuffer().setLength(0);
        assertEquals(2, build(site, "--limit_posts", "many"));
        assertTrue(err.toString().startsWith("Invalid value for option '--limit_posts': 'many' is not an int"),
                err::toString);
        assertFalse(err.toString().contains("\tat "), err::toString);
        assertFalse(site.exists("index.html"));
    }

    @Test
    void aConfigListIsMergedLaterOverEarlierAsJekyllMergesIt() {
        TestSite site = blog("title: Base\nfeed:\n  path: /base.xml\n  limit: 3\n")
                .file("_config.dev.yml", "title: Dev\nfeed:\n  limit: 5\n");
        assertEquals(0, build(site, "--config", "_config.yml, _config.dev.yml"), err::toString);
        // Jekyll 4.3.1 merges mappings key by key: feed.path stays, title is the later file's.
        assertTrue(site.output("list.html").contains("title=Dev|feed=/base.xml|"), site.output("list.html"));
        assertTrue(site.exists("base.xml"));
    }

    @Test
    void aProblemInAConfigListIsPlacedInTheFileThatSetsTheKey() {
        TestSite site = blog("").file("_config.dev.yml", "title: Dev\n\nurl: not an address\n");
        assertEquals(1, build(site, "--config", "_config.yml,_config.dev.yml"));
        assertTrue(err.toString().startsWith("_config.dev.yml:3:1: error: url 'not an address' is not an http(s)"
                + " address"), err::toString);
    }

    @Test
    void aMissingFileOfTheListIsAnError() {
        TestSite site = blog("");
        assertEquals(1, build(site, "--config", "_config.yml,_config.nope.yml"));
        assertTrue(err.toString().startsWith("_config.nope.yml: error: configuration file not found"), err::toString);
    }

    @Test
    void warningsNameTheConfigurationFileInUse() {
        // No url: feeds and sitemap are left out, and the warning says where to add it.
        TestSite site = TestSite.in(temp)
                .file("site.yml", "title: Elsewhere\n")
                .file("_posts/2021-01-01-first.md", "---\ntitle: First\n---\nOne.");
        assertEquals(0, build(site, "--config", "site.yml"), err::toString);
        assertTrue(err.toString().contains("site.yml: warning: no feeds written: 'url' is not set (feeds need absolute"
                + " addresses; add url: https://your.host to site.yml"), err::toString);
        assertFalse(err.toString().contains("_config.yml"), err::toString);
    }

    @Test
    void quietPrintsNothingButErrors() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", "title: No url, so a warning\n")
                .file("_posts/2021-01-01-first.md", "---\ntitle: First\n---\nOne.");
        assertEquals(0, build(site, "--quiet"), err::toString);
        assertEquals("", out.toString());
        assertEquals("", err.toString());
        assertTrue(site.exists("2021/01/01/first.html"));

        site.file("_posts/2021-01-02-broken.md", "---\ntitle: [broken\n---\nTwo.");
        assertEquals(1, build(site, "-q"));
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("_posts/2021-01-02-broken.md:"), err::toString);
        assertFalse(err.toString().contains("warning"), err::toString);
        assertTrue(err.toString().contains("Build failed: 1 error;"), err::toString);
    }

    @Test
    void verboseSaysWhatWasReadAndWrittenAndWhereTheTimeWent() {
        TestSite site = blog("");
        assertEquals(0, build(site, "--verbose"), err::toString);
        String text = out.toString();
        assertTrue(text.contains("Configuration: _config.yml\n"), text);
        assertTrue(text.contains("  wrote 2021/01/03/third.html\n"), text);
        assertTrue(text.contains("  wrote list.html\n"), text);
        assertTrue(text.matches("(?s).*Built 3 posts, [^\\n]*\\n  discovery +\\d+ ms\\n.*"), text);

        out.getBuffer().setLength(0);
        assertEquals(0, build(site, "-V", "--quiet"), err::toString);
        assertEquals("", out.toString(), "--quiet wins, as in Jekyll");
    }

    @Test
    void watchBuildsAgainOnEveryChangeUntilStopped() throws Exception {
        TestSite site = blog("");
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = new Thread(() -> exit.complete(build(site, "--watch")), "test-watch");
        thread.start();
        try {
            await(() -> out.toString().contains("Watching "));
            assertTrue(out.toString().startsWith("Built 3 posts, "), out::toString);
            assertTrue(site.exists("2021/01/03/third.html"));

            site.file("_posts/2021-01-05-fifth.md", "---\ntitle: Fifth\n---\nFive.");
            await(() -> out.toString().contains("Rebuilt in "));
            assertTrue(site.exists("2021/01/05/fifth.html"), site.outputs()::toString);
        } finally {
            // As Ctrl-C would: the command stops watching and returns.
            thread.interrupt();
        }
        assertEquals(0, exit.get(10, TimeUnit.SECONDS), err::toString);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
