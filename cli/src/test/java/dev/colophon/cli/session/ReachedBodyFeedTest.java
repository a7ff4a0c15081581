package dev.colophon.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.BuildSession;
import dev.colophon.Colophon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post's body whose Liquid reads a page changes when that page is edited, and the feeds that show the
 * post's content change with it. Found by compat/SessionCheck.java on docsy-jekyll: a page retitled, a post
 * listing the pages' titles; the session rendered the post's page again but kept its feeds (RSS and JSON
 * declare the posts as their input, and a page edit changed only the pages).
 */
class ReachedBodyFeedTest {

    private static final BuildOptions OPTIONS = BuildOptions.defaults().withNow(Instant.parse("2024-06-01T00:00:00Z"))
            .withThreads(2);

    @TempDir
    Path site;
    @TempDir
    Path whole;

    @Test
    void aPageEditThatAPostBodyReadsRendersTheFeedsAgain() throws IOException {
        Files.createDirectories(site.resolve("_posts"));
        // No jekyll-feed: Colophon's own RSS, Atom and JSON feeds, which declare their inputs.
        Files.writeString(site.resolve("_config.yml"), "title: Site\nurl: https://example.com\n");
        Files.writeString(site.resolve("about.md"), "---\ntitle: About\n---\nAbout.\n");
        Files.writeString(site.resolve("_posts/2024-01-01-pages.md"), "---\ntitle: Pages\n---\n"
                + "The pages: {{ site.pages | map: 'title' | join: ', ' }}.\n");
        Files.writeString(site.resolve("_posts/2024-01-02-other.md"), "---\ntitle: Other\n---\nOther.\n");
        BuildSession session = Colophon.builder().cacheConversions(true).build().memorySession(site, site.resolve("_site"));
        session.build(OPTIONS, null);

        Files.writeString(site.resolve("about.md"), "---\ntitle: Retitled\n---\nAbout.\n");
        session.build(OPTIONS, Set.of("about.md"));

        Colophon.create().build(site, whole, OPTIONS);
        Map<String, String> expected = tree(whole);
        assertTrue(expected.get("feed.json").contains("Retitled"), expected.get("feed.json"));
        assertTrue(expected.containsKey("rss.xml") && expected.containsKey("feed.xml"), expected.keySet().toString());
        assertEquals(expected, memory(session));
    }

    private static Map<String, String> memory(BuildSession session) throws IOException {
        Map<String, String> files = new TreeMap<>();
        var memory = session.memory().orElseThrow();
        for (String path : memory.paths()) {
            files.put(path, new String(memory.file(path).orElseThrow().bytes(), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
