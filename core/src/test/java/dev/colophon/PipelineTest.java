package dev.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import dev.colophon.testkit.plugins.CorePlugins;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Core's pipeline on its own, with the test plugins of {@link CorePlugins} for YAML, front matter, {@code .txt}
 * bodies and layouts: which files are posts, pages and static files, where they go, and what is published.
 */
class PipelineTest {

    @TempDir
    Path temp;

    private TestSite site() {
        return TestSite.in(temp).using(CorePlugins.engine());
    }

    @Test
    void aFileWithFrontMatterIsConvertedAndOneWithoutIsCopiedAsItIs() {
        TestSite site = site()
                .file("_posts/2024-01-02-hello.txt", "---\ntitle: Hello\n---\nFirst.\n\nSecond.\n")
                .file("about.txt", "---\ntitle: About\n---\nMe.\n")
                .file("notes.txt", "no front matter, so {{ this }} stays\n")
                .file("plain.html", "---\n---\n<b>as written</b>")
                .file("css/site.css", "body{}")
                .file("_private/secret.txt", "---\n---\nunderscored folders are not the site's")
                .file(".hidden", "dot files are left out");

        BuildResult result = site.build();

        assertEquals(1, result.posts());
        assertEquals(2, result.pages());
        assertEquals(2, result.staticFiles());
        assertEquals(List.of("2024/01/02/hello.html", "about.html", "css/site.css", "notes.txt", "plain.html"),
                site.outputs());
        assertEquals("<p>First.</p>\n<p>Second.</p>\n", site.output("2024/01/02/hello.html"));
        assertEquals("<p>Me.</p>\n", site.output("about.html"));
        assertEquals("no front matter, so {{ this }} stays\n", site.output("notes.txt"));
        assertEquals("<b>as written</b>", site.output("plain.html"));
    }

    @Test
    void layoutsWrapTheBodyAndNest() {
        TestSite site = site()
                .file("_layouts/base.html", "<body>{{ content }}</body>")
                .file("_layouts/post.html", "---\nlayout: base\n---\n<article>{{ content }}</article>")
                .file("_posts/2024-01-02-hello.txt", "---\nlayout: post\n---\nHi.");

        site.build();

        assertEquals("<body><article><p>Hi.</p>\n</article></body>", site.output("2024/01/02/hello.html"));
    }

    // Moved from cli's EndToEndTest (urlsFollowJekyllPermalinks), which tested only this, through every plugin.
    @Test
    void urlsFollowJekyllPermalinks() {
        TestSite site = site()
                .file("_config.yml", "permalink: pretty\n")
                .file("blog/_posts/2021-03-26-first.txt", "---\ntitle: First\n---\nA.")
                .file("_posts/2021-03-27-second.txt", "---\ntitle: Second\ncategories: [Java, tools]\n---\nB.")
                .file("_posts/2021-03-28-third.txt", "---\ntitle: Third\npermalink: /notes/:title/\n---\nC.")
                .file("_posts/2021-03-29-fourth.txt", "---\ntitle: Fourth\ndate: 2021-03-29 23:30:00 -05:00\n---\nD.")
                .file("about.txt", "---\ntitle: About\n---\nMe.")
                .file("contact.html", "---\ntitle: Contact\npermalink: /write-to-me/\n---\n<p>Write.</p>");

        site.build();

        assertEquals(List.of("2021/03/30/fourth/index.html", "about/index.html", "blog/2021/03/26/first/index.html",
                "java/tools/2021/03/27/second/index.html", "notes/third/index.html", "write-to-me/index.html"),
                site.outputs());
        // In the site's zone (UTC), as Jekyll on GitHub Pages: the evening of the 29th in New York is the 30th.
        assertEquals("<p>D.</p>\n", site.output("2021/03/30/fourth/index.html"));
        assertEquals("<p>Write.</p>", site.output("write-to-me/index.html"));
    }

    @Test
    void aPermalinkPatternInTheConfigurationPlacesEveryPost() {
        TestSite site = site()
                .file("_config.yml", "permalink: /:year/:title:output_ext\n")
                .file("_posts/2024-01-02-hello-world.txt", "---\n---\nHi.");

        site.build();

        assertEquals(List.of("2024/hello-world.html"), site.outputs());
    }

