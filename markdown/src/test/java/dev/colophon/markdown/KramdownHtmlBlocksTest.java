package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ParseContext;
import org.junit.jupiter.api.Test;

/**
 * kramdown's HTML blocks where Jekyll sites rely on them ({@link KramdownHtmlBlocks}); the expected HTML is
 * kramdown's (GFM input, Jekyll's options) but for the line breaks between blocks.
 */
class KramdownHtmlBlocksTest {

    private final MarkdownParser parser = new MarkdownParser();
    private final ParseContext context = new ParseContext("_posts/2024-01-01-hello.md", 5, SiteConfig.defaults());

    private String html(String markdown) {
        return parser.toHtml(markdown, context);
    }

    @Test
    void anElementStaysOpenAcrossBlankLinesSoItsIndentedLinesAreHtml() {
        // CommonMark: <ul>, then an indented code block showing "<li>one</li>", then </ul>.
        assertEquals("<ul>\n\n    <li>one</li>\n\n    <li>two</li>\n</ul>\n<p>Text</p>\n",
                html("<ul>\n\n    <li>one</li>\n\n    <li>two</li>\n\n</ul>\n\nText\n"));
        assertEquals("<div class=\"x\">\n  <div>\n    <p>para</p>\n\n    <p>two</p>\n  </div>\n</div>\n"
                        + "<p>after <em>em</em></p>\n",
                html("<div class=\"x\">\n  <div>\n    <p>para</p>\n\n    <p>two</p>\n  </div>\n</div>\n\nafter *em*\n"));
    }

    @Test
    void aLineALiquidTagLeftWhiteKeepsTheIndentedLinesAfterItHtml() {
        // "{% if page.link %}" printed nothing and left its indentation.
        assertEquals("<div>\n    \n    <a href=\"x\">link</a>\n    <span>s</span>\n</div>\n",
                html("<div>\n    \n    <a href=\"x\">link</a>\n    <span>s</span>\n</div>\n"));
    }

    @Test
    void aFenceRightAfterTheClosingTagIsAFence() {
        assertEquals("<div>\n<p>x</p>\n</div>\n<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n",
                html("<div>\n<p>x</p>\n</div>\n```ruby\nputs 1\n```\n"));
    }

    @Test
    void aHeadingRightAfterTheClosingTagIsAHeading() {
        assertEquals("<div class=\"note\">\nx\n</div>\n<h2 id=\"next\">Next</h2>\n",
                html("<div class=\"note\">\nx\n</div>\n## Next\n"));
    }

    @Test
    void commonMarkStaysWhereTheSpecSaysSoAndJekyllSitesDoNotNeedKramdown() {
        // An element never closed: CommonMark's code block (spec example 184).
        assertEquals("  <div>\n<pre><code>&lt;div&gt;\n</code></pre>\n", html("  <div>\n\n    <div>\n"));
        // A fence after a tag that opens and closes on its line (spec example 164): one HTML block.
        assertEquals("<div></div>\n``` c\nint x = 33;\n```\n", html("<div></div>\n``` c\nint x = 33;\n```\n"));
        // A paragraph right after the closing tag (spec example 186): one HTML block.
        assertEquals("<div>\nbar\n</div>\n*foo*\n", html("<div>\nbar\n</div>\n*foo*\n"));
        // Markdown after a blank line in a div (spec example 188).
        assertEquals("<div>\n<p><em>Emphasized</em> text.</p>\n</div>\n", html("<div>\n\n*Emphasized* text.\n\n</div>\n"));
        // After the element closed, an indented block is code again.
        assertEquals("<div>\nx\n</div>\n<pre><code>code\n</code></pre>\n", html("<div>\nx\n</div>\n\n    code\n"));
    }

    @Test
    void markdownInsideAnElementWithTheMarkdownAttributeKeepsItsCodeBlocks() {
        assertEquals("<div>\n<pre><code>code\n</code></pre>\n</div>\n",
                html("<div markdown=\"1\">\n\n    code\n\n</div>\n"));
    }

    @Test
    void closingTagsAndCommentsAndVoidElementsAreCounted() {
        assertEquals(1, KramdownHtmlBlocks.depthChange("<div class=\"a>b\"><br><img src=x /><hr/><!-- <p> -->"));
        assertEquals(-1, KramdownHtmlBlocks.depthChange("<p>x</p></div>"));
        assertEquals(0, KramdownHtmlBlocks.depthChange("<span/><input type='a'>"));
    }
}
