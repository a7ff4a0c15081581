package dev.colophon.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildResult;
import dev.colophon.testkit.TestSite;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {

    @TempDir
    Path temp;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    @Test
    void tenNewestPostsWithAbsoluteLinksAndEscapedTitles() throws Exception {
        TestSite site = TestSite.in(temp).file("_config.yml", "title: Feeds\nurl: https://example.org/\nbaseurl: /blog\n");
        for (int day = 1; day <= 12; day++) {
            site.file(String.format("_posts/2021-01-%02d-post-%d.md", day, day),
                    "---\ntitle: Post " + day + "\ndate: 2021-01-" + String.format("%02d", day) + " 10:00:00 +0200\n---\nBody " + day);
        }
        site.file("_posts/2021-02-01-tricky.md",
                "---\ntitle: \"<Tom & \\\"Jerry\\\"> 🎉 日本 \\x01\"\ntags: [x]\n---\nSee ![pic](/a.png) and [home](/).");
        site.build();
        Document feed = parse(site.output("feed.xml"));
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(10, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("<Tom & \"Jerry\"> 🎉 日本 ", text(first, "title"), "control character removed, rest kept");
        assertEquals("https://example.org/blog/2021/02/01/tricky.html", text(first, "id"));
        Element content = (Element) first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").item(0);
        assertEquals("https://example.org/blog/2021/02/01/tricky.html",
                content.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base"));
        Element second = (Element) entries.item(1);
        assertEquals("Post 12", text(second, "title"));
        assertEquals("2021-01-12T10:00:00+02:00", text(second, "published"), "the offset as written");
        assertEquals("Post 4", text((Element) entries.item(9), "title"));
        assertEquals("https://example.org/blog/feed.xml",
                ((Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0)).getAttribute("href"));
    }

    @Test
    void noUrlMeansNoFeedAndAWarning() {
        TestSite site = TestSite.in(temp).file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA");
        BuildResult result = site.build();
        assertFalse(site.exists("feed.xml"));
        assertEquals("_config.yml: warning: no feed written: 'url' is not set (set url: https://your.host in _config.yml)",
                result.warnings().get(0).toString());
    }

    @Test
    void emptySiteStillHasAValidFeed() throws Exception {
        TestSite site = TestSite.in(temp).file("_config.yml", "url: https://example.org\n");
        site.build();
        Document feed = parse(site.output("feed.xml"));
        assertEquals(0, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertTrue(text(feed.getDocumentElement(), "updated").startsWith("2024-06-01T12:00:00"));
    }
}
