package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ParseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Safe mode's Markdown, checked against exact HTML; the end-to-end checks are in the cli module. */
class SafeMarkdownTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static String safe(String markdown) {
        return PARSER.toHtml(markdown, new ParseContext("_posts/2024-01-01-safe.md", 5,
                SiteConfig.defaults().withSafe(true)));
    }

    private static String trusted(String markdown) {
        return PARSER.toHtml(markdown, new ParseContext("_posts/2024-01-01-safe.md", 5, SiteConfig.defaults()));
    }

    @Test
    void rawHtmlIsEscapedBlockInlineAndComments() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", safe("<script>alert(1)</script>"));
        assertEquals("<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n", safe("a <img src=x onerror=alert(1)> b"));
        assertEquals("<p>a &lt;!-- hidden --&gt; b</p>\n", safe("a <!-- hidden --> b"));
        assertEquals("<script>alert(1)</script>\n", trusted("<script>alert(1)</script>"));
    }

    @Test
    void kramdownsMarkdownAttributeAndNomarkdownBringNoHtmlBack() {
        assertEquals("<p>&lt;div markdown=&quot;1&quot;&gt;*x*&lt;/div&gt;</p>\n",
                safe("<div markdown=\"1\">*x*</div>"));
        assertEquals("<p>&lt;b onclick=&quot;alert(1)&quot;&gt;x&lt;/b&gt;</p>\n",
                safe("{::nomarkdown}<b onclick=\"alert(1)\">x</b>{:/nomarkdown}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
            "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)",
            "java\\&#x0A;script:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4="})
    void scriptAddressesAreDroppedFromLinksImagesAndReferences(String url) {
        assertEquals("<p>a <em>link</em> b</p>\n", safe("a [*link*](" + url + ") b"));
        assertEquals("<p>a picture b</p>\n", safe("a ![picture](" + url + ") b"));
        assertEquals("<p>a link and picture</p>\n", safe("a [link][x] and ![picture][x]\n\n[x]: " + url));
    }

    @Test
    void scriptAutolinksAreText() {
        assertEquals("<p>JaVaScRiPt:alert(1)</p>\n", safe("<JaVaScRiPt:alert(1)>"));
        assertEquals("<p>javascript://x%0Aalert(1)</p>\n", safe("javascript://x%0Aalert(1)"));
    }

    @Test
    void ordinaryAddressesStay() {
        assertEquals("<p><a href=\"https://example.org/a?b=c\">web</a> <a href=\"../notes/\">notes</a> "
                        + "<a href=\"mailto:me@example.org\">mail</a> <a href=\"https://example.org\">https://example.org</a></p>\n",
                safe("[web](https://example.org/a?b=c) [notes](../notes/) [mail](mailto:me@example.org) "
                        + "<https://example.org>"));
    }

    @Test
    void imagesKeepDataImageAddressesLinksDoNot() {
        assertEquals("<p><img src=\"data:image/png;base64,iVBORw0=\" alt=\"dot\" /></p>\n",
                safe("![dot](data:image/png;base64,iVBORw0=)"));
        assertEquals("<p>dot</p>\n", safe("[dot](data:image/png;base64,iVBORw0=)"));
    }

    @Test
    void attributeListsSetNoHandlersAddressesOrStyles() {
        assertEquals("<p><a href=\"https://example.org\" class=\"x\" title=\"t\" data-n=\"1\">a</a></p>\n",
                safe("[a](https://example.org){: .x title=\"t\" data-n=\"1\" onclick=\"alert(1)\""
                        + " href=\"javascript:alert(1)\" style=\"position:fixed\"}"));
        assertEquals("<p id=\"p\" onmouseover=\"alert(1)\">a</p>\n", trusted("a\n{: #p onmouseover=\"alert(1)\"}"));
        assertEquals("<p id=\"p\">a</p>\n", safe("a\n{: #p onmouseover=\"alert(1)\"}"));
    }

    @Test
    void isUnsafeLooksPastInvisibleCharacters() {
        assertTrue(SafeMarkdown.isUnsafe("\u0000java\u200Bscript\u00A0:x", false));
        assertTrue(SafeMarkdown.isUnsafe("DATA:image/svg+xml,x", false));
        assertFalse(SafeMarkdown.isUnsafe("DATA:image/svg+xml,x", true));
        assertFalse(SafeMarkdown.isUnsafe("/javascript:x", false));
        assertFalse(SafeMarkdown.isUnsafe("javascript-guide.html", false));
    }
}