    // Moved from cli's EndToEndTest (draftsAndFuturePostsAreLeftOutUnlessAskedFor): core decides, not a plugin.
    @Test
    void draftsAndFuturePostsAreLeftOutUnlessAskedFor() {
        TestSite site = site()
                .file("_posts/2021-01-01-published.txt", "---\ntitle: Published\n---\nYes.")
                .file("_posts/2021-01-02-draft.txt", "---\ntitle: Draft\ndraft: true\n---\nNo.")
                .file("_posts/2021-01-03-unpublished.txt", "---\ntitle: Unpublished\npublished: false\n---\nNo.")
                .file("_drafts/in-the-drafts-folder.txt", "---\ntitle: In drafts\n---\nNo.")
                .file("_posts/2030-01-01-future.txt", "---\ntitle: Future\n---\nNot yet.");

        assertEquals(1, site.build().posts());
        assertEquals(List.of("2021/01/01/published.html"), site.outputs());

        assertEquals(5, site.build(TestSite.options().withDrafts(true).withFuture(true)).posts());
        assertTrue(site.exists("2021/01/02/draft.html"));
        assertTrue(site.exists("2021/01/03/unpublished.html"));
        assertTrue(site.exists("2030/01/01/future.html"));
        // A draft without a date of its own is dated by its file's modification time, as in Jekyll.
        assertTrue(site.outputs().stream().anyMatch(p -> p.endsWith("/in-the-drafts-folder.html")),
                site.outputs()::toString);
    }

    @Test
    void theConfigurationCanPublishDraftsAndFuturePostsToo() {
        TestSite site = site()
                .file("_config.yml", "show_drafts: true\nfuture: true\n")
                .file("_drafts/wip.txt", "---\ndate: 2021-05-05\n---\nSoon.")
                .file("_posts/2030-01-01-future.txt", "---\n---\nNot yet.");

        assertEquals(2, site.build().posts());
        assertEquals(List.of("2021/05/05/wip.html", "2030/01/01/future.html"), site.outputs());
    }

    @Test
    void excludedPathsAndGlobsAreLeftOutAndIncludeBringsBackAHiddenFile() {
        TestSite site = site()
                .file("_config.yml", "exclude: [drafts-notes, \"*.log\", about.txt]\ninclude: [.well-known]\n")
                .file("drafts-notes/idea.txt", "---\n---\nIdea.")
                .file("build.log", "log")
                .file("logs/deep.log", "log")
                .file("about.txt", "---\n---\nAbout.")
                .file(".well-known/security.txt", "Contact: me")
                .file("kept.txt", "kept");

        site.build();

        assertEquals(List.of(".well-known/security.txt", "kept.txt"), site.outputs());
    }

    @Test
    void twoFilesWithOneUrlAreAnErrorAtThePermalinkNamingBoth() {
        TestSite site = site()
                .file("_posts/2021-03-26-hello.txt", "---\ntitle: Hello\n---\nHi.")
                .file("hello.txt", "---\ntitle: Clash\npermalink: /2021/03/26/hello.html\n---\nClash");

        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);

        assertEquals(1, failure.errors().size(), failure::getMessage);
        assertEquals("hello.txt:3:1: error: the URL /2021/03/26/hello.html is also the URL of "
                + "_posts/2021-03-26-hello.txt (give one of them another permalink)",
                failure.errors().get(0).toString());
        assertFalse(site.exists(""), "a failed first build writes no destination");
    }

    @Test
    void everyBrokenFileIsReportedInOneRunAtItsLine() {
        TestSite site = site()
                .file("_posts/2021-01-01-a.txt", "---\ntitle: never closed\n")
                .file("_posts/2021-01-02-b.txt", "---\ndate: 2021-02-30\n---\n")
                .file("c.txt", "---\nnot a key value line\n---\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);

        List<String> errors = failure.errors().stream().map(Object::toString).sorted().toList();
        assertEquals(3, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("_posts/2021-01-01-a.txt:1:1: error: front matter is never closed"), errors::toString);
        assertTrue(errors.get(1).startsWith("_posts/2021-01-02-b.txt:2:1: error: date '2021-02-30' is not a real day"),
                errors::toString);
        assertTrue(errors.get(2).startsWith("c.txt:2:1: error: not a 'key: value' line"), errors::toString);
    }
}
