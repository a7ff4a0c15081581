package dev.colophon.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.NastyText;
import dev.colophon.testkit.TestSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Whatever the titles, tags, bodies and site settings hold, every feed is well-formed XML or valid JSON with
 * every post in it. Random text from {@link NastyText}, many posts in one site, so one build checks ~200 cases.
 */
class FeedPropertiesTest {

    private static final int POSTS = 200;

    @TempDir
    Path temp;

    @Test
    void feedsStayWellFormedWhateverTheTextInThem() throws Exception {
        NastyText nasty = NastyText.seeded();
        TestSite site = TestSite.in(temp).file("_config.yml", "url: https://example.org\n"
                + "title: " + NastyText.yamlQuoted(nasty.text(1, 6)) + "\n"
                + "description: " + NastyText.yamlQuoted(nasty.text(1, 6)) + "\n"
                + "author:\n  name: " + NastyText.yamlQuoted(nasty.text(1, 4)) + "\n"
                + "feed:\n  limit: " + POSTS + "\n  tags: true\n");
        for (int i = 0; i < POSTS; i++) {
            site.file(String.format("_posts/2020-01-01-post-%03d.md", i), post(nasty, i));
        }
        try {
            site.build();
        } catch (BuildFailedException e) {
            throw new AssertionError(nasty.replay() + ": the build failed: " + e.errors(), e);
        }

        List<String> xmlFiles = files(site.destination(), ".xml");
        assertTrue(xmlFiles.containsAll(List.of("feed.xml", "rss.xml", "sitemap.xml")), xmlFiles::toString);
        for (String xml : xmlFiles) {
            wellFormed(site.destination().resolve(xml), nasty);
        }
        Document atom = wellFormed(site.destination().resolve("feed.xml"), nasty);
        assertEquals(POSTS, atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength(),
                nasty::replay);
        assertEquals(POSTS, wellFormed(site.destination().resolve("rss.xml"), nasty).getElementsByTagName("item")
                .getLength(), nasty::replay);

        JsonNode json;
        try {
            json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                    .readTree(Files.readAllBytes(site.destination().resolve("feed.json")));
        } catch (IOException e) {
            throw new AssertionError(nasty.replay() + ": feed.json is not JSON: " + e.getMessage(), e);
        }
        assertTrue(json.path("items").isArray(), nasty::replay);
        assertEquals(POSTS, json.get("items").size(), nasty::replay);
        // Every title is found again, marker and all, in each feed: nothing was cut off or mangled into
        // something else.
        for (int i = 0; i < POSTS; i++) {
            String marker = marker(i);
            String title = json.get("items").get(POSTS - 1 - i).path("title").asText();
            assertTrue(title.contains(marker), () -> nasty.replay() + ": title " + title + " lost " + marker);
        }
    }

    /** The same marker in every title, with a number: found again in each feed, whatever surrounds it. */
    private static String marker(int i) {
        return String.format("<x-ID%03d>", i);
    }

    /**
     * A post with a random title, tags and body. Half of them switch Liquid off and may hold Liquid syntax;
     * the others are rendered as Liquid, so their bodies hold none (an unbalanced {@code {%} is an error for
     * the author to fix, not text to escape).
     */
    private static String post(NastyText nasty, int i) {
        boolean liquid = i % 2 == 0;
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(NastyText.yamlQuoted(nasty.text(0, 5) + " " + marker(i) + " " + nasty.text(0, 5)))
                .append('\n');
        // Distinct times on one day: the feeds list the posts in the order they were written.
        text.append(String.format("date: 2020-01-01 %02d:%02d:00 +0000%n", i / 60, i % 60));
        text.append("tags: [");
        int tags = nasty.random().nextInt(3);
        for (int t = 0; t < tags; t++) {
            // Each tag starts with its own id: two tags whose slugs are the same ("C++" and "C#" are both "c")
            // fail the build today, as two feeds for one path; that is not what this test is about.
            text.append(t > 0 ? ", " : "").append(NastyText.yamlQuoted(String.format("t%03d%d ", i, t)
                    + nasty.text(1, 3)));
        }
        text.append("]\n");
        if (!liquid) {
            text.append("render_with_liquid: false\n");
        }
        text.append("---\n");
        for (int p = nasty.random().nextInt(4); p >= 0; p--) {
            text.append(nasty.text(1, 12, !liquid)).append("\n\n");
        }
        return text.toString();
    }

    /** Parses with a namespace-aware, non-validating parser that refuses DOCTYPEs; fails with the seed. */
    private static Document wellFormed(Path file, NastyText nasty) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        byte[] bytes = Files.readAllBytes(file);
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            fail(nasty.replay() + ": " + file + " is not well-formed at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage() + "\n"
                    + around(bytes, e.getLineNumber(), e.getColumnNumber()));
            throw e;
        }
    }

    /** The text around a line and column, with the characters that do not print shown as escapes. */
    private static String around(byte[] bytes, int line, int column) {
        List<String> lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        if (line < 1 || line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1);
        int from = Math.max(0, column - 80);
        int to = Math.min(text.length(), column + 40);
        StringBuilder out = new StringBuilder();
        text.substring(from, to).codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE
                    || cp == 0xFFFF) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static List<String> files(Path root, String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<String> found = new ArrayList<>();
            paths.filter(p -> p.toString().endsWith(extension)).forEach(p -> found.add(root.relativize(p).toString()));
            return found;
        }
    }
}
