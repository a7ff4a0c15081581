package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ParseContext;
import java.util.Map;
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
        assertEquals("<ul>\n\n    <li>one</li>\n\n    <li>two</li>\n\n</ul>\n<p>Text</p>\n",
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
    void textBetweenBlankLinesInsideAnElementStaysRawAsKramdownKeepsIt() {
        // A Liquid loop in a <table> wrote a cell's text on lines of its own after a blank line
        // (jekyllrb.com's filters page): kramdown keeps it raw, quotes and all.
        assertEquals("<div>\n<p>a\n\n\"quoted\" -- b</p>\n</div>\n<p>after “q”</p>\n",
                html("<div>\n<p>a\n\n\"quoted\" -- b</p>\n</div>\nafter \"q\"\n"));
        assertEquals("<div class=\"foo\">\n\n*Markdown*\n\n</div>\n",
                html("<div class=\"foo\">\n\n*Markdown*\n\n</div>\n"));
    }

    @Test
    void aParagraphRightAfterTheClosingTagIsAParagraph() {
        assertEquals("<div>\nbar\n</div>\n<p><em>foo</em></p>\n", html("<div>\nbar\n</div>\n*foo*\n"));
        assertEquals("<div></div>\n<pre><code class=\"language-c\">int x = 33;\n</code></pre>\n",
                html("<div></div>\n``` c\nint x = 33;\n```\n"));
    }

    @Test
    void anEndTagThatClosesNothingOpenIsTextAsInKramdown() {
        // The stray </p> does not end the <div>, so "text *a*" stays raw.
        assertEquals("<div>\n<span>x</span>\n\n</p>\n\ntext *a*\n</div>\n<p><em>b</em></p>\n",
                html("<div>\n<span>x</span>\n\n</p>\n\ntext *a*\n</div>\n\n*b*\n"));
    }

    @Test
    void aSpanElementStartsNoElementSoItsTextIsMarkdown() {
        assertEquals("<p><span>one</span></p>\n<p>two</span></p>\n", html("<span>one</span>\n\ntwo</span>\n"));
    }

    @Test
    void anElementNeverClosedStaysCommonMarks() {
        // kramdown would take the rest of the document as the element's content.
        assertEquals("  <div>\n<pre><code>&lt;div&gt;\n</code></pre>\n", html("  <div>\n\n    <div>\n"));
        assertEquals("<div>\n<p><em>a</em></p>\n", html("<div>\n\n*a*\n"));
    }

    @Test
    void afterTheElementAnIndentedBlockIsCodeAgain() {
        assertEquals("<div>\nx\n</div>\n<pre><code>code\n</code></pre>\n", html("<div>\nx\n</div>\n\n    code\n"));
    }

    @Test
    void aSiteThatAsksForCommonMarkGetsCommonMarksBlockHtml() {
        Map<String, Object> values = Map.of("markdown", "CommonMark");
        ParseContext commonMark = new ParseContext("_posts/2024-01-01-hello.md", 5,
                MarkdownParserTest.configWith(values));
        assertEquals("<div>\nbar\n</div>\n*foo*\n", parser.toHtml("<div>\nbar\n</div>\n*foo*\n", commonMark));
        assertEquals("<div>\n<p><em>Emphasized</em> text.</p>\n</div>\n",
                parser.toHtml("<div>\n\n*Emphasized* text.\n\n</div>\n", commonMark));
    }

    @Test
    void insideAnElementWithTheMarkdownAttributeAnInnerElementIsRaw() {
        assertEquals("<div>\n<p><em>a</em></p>\n<table>\n\n<tr><td>*x*</td></tr>\n\n</table>\n</div>\n"
                        + "<pre><code>fence\n</code></pre>\n",
                html("<div markdown=\"1\">\n*a*\n\n<table>\n\n<tr><td>*x*</td></tr>\n\n</table>\n</div>\n```\nfence\n```\n"));
    }

    @Test
    void markdownInsideAnElementWithTheMarkdownAttributeKeepsItsCodeBlocks() {
        assertEquals("<div>\n<pre><code>code\n</code></pre>\n</div>\n",
                html("<div markdown=\"1\">\n\n    code\n\n</div>\n"));
    }
}
