package dev.colophon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example blog's feeds, read with ROME and Jackson as feed readers would. */
class ExampleFeedsTest {

    /** As feeds show titles: smartified, as jekyll-feed does. */
    private static final String TRICKY = "<Tom & “Jerry”> 🎉 日本";
    private static final List<String> NEWEST_FIRST = List.of(TRICKY, "In praise of small tools",
            "A naïve week in Zürich", "Escaping <angle brackets> & “quotes”", "Reading old code like a historian",
            "Notes on shared goals", "A release checklist that nags", "What my estimates taught me",
            "A plain-text notebook");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        Colophon.create().build(Path.of("blog"), out,
                BuildOptions.defaults().withNow(Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static SyndFeed rome(String file) throws Exception {
        try (Reader reader = Files.newBufferedReader(out.resolve(file))) {
            return new SyndFeedInput().build(reader);
        }
    }

    @Test
    void atom() throws Exception {
        SyndFeed feed = rome("feed.xml");
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(NEWEST_FIRST, feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        SyndEntry tricky = feed.getEntries().get(0);
        assertEquals("https://example.org/2023/04/01/titles-that-fight-back/", tricky.getLink());
        assertTrue(Files.readString(out.resolve("feed.xml")).contains("<published>2023-04-01T01:15:00+02:00</published>"));
        String content = feed.getEntries().get(5).getContents().get(0).getValue();
        assertTrue(content.contains("src=\"https://example.org/assets/sketch.svg\""), content);
    }

    @Test
    void rss() throws Exception {
        SyndFeed feed = rome("rss.xml");
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals(NEWEST_FIRST, feed.getEntries().stream().map(SyndEntry::getTitle).toList());
        assertTrue(Files.readString(out.resolve("rss.xml")).contains("<pubDate>Sat, 01 Apr 2023 01:15:00 +0200</pubDate>"));
        String description = feed.getEntries().get(5).getDescription().getValue();
        assertTrue(description.contains("src=\"https://example.org/assets/sketch.svg\""), description);
        assertTrue(!description.contains("src=\"/"), "no relative URL left: " + description);
    }

    @Test
    void jsonFeed() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("https://example.org/feed.json", feed.get("feed_url").asText());
        List<String> titles = StreamSupport.stream(feed.get("items").spliterator(), false)
                .map(item -> item.get("title").asText()).toList();
        assertEquals(NEWEST_FIRST, titles);
        JsonNode tricky = feed.get("items").get(0);
        // Written in Tokyo time; the blog sets timezone: Europe/Berlin, so, as in Jekyll, it is shown in Berlin time.
        assertEquals("2023-04-01T01:15:00+02:00", tricky.get("date_published").asText());
        assertEquals("https://example.org/2023/04/01/titles-that-fight-back/", tricky.get("url").asText());
        assertEquals("[\"colophon\",\"html\"]", tricky.get("tags").toString());
    }

    @Test
    void aFeedPerTag() throws Exception {
        assertEquals(List.of(TRICKY), rome("feed/by_tag/html.xml").getEntries().stream().map(SyndEntry::getTitle)
                .filter(TRICKY::equals).toList());
        assertTrue(Files.exists(out.resolve("sitemap.xml")));
        assertTrue(Files.readString(out.resolve("sitemap.xml"))
                .contains("<loc>https://example.org/2023/04/01/titles-that-fight-back/</loc>"));
    }
}
