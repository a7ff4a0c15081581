package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildResult;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sites built with every plugin, checked file by file. */
class EndToEndTest {

    @TempDir
    Path temp;

    /** For tests about something else: no feeds, sitemap or tag pages in the output. */
    private static final String PLAIN = "feed: false\nsitemap: false\ntag_pages: false\ncategory_pages: false\n";

    private static final String CONFIG = """
            title: Field Notes
            description: Slow thoughts on fast software
            url: https://example.org
            author:
              name: Ada Lovelace
              bio: Writes about engines and the notes around them.
            """;

    @Test
    void postPageShowsWhatAReaderExpects() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", CONFIG)
                .file("_posts/2021-03-26-notes-on-shared-goals.md", """
                        ---
                        layout: post
                        title: Notes on shared goals
                        ---
                        It's a short post, with an image ![a sketch of many words](/assets/sketch.png) -- and "curly" quotes.
                        """)
                .bytes("assets/sketch.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        BuildResult result = site.build();

        assertEquals(1, result.posts());
        String html = site.output("2021/03/26/notes-on-shared-goals.html");
        assertTrue(html.contains("<a class=\"site-title\" href=\"/\">Field Notes</a>"), html);
        assertTrue(html.contains("<p class=\"site-tagline\">Slow thoughts on fast software</p>"), html);
        assertTrue(html.contains("<h1 class=\"post-title\">Notes on shared goals</h1>"), html);
        // 11 words: the image's alt text is not counted.
        assertTrue(html.contains("11 words from <time datetime=\"2021-03-26T00:00:00+00:00\">26 March 2021</time>"),
                html);
        assertTrue(html.contains("It’s a short post"), html);
        assertTrue(html.contains("– and “curly” quotes."), html);
        assertTrue(html.contains("<img src=\"/assets/sketch.png\" alt=\"a sketch of many words\""), html);
        assertTrue(html.contains("<span class=\"author-name\">Ada Lovelace</span>"), html);
        assertTrue(html.contains("Writes about engines and the notes around them."), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/2021/03/26/notes-on-shared-goals.html\" />"), html);
        assertTrue(site.exists("assets/sketch.png"));
        assertTrue(site.exists("assets/colophon.css"));
    }

    @Test
    void titlesAreEscapedAndPostsListedNewestFirst() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", PLAIN)
                .file("_posts/2021-01-01-older.md", "---\ntitle: Older\n---\nFirst paragraph of older.\n\nSecond.")
                .file("_posts/2021-02-01-newer.md", "---\ntitle: <Tom & \"Jerry\">\n---\nNewer *body*.");
        site.build();
        String home = site.output("index.html");
        assertTrue(home.indexOf("&lt;Tom &amp; &quot;Jerry&quot;&gt;") < home.indexOf("Older"), home);
        assertTrue(home.contains("<p>First paragraph of older.</p>"), home);
        assertFalse(home.contains("Second."), home);
        String post = site.output("2021/02/01/newer.html");
        assertTrue(post.contains("<title>&lt;Tom &amp; &quot;Jerry&quot;&gt;</title>"), post);
        assertFalse(post.contains("<Tom"), post);
    }

    @Test
    void layoutsNestIncludesTakeParametersAndLiquidRunsBeforeMarkdown() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", PLAIN + "title: Nested\nshow_me: a config value\n")
                .file("_layouts/default.html", """
                        <!DOCTYPE html><html><head><title>{{ page.title }}</title></head>
                        <body>{% include nav.html active=page.title %}{{ content }}</body></html>
                        """)
                .file("_layouts/post.html", "---\nlayout: default\nkind: post\n---\n<article data-kind=\"{{ layout.kind }}\">{{ content }}</article>")
                .file("_includes/nav.html", "<nav>{{ site.title }}: {{ include.active }}</nav>")
                .file("_posts/2021-01-01-liquid.md", """
                        ---
                        title: Liquid first
                        layout: post
                        ---
                        **{{ site.show_me }}** and {% raw %}{{ not rendered }}{% endraw %}.

                        {% for tag in site.tags %}{{ tag }}{% endfor %}Posts: {{ site.posts.size }}
                        """);
        site.build();
        String html = site.output("2021/01/01/liquid.html");
        assertTrue(html.startsWith("<!DOCTYPE html><html><head><title>Liquid first</title></head>"), html);
        assertTrue(html.contains("<nav>Nested: Liquid first</nav>"), html);
        assertTrue(html.contains("<article data-kind=\"post\">"), html);
        assertTrue(html.contains("<strong>a config value</strong> and {{ not rendered }}."), html);
        assertTrue(html.contains("Posts: 1"), html);
        assertFalse(site.exists("index.html"), "a site with its own layouts gets no theme home page");
        assertFalse(site.exists("assets/colophon.css"));
    }

    @Test
    void withoutLayoutInFrontMatterJekyllUsesNoneUnlessTheDefaultLayoutPluginIsListed() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", PLAIN)
                .file("_layouts/post.html", "POST {{ content }}")
                .file("_layouts/home.html", "HOME {{ content }}")
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA.")
                .file("index.md", "---\n---\nIndex.");
        site.build();
        assertEquals("<p>A.</p>\n", site.output("2021/01/01/a.html"));
        site.file("_config.yml", PLAIN + "plugins: [jekyll-default-layout, jekyll-unheard-of]\n");
        BuildResult result = site.build();
        assertEquals("POST <p>A.</p>\n", site.output("2021/01/01/a.html"));
        assertEquals("HOME <p>Index.</p>\n", site.output("index.html"));
        assertEquals("_config.yml: warning: plugin 'jekyll-unheard-of' is not built into Colophon; what it adds will "
                + "be missing (remove it from plugins:, or find a Colophon plugin for it)", result.warnings().get(0).toString());
    }

    @Test
    void staticFilesAreCopiedAndHiddenFilesSkipped() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", PLAIN + "exclude: [notes.txt]\n")
                .file("robots.txt", "User-agent: *\n")
                .file("css/site.css", "body{}")
                .file("notes.txt", "private")
                .file("_private/secret.md", "---\n---\nsecret")
                .file(".hidden", "x")
                .file("backup.md~", "x")
                .file("feed.xml", "---\n---\n<rss>{{ site.posts.size }}</rss>");
        site.build();
        assertEquals(List.of("assets/colophon.css", "assets/favicon.svg", "css/site.css", "feed.xml", "index.html", "robots.txt"),
                site.outputs());
        assertEquals("<rss>0</rss>", site.output("feed.xml"));
        assertEquals("User-agent: *\n", site.output("robots.txt"));
    }
}
