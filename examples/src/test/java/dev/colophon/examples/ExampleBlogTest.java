package dev.colophon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.RenderedPage;
import dev.colophon.model.Post;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example blog, built the way an embedder would, with the example's own renderer on the class path. */
class ExampleBlogTest {

    private static final Path BLOG = Path.of("blog");
    private static final BuildOptions OPTIONS = BuildOptions.defaults().withNow(Instant.parse("2026-01-01T00:00:00Z"));

    @TempDir
    Path out;

    @Test
    void theExampleBlogBuildsWithItsOwnRenderer() throws IOException {
        BuildResult result = Colophon.create().build(BLOG, out, OPTIONS);

        assertEquals(9, result.posts(), "one draft in _drafts, one draft: true and one future post are left out");
        List<String> lines = Files.readAllLines(out.resolve("posts.txt"));
        assertEquals(9, lines.size());
        assertEquals("2023-04-01  https://example.org/2023/04/01/titles-that-fight-back/  <Tom & \"Jerry\"> 🎉 日本",
                lines.get(0));
        assertEquals("2023-02-20  https://example.org/notes/small-tools/  In praise of small tools", lines.get(1));
        assertTrue(lines.get(8).startsWith("2019-04-12  https://example.org/2019/04/12/a-plain-text-notebook/"));

        String post = Files.readString(out.resolve("2021/03/26/notes-on-shared-goals/index.html"));
        assertTrue(post.contains("<h1 class=\"post-title\">Notes on shared goals</h1>"), post);
        assertTrue(post.matches("(?s).*\\d+ words from <time datetime=\"2021-03-26T00:00:00\\+01:00\">26 March 2021</time>.*"));
        assertTrue(post.contains("<img src=\"/assets/sketch.svg\" alt=\"a sketch\""), post);
        assertTrue(post.contains("shared <em>document</em> – and curly quotes"), post);
        assertTrue(post.contains("Mira writes documentation by day"), post);

        assertTrue(Files.exists(out.resolve("about/index.html")));
        assertTrue(Files.exists(out.resolve("humans.txt")));
        assertTrue(Files.exists(out.resolve("assets/images/tram-timetable.svg")));
        assertTrue(Files.exists(out.resolve("feed.xml")));
        assertFalse(Files.exists(out.resolve("README.md")), "excluded in _config.yml");
        assertFalse(Files.readString(out.resolve("index.html")).contains("A letter to the future"));
    }

    @Test
    void aPostRendersInMemory() {
        RenderedPage page = Colophon.create().render("_posts/2024-05-01-written-in-memory.md",
                "---\ntitle: Written in memory\n---\nThis post was never on disk -- it's \"in memory\".\n");
        Post post = (Post) page.content();
        assertEquals("/2024/05/01/written-in-memory.html", post.url());
        assertEquals(10, post.wordCount(), "the dash counts, as in Jekyll");
        assertTrue(page.html().contains("<p>This post was never on disk – it’s “in memory”.</p>"), page.html());
        assertTrue(page.html().contains("10 words from <time datetime=\"2024-05-01T00:00:00+00:00\">1 May 2024</time>"),
                page.html());
    }
}
