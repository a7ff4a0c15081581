package dev.colophon.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.colophon.BuildResult;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every feed read back with a real feed library (ROME) or Jackson, as a feed reader would. */
class FeedsTest {

    private static final String TRICKY = "<Tom & \"Jerry\"> 🎉 日本";
    /** The title as feeds show it: smartified, as jekyll-feed does. */
    private static final String TRICKY_SMART = "<Tom & “Jerry”> 🎉 日本";
    private static final String CONFIG = "title: Feeds & Things\ndescription: About <feeds>\nurl: https://example.org/\n"
            + "baseurl: /blog\nauthor:\n  name: Ada\n";

    @TempDir
    Path temp;

    private static SyndFeed rome(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private TestSite site(String config) {
        return TestSite.in(temp).file("_config.yml", config);
    }

    private static void posts(TestSite site, int count) {
        for (int day = 1; day <= count; day++) {
            site.file(String.format("_posts/2021-01-%02d-post-%d.md", day, day), "---\ntitle: Post " + day
                    + "\ndate: 2021-01-" + String.format("%02d", day) + " 10:00:00 +0200\n---\nBody " + day);
        }
    }

    @Test
    void aFeedWithoutPostsIsDatedByTheBuildSoARememberedBuildIsNotReusedLater() throws Exception {
        TestSite site = site(CONFIG);
        // Old files: a file written in the last seconds never counts as unchanged.
        try (var files = java.nio.file.Files.walk(site.source())) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
            }
        }
        dev.colophon.Colophon colophon = dev.colophon.Colophon.builder().rememberBuilds(true).build();
        java.time.Instant dayAfter = TestSite.NOW.plus(java.time.Duration.ofDays(1));

        colophon.build(site.source(), site.destination(), TestSite.options());
        assertEquals(TestSite.NOW, rome(site.output("feed.xml")).getPublishedDate().toInstant());
        BuildResult later = colophon.build(site.source(), site.destination(), TestSite.options().withNow(dayAfter));

