package dev.colophon.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code {% seo %}} with front matter that is not plain: what the gem prints raw is escaped, and in safe
 * mode addresses that are not web addresses are left out.
 */
class SeoTagTest {

    private static final String CONFIG = "title: T\nurl: https://example.org\nfeed: false\nsitemap: false\n"
            + "tag_pages: false\ncategory_pages: false\ntwitter:\n  username: t\n";

    @TempDir
    Path temp;

    private TestSite site(String frontMatter, String body) {
        return TestSite.in(temp).file("_config.yml", CONFIG).file("_layouts/default.html", "{% seo %}")
                .file("_posts/2024-01-01-a.md", "---\nlayout: default\ntitle: A\n" + frontMatter + "---\n" + body + "\n");
    }

    @Test
    void whatTheGemPrintsRawIsEscaped() {
        TestSite site = site("author: {name: '\"><script>alert(1)</script>', twitter: '\" x=\"'}\nlang: '\" x=\"'\n"
                + "image: {path: /a.png, alt: '\" onerror=\"alert(1)', height: '\"'}\ntwitter: {card: '\" x=\"'}\n"
                + "canonical_url: 'https://example.org/?a=1&b=\"'\n", "Hi.");
        site.build();
        String html = site.output("2024/01/01/a.html");
        // jekyll-seo-tag 2.8 prints these as they are: content=""><script>alert(1)</script>" and so on.
        assertTrue(html.contains("<meta name=\"author\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" />"), html);
        assertTrue(html.contains("<meta name=\"twitter:creator\" content=\"@&quot; x=&quot;\" />"), html);
        assertTrue(html.contains("<meta property=\"og:locale\" content=\"&quot; x=&quot;\" />"), html);
        assertTrue(html.contains("<meta property=\"og:image:alt\" content=\"&quot; onerror=&quot;alert(1)\" />"), html);
        assertTrue(html.contains("<meta property=\"og:image:height\" content=\"&quot;\" />"), html);
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"&quot; x=&quot;\" />"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/?a=1&amp;b=&quot;\" />"), html);
        // The JSON-LD keeps the name as written, with no "<" that could end its script element.
        assertTrue(html.contains("\"name\":\"\\\">\\u003cscript>alert(1)\\u003c/script>\""), html);
        assertFalse(html.contains("<script>alert"), html);
    }

    @Test
    void plainValuesAreWrittenAsTheGemWritesThem() {
        TestSite site = site("author: Ada\nimage: /a.png\n", "Hi.");
        site.build();
        String html = site.output("2024/01/01/a.html");
        assertTrue(html.contains("<meta name=\"author\" content=\"Ada\" />"), html);
        assertTrue(html.contains("<meta property=\"og:image\" content=\"https://example.org/a.png\" />"), html);
        assertTrue(html.contains("\"author\":{\"@type\":\"Person\",\"name\":\"Ada\"}"), html);
    }

    @Test
    void inSafeModeScriptAddressesAreLeftOutAndTheExcerptIsEscapedOnce() {
        TestSite site = site("image: 'javascript:alert(1)'\ncanonical_url: ' JaVaScRiPt:alert(1)'\n",
                "Tom & Jerry *go*.\n\nMore.");
        site.build(TestSite.options().withSafe(true));
        String html = site.output("2024/01/01/a.html");
        assertFalse(html.contains("og:image") || html.toLowerCase().contains("javascript"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/2024/01/01/a.html\" />"), html);
        // The description comes from the excerpt, HTML already: its tags are stripped, not shown as text.
        assertTrue(html.contains("<meta name=\"description\" content=\"Tom &amp; Jerry go.\" />"), html);
    }
}
