package dev.colophon.html.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.Colophon;
import dev.colophon.SiteSource;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.frontmatter.YamlDataReader;
import dev.colophon.frontmatter.YamlFrontMatterReader;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import dev.colophon.testkit.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts are converted when their body is first asked for, let go once their page is written, and converted
 * again when asked later; an engine that caches conversions converts only changed text in a rebuild.
 */
class StreamedBodiesTest {

    @TempDir
    Path temp;

    /** Writes each post's HTML to its page, and one page of every post's HTML; keeps the site it rendered. */
    private static final class PostsRenderer implements Renderer {
        Site rendered;

        @Override
        public String id() {
            return "posts-test";
        }

        @Override
        public List<Output> outputs(Site site, RenderContext context) {
            rendered = site;
            List<Output> outputs = new ArrayList<>();
            for (Post post : site.posts()) {
                outputs.add(new Output(post.outputPath(), Set.of(post.path()), () -> bytes(post.html())));
            }
            outputs.add(new Output("all.html", Set.of(), () -> bytes(site.posts().stream()
                    .map(p -> p.html() + " " + p.wordCount()).collect(Collectors.joining("\n")))));
            return outputs;
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Colophon engine(CountingParser parser, boolean cache, boolean renderer) {
        return engine(parser, cache, renderer ? new PostsRenderer() : null);
    }

    private static Colophon engine(CountingParser parser, boolean cache, PostsRenderer renderer) {
        Colophon.Builder builder = Colophon.builder().discoverPlugins(false)
                .plugin(new YamlFrontMatterReader()).plugin(new YamlDataReader()).plugin(parser).cacheConversions(cache);
        if (renderer != null) {
            builder.plugin(renderer);
        }
        return builder.build();
    }

    private TestSite threePosts() {
        return TestSite.in(temp)
                .file("_config.yml", "title: T\n")
                .file("_posts/2021-01-01-one.txt", "---\ntitle: One\n---\nfirst post\n")
                .file("_posts/2021-01-02-two.txt", "---\ntitle: Two\n---\nsecond post here\n")
                .file("_posts/2021-01-03-three.txt", "---\ntitle: Three\n---\nthird\n");
    }

    @Test
    void aPostsHtmlIsLetGoOnceItsPageIsWrittenAndConvertedAgainWhenAsked() {
        TestSite site = threePosts();
        CountingParser parser = new CountingParser(true);
        PostsRenderer renderer = new PostsRenderer();
        engine(parser, false, renderer).build(site.source(), site.destination(), TestSite.options());

        assertEquals("<p>first post</p>", site.output("2021/01/01/one.html"));
        // The listing has every post's HTML and word count, whether it was written before a post's page or after.
        assertEquals("<p>third</p> 1\n<p>second post here</p> 3\n<p>first post</p> 2", site.output("all.html"));
        int calls = parser.calls.get();
        assertTrue(calls >= 3 && calls <= 6, "once per page, again for the listing if written after: " + calls);

        // No post holds its HTML for sure after its page was written: converted again at most softly kept,
        // so the collector may let it go. Asked again, each post gives the same HTML.
        List<String> again = renderer.rendered.posts().stream().map(Post::html).toList();
        assertEquals(List.of("<p>third</p>", "<p>second post here</p>", "<p>first post</p>"), again);
        // Six at least: three for the pages, three for the listing or for the calls just made.
        assertTrue(parser.calls.get() >= 6, "converted again unless softly kept: " + parser.calls);
    }

    @Test
    void aPostNoOutputAsksForIsStillConvertedAndItsProblemReported() {
        TestSite site = threePosts().file("_posts/2021-01-04-bad.txt", "---\ntitle: Bad\n---\nboom\n");
        CountingParser parser = new CountingParser(true);

        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> engine(parser, false, false).build(site.source(), site.destination(), TestSite.options()));

        assertEquals(1, failure.errors().size(), failure.getMessage());
        assertEquals("_posts/2021-01-04-bad.txt", failure.errors().get(0).position().file());
        assertTrue(failure.getMessage().contains("boom found"), failure.getMessage());
        assertEquals(4, parser.calls.get());
        assertFalse(site.exists("."), "nothing written");
    }

    @Test
    void aCachingEngineConvertsOnlyTheTextThatChanged() {
        TestSite site = threePosts();
        CountingParser parser = new CountingParser(true);
        Colophon colophon = engine(parser, true, true);

        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(3, parser.calls.get(), "first build: each post once, the listing from the cache");
        String listing = site.output("all.html");

        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(3, parser.calls.get(), "nothing changed: nothing converted");
        assertEquals(listing, site.output("all.html"));

        site.file("_posts/2021-01-02-two.txt", "---\ntitle: Two\n---\nsecond post, edited\n");
        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(4, parser.calls.get(), "one post changed: one conversion");
        assertEquals("<p>second post, edited</p>", site.output("2021/01/02/two.html"));

        site.file("_config.yml", "title: T\nkramdown:\n  auto_ids: false\n");
        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(7, parser.calls.get(), "the configuration changed: every post converted again");
    }

    /** A parser that names the configuration's keys it reads converts again only when one of them changes. */
    @Test
    void aConfigurationChangeConvertsAgainOnlyForAParserThatReadsIt() {
        TestSite site = threePosts();
        CountingParser parser = new CountingParser(true, Optional.of(Set.of("counting")));
        Colophon colophon = engine(parser, true, true);
        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(3, parser.calls.get());

        site.file("_config.yml", "title: Another title\nauthor: Someone\n");
        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(3, parser.calls.get(), "the title changed, which the parser does not read");

        site.file("_config.yml", "title: Another title\nauthor: Someone\ncounting: {style: loud}\n");
        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(6, parser.calls.get(), "the parser's own key changed: every post converted again");
    }

    @Test
    void onlyPureParsersAreCached() {
        TestSite site = threePosts();
        CountingParser parser = new CountingParser(false);
        Colophon colophon = engine(parser, true, false);

        colophon.build(site.source(), site.destination(), TestSite.options());
        colophon.build(site.source(), site.destination(), TestSite.options());

        assertEquals(6, parser.calls.get());
    }

    @Test
    void aFileChangedBetweenReadingAndConvertingIsAnError() {
        TestSite site = threePosts();
        SiteSource disk = SiteSource.of(site.source());
        // The second read of the post (when its body is converted) finds other bytes.
        SiteSource changing = new SiteSource() {
            private final AtomicInteger reads = new AtomicInteger();

            @Override
            public List<String> files() {
                return disk.files();
            }

            @Override
            public byte[] read(String path) {
                if (path.endsWith("two.txt") && reads.incrementAndGet() > 1) {
                    return "---\ntitle: Two\n---\nsomething else\n".getBytes(StandardCharsets.UTF_8);
                }
                return disk.read(path);
            }

            @Override
            public java.time.Instant lastModified(String path) {
                return disk.lastModified(path);
            }
        };

        BuildFailedException failure = assertThrows(BuildFailedException.class,
                () -> engine(new CountingParser(true), false, false).read(changing, TestSite.options()));

        assertEquals("_posts/2021-01-02-two.txt", failure.errors().get(0).position().file());
        assertTrue(failure.getMessage().contains("changed while the site was being built"), failure.getMessage());
    }
}
