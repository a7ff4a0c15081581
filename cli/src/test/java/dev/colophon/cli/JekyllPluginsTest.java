package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub Pages plugins built in: redirect-from, optional front matter, titles from headings, relative links. */
class JekyllPluginsTest {

    private static final String CONFIG = "url: https://example.org\nfeed: false\ntag_pages: false\ncategory_pages: false\n";

    @TempDir
    Path temp;

    @Test
    void redirectFromWritesRedirectPagesAndRedirectToReplacesThePage() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jekyll-redirect-from, jekyll-sitemap]\n")
                .file("_layouts/default.html", "<main>{{ content }}</main>")
                .file("new.md", "---\nlayout: default\nredirect_from: [/old/, /older.html]\n---\nNew.")
                .file("gone.md", "---\nredirect_to: https://elsewhere.org/\n---\nGone.");
        site.build();
        String old = site.output("old/index.html");
        assertTrue(old.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/new.html\">"), old);
        assertTrue(old.contains("<a href=\"https://example.org/new.html\">Click here if you are not redirected.</a>"));
        assertTrue(site.exists("older.html"));
        assertTrue(site.output("gone.html").contains("url=https://elsewhere.org/"));
        assertEquals("{\"/gone.html\":\"https://elsewhere.org/\",\"/old/\":\"https://example.org/new.html\","
                + "\"/older.html\":\"https://example.org/new.html\"}", site.output("redirects.json"));
        assertFalse(site.output("sitemap.xml").contains("old"), "redirects are not in the sitemap");
    }

    @Test
    void optionalFrontMatterAndTitlesFromHeadings() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", CONFIG + "plugins: [jekyll-optional-front-matter, jekyll-titles-from-headings]\n")
                .file("_layouts/page.html", "<title>{{ page.title }}</title>{{ content }}")
                .file("_layouts/default.html", "{{ content }}")
                .file("guide.md", "# The guide\n\nText.")
                .file("README.md", "# Repository readme")
                .file("notes.md", "---\nlayout: page\n---\nUsage\n=====\n\nMore.");
        site.build();
        assertEquals("<h1 id=\"the-guide\">The guide</h1>\n<p>Text.</p>\n", site.output("guide.html"));
        assertFalse(site.exists("README.html"), "repository files stay out");
        assertTrue(site.exists("README.md"), "copied as a static file, as Jekyll does");
        assertTrue(site.output("notes.html").startsWith("<title>Usage</title>"), site.output("notes.html"));
    }

    @Test
    void relativeLinksToMarkdownSourcesPointAtTheirPages() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jekyll-relative-links]\n")
                .file("_layouts/default.html", "{{ content }}")
                .file("docs/a.md", "---\n---\nSee [b](b.md#part), [post](../_posts/2021-01-01-p.md) and [x](missing.md).")
                .file("docs/b.md", "---\n---\nB.")
                .file("_posts/2021-01-01-p.md", "---\n---\nP.");
        site.build();
        assertEquals("<p>See <a href=\"/docs/b.html#part\">b</a>, <a href=\"/2021/01/01/p.html\">post</a> and "
                + "<a href=\"missing.md\">x</a>.</p>\n", site.output("docs/a.html"));
    }

    @Test
    void aSitesOwnFeedIsWrittenAndOursStepsAsideAsJekyllFeedDoes() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG.replace("feed: false\n", "")
                + "plugins: [jekyll-feed]\n")
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA")
                .file("feed.xml", "---\nlayout: null\n---\n<rss version=\"2.0\"><channel><title>Own</title>"
                        + "<link>https://example.org/</link><description>d</description></channel></rss>\n");
        site.build();
        assertTrue(site.output("feed.xml").contains("<title>Own</title>"), site.output("feed.xml"));
    }

    @Test
    void aSiteThatListsItsPluginsGetsTheFeedAndSitemapOfThePluginsItLists() {
        String base = "url: https://example.org\ntag_pages: false\ncategory_pages: false\n";
        TestSite site = TestSite.in(temp).file("_config.yml", base + "plugins: [jekyll-seo-tag]\n")
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA");
        site.build();
        assertFalse(site.exists("feed.xml") || site.exists("rss.xml") || site.exists("feed.json"), "as Jekyll: none");
        assertFalse(site.exists("sitemap.xml") || site.exists("robots.txt"));

        site.file("_config.yml", base + "plugins: [jekyll-feed, jekyll-sitemap]\n").build();
        assertTrue(site.exists("feed.xml") && site.exists("sitemap.xml"));
        assertFalse(site.exists("rss.xml") || site.exists("feed.json"), "jekyll-feed writes Atom only");

        site.file("_config.yml", base + "plugins: [jekyll-feed]\nfeed: {rss: true}\nsitemap: true\n").build();
        assertTrue(site.exists("rss.xml") && site.exists("sitemap.xml"), "what the configuration asks for");

        site.file("_config.yml", base).build();
        assertTrue(site.exists("feed.xml") && site.exists("rss.xml") && site.exists("feed.json")
                && site.exists("sitemap.xml"), "a site that lists no plugins gets Colophon's defaults");
    }

    @Test
    void aSitesOwnSitemapIsWrittenAndOursStepsAsideAsJekyllSitemapDoes() {
        TestSite site = TestSite.in(temp).file("_config.yml", CONFIG + "plugins: [jekyll-sitemap]\n")
                .file("pages/sitemap.xml", "---\nlayout: null\npermalink: /sitemap.xml\n---\n<urlset>own</urlset>\n");
        site.build();
        assertEquals("<urlset>own</urlset>\n", site.output("sitemap.xml"));
        assertTrue(site.exists("robots.txt"));
    }
}
