package dev.colophon.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.BuildSession;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build session renders again for the edits an author makes most, on a site of twenty posts whose
 * pages show their neighbours and whose home page lists every title: the edited post's page and what shows
 * it, not every page. (That the bytes are a whole build's is {@link BuildSessionPropertyTest}'s; this test
 * fails when an edit falls back to rendering everything.)
 */
class SessionReachTest {

    private static final BuildOptions OPTIONS = BuildOptions.defaults().withNow(Instant.parse("2024-06-01T00:00:00Z"))
            .withThreads(2);

    @TempDir
    Path site;
    @TempDir
    Path builds;
    private BuildSession session;

    @BeforeEach
    void site() throws IOException {
        Files.createDirectories(site.resolve("_layouts"));
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: Site\nurl: https://example.com\nplugins: [jekyll-feed]\n"
                + "permalink: /:year/:month/:day/:title.html\ntag_pages: false\n");
        Files.writeString(site.resolve("_layouts/post.html"), "<h1>{{ page.title }}</h1>{{ content }}<nav>"
                + "{% if page.previous %}{{ page.previous.title }}{% endif %}|"
                + "{% if page.next %}{{ page.next.title }}{% endif %}</nav>\n");
        Files.writeString(site.resolve("index.html"), "---\n---\n{% for post in site.posts %}{{ post.title }} "
                + "{% endfor %}\n");
        for (int day = 1; day <= 20; day++) {
            write(day, "Post " + day, "Body " + day + ".");
        }
        session = Colophon.builder().cacheConversions(true).build().memorySession(site, site.resolve("_site"));
        session.build(OPTIONS, null);
    }

    @Test
    void aBodyEditRendersItsPageAndTheFeed() throws IOException {
        String post = write(10, "Post 10", "A new body.");
        BuildSession.Build done = session.build(OPTIONS, Set.of(post));
        assertEquals(Set.of("2024/01/10/post-10.html"), done.changed());
        assertTrue(done.rendered() <= 2, "rendered " + done.rendered());
    }

    @Test
    void aTitleEditRendersItsPageItsNeighboursTheListAndTheFeed() throws IOException {
        String post = write(10, "Renamed", "Body 10.");
        BuildSession.Build done = session.build(OPTIONS, Set.of(post));
        assertEquals(Set.of("2024/01/10/post-10.html", "2024/01/09/post-9.html", "2024/01/11/post-11.html",
                "index.html"), done.changed());
        assertEquals(5, done.rendered(), "the post, its two neighbours, the home page and the feed");
        assertTrue(page("2024/01/11/post-11.html").contains("Renamed|"), page("2024/01/11/post-11.html"));
    }

    @Test
    void aNewPostRendersItselfItsNeighboursTheListAndTheFeed() throws IOException {
        Files.writeString(site.resolve("_posts/2024-01-10-fresh.md"), "---\nlayout: post\ntitle: Fresh\n---\nNew.\n");
        BuildSession.Build done = session.build(OPTIONS, Set.of("_posts/2024-01-10-fresh.md"));
        // The same day as post 10 and before it by path: older than post 10, newer than post 9 (as Jekyll sorts).
        assertEquals(Set.of("2024/01/10/fresh.html", "2024/01/09/post-9.html", "2024/01/10/post-10.html",
                "index.html"), done.changed());
        assertEquals(5, done.rendered(), "the post, its two neighbours, the home page and the feed");
        assertTrue(page("2024/01/10/fresh.html").contains("<nav>Post 9|Post 10</nav>"), page("2024/01/10/fresh.html"));
        assertTrue(page("2024/01/09/post-9.html").contains("|Fresh</nav>"), page("2024/01/09/post-9.html"));
    }

    @Test
    void aRemovedPostRendersItsNeighboursAndTheList() throws IOException {
        Files.delete(site.resolve("_posts/2024-01-10-post-10.md"));
        BuildSession.Build done = session.build(OPTIONS, Set.of("_posts/2024-01-10-post-10.md"));
        assertEquals(Set.of("2024/01/10/post-10.html", "2024/01/09/post-9.html", "2024/01/11/post-11.html",
                "index.html"), done.changed());
        assertTrue(done.rendered() <= 4, "rendered " + done.rendered());
        assertTrue(session.memory().orElseThrow().file("2024/01/10/post-10.html").isEmpty());
    }

    @Test
    void aPostUrlToARemovedPostFailsAsInAWholeBuild() throws IOException {
        Files.writeString(site.resolve("about.md"), "---\n---\nSee {% post_url 2024-01-10-post-10 %}.\n");
        session.build(OPTIONS, Set.of("about.md"));
        Files.delete(site.resolve("_posts/2024-01-10-post-10.md"));
        try {
            session.build(OPTIONS, Set.of("_posts/2024-01-10-post-10.md"));
            throw new AssertionError("the build succeeded with a post_url to a removed post");
        } catch (BuildFailedException e) {
            assertTrue(e.getMessage().contains("post_url"), e.getMessage());
        }
    }

    /**
     * A title edit converts again, through the site as it is now, the bodies that show the title: a neighbour's
     * ({@code page.previous}) and the edited post's own view of its neighbours. The site's views kept from the
     * last build would show the old title, and no neighbours of the new post.
     */
    @Test
    void aTitleEditConvertsAgainTheBodiesThatShowIt() throws IOException {
        String edited = write(10, "Post 10", "After {{ page.previous.title }}.");
        String next = write(11, "Post 11", "After {{ page.previous.title }}.");
        session.build(OPTIONS, Set.of(edited, next));
        write(10, "Renamed", "After {{ page.previous.title }}.");
        BuildSession.Build done = session.build(OPTIONS, Set.of(edited));
        assertTrue(page("2024/01/11/post-11.html").contains("<p>After Renamed.</p>"), page("2024/01/11/post-11.html"));
        assertTrue(page("2024/01/10/post-10.html").contains("<p>After Post 9.</p>"), page("2024/01/10/post-10.html"));
        assertPatched(done);
    }

    /**
     * A title edit converts again the pages whose Liquid shows the post, each seeing the posts with their bodies
     * (an excerpt, a word count): the posts' bodies' view of the site has them unconverted.
     */
    @Test
    void aTitleEditConvertsAgainThePagesThatShowIt() throws IOException {
        Files.writeString(site.resolve("recent.html"), "---\n---\n{% for post in site.posts limit: 2 %}{{ post.title }}: "
                + "{{ post.excerpt | strip_html }} ({{ post.word_count }} words) {% endfor %}\n");
        session.build(OPTIONS, Set.of("recent.html"));
        String post = write(20, "Renamed", "Body 20.");
        BuildSession.Build done = session.build(OPTIONS, Set.of(post));
        assertEquals("Renamed: Body 20. (2 words) Post 19: Body 19. (2 words) \n", page("recent.html"));
        assertEquals(wholeBuild("recent.html"), page("recent.html"));
        assertPatched(done);
    }

    /**
     * jekyll-archives' pages hold the posts themselves: a title edit makes the archive pages that hold the post
     * again, with the new post, and patches the site as without them.
     */
    @Test
    void aTitleEditWithJekyllArchivesMakesItsArchivePagesAgain() throws IOException {
        // The newer neighbour too: a post the site no longer has would show its new title (the posts' fields are
        // shared by path), but no neighbours.
        withArchives("[year, month]", "{{ page.date | date: \"%Y-%m\" }}:"
                + "{% for post in page.posts %} {{ post.title }} ({{ post.next.title }}){% endfor %}\n");
        session.build(OPTIONS, Set.of("_config.yml", "_layouts/archive.html"));
        String post = write(10, "Renamed", "Body 10.");
        BuildSession.Build done = session.build(OPTIONS, Set.of(post));
        assertTrue(page("2024/01/index.html").contains(" Renamed (Post 11) Post 9 (Renamed) "), page("2024/01/index.html"));
        assertEquals(wholeBuild("2024/01/index.html"), page("2024/01/index.html"));
        assertEquals(wholeBuild("2024/index.html"), page("2024/index.html"));
        assertPatched(done);
    }

    /**
     * A body edit on a site whose generators' pages (or a page's own Liquid) read the posts is patched too:
     * those pages are converted again, not the whole site read again; and the home page that shows the
     * newest post's excerpt shows the new one.
     */
    @Test
    void aBodyEditThatPagesReadIsPatchedAndConvertsThemAgain() throws IOException {
        withArchives("[year]", "{% for post in page.posts %}{{ post.title }} {% endfor %}\n");
        Files.writeString(site.resolve("index.html"), "---\n---\n{{ site.posts.first.excerpt }}"
                + "{% for post in site.posts %}{{ post.title }} {% endfor %}\n");
        session.build(OPTIONS, Set.of("_config.yml", "_layouts/archive.html", "index.html"));
        String post = write(20, "Post 20", "A new first paragraph.");
        BuildSession.Build done = session.build(OPTIONS, Set.of(post));
        assertPatched(done);
        assertTrue(page("index.html").contains("A new first paragraph."), page("index.html"));
        for (String path : List.of("index.html", "2024/index.html", "2024/01/20/post-20.html", "feed.xml")) {
            assertEquals(wholeBuild(path), page(path), path);
        }
    }

    /**
     * A patched build gives the site's warnings as a whole build does: the site's own (a file named wrongly)
     * stay, an edited post's come and go with it.
     */
    @Test
    void aPatchedBuildGivesTheWarningsAWholeBuildGives() throws IOException {
        Files.writeString(site.resolve("_posts/notes.md"), "---\ntitle: Undated\n---\nNo date.\n");
        BuildSession.Build first = session.build(OPTIONS, Set.of("_posts/notes.md"));
        assertEquals(wholeBuildWarnings(), first.result().warnings());
        // A date written day first, as Jekyll reads it: the same day as the file name's, and a warning.
        String post = write(10, "Post 10\ndate: 10/01/2024", "Body 10.");
        BuildSession.Build dated = session.build(OPTIONS, Set.of(post));
        assertPatched(dated);
        assertEquals(Set.copyOf(wholeBuildWarnings()), Set.copyOf(dated.result().warnings()));
        assertEquals(2, dated.result().warnings().size(), dated.result().warnings().toString());
        write(10, "Post 10", "Body 10 again.");
        BuildSession.Build filled = session.build(OPTIONS, Set.of(post));
        assertPatched(filled);
        assertEquals(wholeBuildWarnings(), filled.result().warnings());
    }

    private List<dev.colophon.diagnostic.Diagnostic> wholeBuildWarnings() throws IOException {
        return whole().warnings();
    }

    /** Turns jekyll-archives on for the {@code enabled} archives, with {@code layout} as their layout. */
    private void withArchives(String enabled, String layout) throws IOException {
        Files.writeString(site.resolve("_config.yml"), Files.readString(site.resolve("_config.yml"))
                .replace("plugins: [jekyll-feed]", "plugins: [jekyll-feed, jekyll-archives]")
                + "jekyll-archives:\n  enabled: " + enabled + "\n");
        Files.writeString(site.resolve("_layouts/archive.html"), layout);
    }

    /** The build patched the last build's site: it did not look for the site's files again. */
    private static void assertPatched(BuildSession.Build done) {
        assertEquals(java.time.Duration.ZERO, done.result().stages().get("discovery"), "the site was read again");
    }

    /**
     * The conversions kept across a configuration edit: a key Markdown reads converts every post again, as a
     * whole build would (code blocks get line numbers); the title, which it does not read, keeps them, and
     * the pages are still a whole build's.
     */
    @Test
    void aConfigurationEditConvertsAgainOnlyWhenMarkdownReadsTheKeyItChanged() throws IOException {
        String post = write(5, "Code", "```ruby\nputs 1\nputs 2\n```");
        session.build(OPTIONS, Set.of(post));
        String plain = page("2024/01/05/post-5.html");
        String config = Files.readString(site.resolve("_config.yml"));
        Files.writeString(site.resolve("_config.yml"), config
                + "kramdown:\n  syntax_highlighter_opts:\n    block:\n      line_numbers: true\n");
        session.build(OPTIONS, Set.of("_config.yml"));
        String numbered = page("2024/01/05/post-5.html");
        assertTrue(!numbered.equals(plain), numbered);
        assertEquals(wholeBuild("2024/01/05/post-5.html"), numbered);

        Files.writeString(site.resolve("_config.yml"), Files.readString(site.resolve("_config.yml"))
                .replace("title: Site", "title: Retitled"));
        session.build(OPTIONS, Set.of("_config.yml"));
        assertEquals(numbered, page("2024/01/05/post-5.html"), "the post layout shows no site title");
        assertEquals(wholeBuild("index.html"), page("index.html"));
        assertEquals(wholeBuild("feed.xml"), page("feed.xml"));
    }

    /** The file at {@code path} as a whole build of the site, as it is now, writes it. */
    private String wholeBuild(String path) throws IOException {
        return Files.readString(whole().destination().resolve(path));
    }

    /** A whole build of the site as it is now, by a fresh engine, into a folder of its own. */
    private dev.colophon.BuildResult whole() throws IOException {
        return Colophon.create().build(site, Files.createTempDirectory(builds, "whole"), OPTIONS);
    }

    private String write(int day, String title, String body) throws IOException {
        String path = String.format("_posts/2024-01-%02d-post-%d.md", day, day);
        Files.writeString(site.resolve(path), "---\nlayout: post\ntitle: " + title + "\n---\n" + body + "\n");
        return path;
    }

    private String page(String path) throws IOException {
        try (var in = session.memory().orElseThrow().file(path).orElseThrow().open()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