        assertFalse(later.stages().containsKey("unchanged"), later.stages().toString());
        assertEquals(dayAfter, rome(site.output("feed.xml")).getPublishedDate().toInstant());
        assertEquals(dayAfter, rome(site.output("rss.xml")).getPublishedDate().toInstant());
        // With a post, the feeds are dated by it: the next day's build of the same files changes nothing.
        posts(site, 1);
        java.nio.file.Files.setLastModifiedTime(site.source().resolve("_posts/2021-01-01-post-1.md"),
                java.nio.file.attribute.FileTime.fromMillis(0));
        colophon.build(site.source(), site.destination(), TestSite.options());
        assertTrue(colophon.build(site.source(), site.destination(), TestSite.options().withNow(dayAfter))
                .stages().containsKey("unchanged"));
    }

    @Test
    void allThreeFeedsCarryTheSamePostsWithAbsoluteLinksAndEscapedText() throws Exception {
        TestSite site = site(CONFIG);
        posts(site, 3);
        site.file("_posts/2021-02-01-tricky.md", "---\ntitle: \"" + TRICKY.replace("\"", "\\\"") + " \\x01\"\n"
                + "date: 2021-02-01 23:30:00 -05:00\ntags: [x, y]\ncategories: news\n---\n" // 2 February in UTC, the site's zone
                + "First paragraph with ![pic](/img/a.png) and [home](/) and [rel](other/) and [note](#n).\n\nMore.");
        site.build();

        SyndFeed atom = rome(site.output("feed.xml"));
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals(4, atom.getEntries().size());
        SyndEntry first = atom.getEntries().get(0);
        assertEquals(TRICKY_SMART + " ", first.getTitle(), "the control character is removed, the rest kept");
        assertEquals("https://example.org/blog/news/2021/02/02/tricky.html", first.getLink());
        assertEquals("2021-02-02T04:30:00Z", first.getPublishedDate().toInstant().toString());
        assertTrue(site.output("feed.xml").contains("<published>2021-02-02T04:30:00Z</published>"),
                "in the site's zone, UTC");
        assertEquals(List.of("news", "x", "y"), first.getCategories().stream().map(c -> c.getName()).toList());
        String content = first.getContents().get(0).getValue();
        assertTrue(content.contains("src=\"https://example.org/img/a.png\""), content);
        assertTrue(content.contains("href=\"https://example.org/\""), content);
        assertTrue(content.contains("href=\"https://example.org/blog/news/2021/02/02/other/\""), content);
        assertTrue(content.contains("href=\"https://example.org/blog/news/2021/02/02/tricky.html#n\""), content);
        assertEquals("Post 3", atom.getEntries().get(1).getTitle());

        SyndFeed rss = rome(site.output("rss.xml"));
        assertEquals("rss_2.0", rss.getFeedType());
        assertEquals("Feeds & Things", rss.getTitle());
        assertEquals(4, rss.getEntries().size());
        assertEquals(TRICKY_SMART + " ", rss.getEntries().get(0).getTitle());
        assertEquals("https://example.org/blog/news/2021/02/02/tricky.html", rss.getEntries().get(0).getUri());
        assertTrue(site.output("rss.xml").contains("<pubDate>Tue, 02 Feb 2021 04:30:00 +0000</pubDate>"),
                site.output("rss.xml"));
        assertTrue(rss.getEntries().get(0).getDescription().getValue().contains("src=\"https://example.org/img/a.png\""));

        JsonNode feed = json(site.output("feed.json"));
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("https://example.org/blog/feed.json", feed.get("feed_url").asText());
        assertEquals("https://example.org/blog/", feed.get("home_page_url").asText());
        JsonNode item = feed.get("items").get(0);
        assertEquals(4, feed.get("items").size());
        assertEquals(TRICKY_SMART + " ", item.get("title").asText());
        assertEquals("2021-02-02T04:30:00Z", item.get("date_published").asText());
        assertEquals("First paragraph with and home and rel and note.", item.get("summary").asText());
        assertTrue(item.get("content_html").asText().contains("src=\"https://example.org/img/a.png\""));
        assertEquals("[\"news\",\"x\",\"y\"]", item.get("tags").toString());
        assertEquals("Ada", item.get("authors").get(0).get("name").asText());
    }

    @Test
    void feedsHoldExactlyTheLimitNewestFirstAndNeverDraftsOrFuturePosts() throws Exception {
        TestSite site = site(CONFIG + "feed:\n  limit: 5\n");
        posts(site, 12);
        site.file("_posts/2021-03-01-draft.md", "---\ntitle: Draft\ndraft: true\n---\nNo.")
                .file("_posts/2030-01-01-future.md", "---\ntitle: Future\n---\nNo.");
        site.build(TestSite.options().withDrafts(true).withFuture(true));
        assertTrue(site.output("sitemap.xml").contains("/2030/01/01/future.html"), "published on the site...");
        SyndFeed atom = rome(site.output("feed.xml"));
        assertEquals(List.of("Post 12", "Post 11", "Post 10", "Post 9", "Post 8"),
                atom.getEntries().stream().map(SyndEntry::getTitle).toList(), "...but never in a feed");
        assertEquals(5, rome(site.output("rss.xml")).getEntries().size());
        assertEquals(5, json(site.output("feed.json")).get("items").size());
    }

    @Test
    void aSiteWithoutPostsStillHasValidFeeds() throws Exception {
        TestSite site = site(CONFIG);
        site.build();
        assertEquals(0, rome(site.output("feed.xml")).getEntries().size());
        assertEquals(0, rome(site.output("rss.xml")).getEntries().size());
        assertEquals(0, json(site.output("feed.json")).get("items").size());
    }

    @Test
    void aSitemapSettingThatIsNoBooleanIsOneWarningAndTheSitemapIsWritten() {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", "url: https://example.org\nfeed: false\nlang: fr\nsitemap: maybe\n")
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA");
        BuildResult result = site.build();
        assertTrue(site.exists("sitemap.xml"));
        assertEquals(List.of("_config.yml: warning: 'sitemap' must be true or false, not 'maybe' (write sitemap: false"
                + " to leave the sitemap out; until then it is written)"),
                result.warnings().stream().map(Object::toString).toList());
    }

    @Test
    void theSiteLanguageIsTheLanguageOfTheRssAndJsonFeedsEvenWhenEmpty() throws Exception {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", "url: https://example.org\nlang: fr-CA\n")
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA");
        site.build();
        assertTrue(site.output("rss.xml").contains("<language>fr-CA</language>"), site.output("rss.xml"));
        assertEquals("fr-CA", json(site.output("feed.json")).get("language").asText());

        site.file("_config.yml", "url: https://example.org\nlang: ''\n").build();
        assertTrue(site.output("rss.xml").contains("<language></language>"), site.output("rss.xml"));
        assertEquals("", json(site.output("feed.json")).get("language").asText());

        site.file("_config.yml", "url: https://example.org\n").build();
        assertFalse(site.output("rss.xml").contains("<language>"), site.output("rss.xml"));
        assertFalse(json(site.output("feed.json")).has("language"));
    }

    @Test
    void withoutUrlNoFeedIsWrittenAndTheBuildSaysSoOnce() {
        TestSite site = TestSite.in(temp).file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA");
        BuildResult result = site.build();
        assertFalse(site.exists("feed.xml") || site.exists("rss.xml") || site.exists("feed.json"));
        assertEquals(List.of("_config.yml: warning: no feeds written: 'url' is not set (feeds need absolute addresses;"
                + " add url: https://your.host to _config.yml, or switch them off with feed: false)",
                "_config.yml: warning: no sitemap written: 'url' is not set (a sitemap needs absolute "
                + "addresses; add url: https://your.host to _config.yml)"),
                result.warnings().stream().map(Object::toString).sorted().toList());

        site.file("_config.yml", "feed: false\n");
        result = site.build();
        assertEquals(1, result.warnings().size(), "feeds switched off are not missed");
    }

    @Test
    void settingsChoosePathsExcerptsAndPerTagAndCategoryFeeds() throws Exception {
        TestSite site = site(CONFIG + "feed:\n  path: /atom.xml\n  rss: false\n  json_path: /feed/index.json\n"
                + "  excerpt_only: true\n  tags:\n    except: [skip]\n  categories: [news]\n");
        site.file("_posts/2021-01-01-a.md", "---\ntitle: A\ntags: [java, skip]\ncategories: news\n---\nShort.\n\nLong part.")
                .file("_posts/2021-01-02-b.md", "---\ntitle: B\ntags: [Java Tools]\n---\nB.");
        site.build();
        assertFalse(site.exists("rss.xml"));
        assertFalse(site.exists("feed.xml"));
        SyndFeed atom = rome(site.output("atom.xml"));
        assertTrue(atom.getEntries().get(1).getContents().isEmpty(), "excerpt only: no content");
        assertEquals("<p>Short.</p>", atom.getEntries().get(1).getDescription().getValue());
        assertEquals("<p>Short.</p>", json(site.output("feed/index.json")).get("items").get(1).get("content_html").asText());
        assertEquals(List.of("A"), rome(site.output("feed/by_tag/java.xml")).getEntries().stream().map(SyndEntry::getTitle).toList());
        assertEquals(List.of("B"), rome(site.output("feed/by_tag/java-tools.xml")).getEntries().stream().map(SyndEntry::getTitle).toList());
        assertFalse(site.exists("feed/by_tag/skip.xml"));
        assertEquals(1, rome(site.output("feed/news.xml")).getEntries().size());
    }

    @Test
    void wrongTypesInFeedSettingsAreErrorsAtTheirLine() {
        TestSite site = site(CONFIG + "feed:\n  limit: many\n  rss: maybe\npaginate: two\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals(List.of(
                "_config.yml:7:1: error: 'feed.limit' must be a whole number, 0 or more (see the configuration section of the README)",
                "_config.yml:7:1: error: 'feed.rss' must be true or false (see the configuration section of the README)",
                "_config.yml:10:1: error: 'paginate' must be a whole number, 0 or more (see the configuration section of the README)"),
                e.errors().stream().map(Object::toString).toList());
    }

    @Test
    void sitemapListsPostsAndPagesAndRobotsPointsAtIt() {
        TestSite site = site(CONFIG);
        posts(site, 2);
        site.file("about.md", "---\ntitle: About\nlast_modified_at: 2022-02-02\n---\nMe.")
                .file("secret.md", "---\ntitle: Secret\nsitemap: false\n---\nShh.")
                .file("_posts/2021-01-05-hidden.md", "---\ntitle: Hidden\nsitemap: false\n---\nShh.");
        site.build();
        String sitemap = site.output("sitemap.xml");
        assertTrue(sitemap.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"), sitemap);
        assertTrue(sitemap.contains("<url><loc>https://example.org/blog/2021/01/02/post-2.html</loc>"
                + "<lastmod>2021-01-02T08:00:00Z</lastmod></url>"), sitemap);
        assertTrue(sitemap.contains("<url><loc>https://example.org/blog/about.html</loc>"
                + "<lastmod>2022-02-02T00:00:00Z</lastmod></url>"), sitemap);
        assertFalse(sitemap.contains("secret"), sitemap);
        assertFalse(sitemap.contains("hidden"), sitemap);
        assertEquals("Sitemap: https://example.org/blog/sitemap.xml\n", site.output("robots.txt"));

        // A page's date without an offset is read in the site's zone at that date, whenever the site is built.
        site.file("_config.yml", CONFIG + "timezone: Europe/Berlin\n")
                .file("winter.md", "---\ntitle: Winter\nlast_modified_at: 2022-02-02 10:00:00\n---\nCold.")
                .file("summer.md", "---\ntitle: Summer\nlast_modified_at: 2022-07-07\n---\nWarm.");
        for (String now : List.of("2024-01-15T12:00:00Z", "2024-07-15T12:00:00Z")) {
            site.build(TestSite.options().withNow(java.time.Instant.parse(now)));
            String again = site.output("sitemap.xml");
            assertTrue(again.contains("winter.html</loc><lastmod>2022-02-02T10:00:00+01:00</lastmod>"), now + again);
            assertTrue(again.contains("summer.html</loc><lastmod>2022-07-07T00:00:00+02:00</lastmod>"), now + again);
        }

        site.file("robots.txt", "User-agent: *\nDisallow: /private/\n");
        site.build();
        assertEquals("User-agent: *\nDisallow: /private/\n", site.output("robots.txt"), "the site's own wins");
    }
}
