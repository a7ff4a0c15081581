package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * kramdown's math as Jekyll 4.3.1 writes it (MathJax, kramdown's default math engine). Each expected HTML
 * is what {@code jekyll build} wrote for the same Markdown, blank lines between blocks aside.
 */
class KramdownMathTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private static String html(String markdown) {
        return MarkdownParser.convert(ENGINE, markdown, dev.colophon.spi.Highlighting.NONE);
    }

    @Test
    void inlineMathBecomesParentheses() {
        assertEquals("<p>Math \\(a+b\\) inline and \\(x &lt; y &amp; \"z\"\\).</p>\n",
                html("Math $$a+b$$ inline and $$x < y & \"z\"$$."));
    }

    @Test
    void mathBlockBecomesBracketsWithoutTypography() {
        assertEquals("<p>Before.</p>\n\\[x^2 -- y_1 *a*\\]\n<p>After.</p>\n",
                html("Before.\n\n$$\nx^2 -- y_1 *a*\n$$\n\nAfter.\n"));
    }

    @Test
    void mathBlockRunsAcrossBlankLinesAndTakesAttributes() {
        assertEquals("<div class=\"eq\">\\[a\n\nb\\]\n</div>\n", html("$$\na\n\nb\n$$\n{: .eq}\n"));
    }

    @Test
    void mathBlockInListsAndQuotes() {
        assertEquals("<ul>\n<li>\n\\[li\\]\n</li>\n</ul>\n<blockquote>\n\\[q\\]\n</blockquote>\n",
                html("- $$li$$\n\n> $$\n> q\n> $$\n"));
    }

    @Test
    void notAtABlockBoundaryIsInlineMath() {
        assertEquals("<h1 id=\"head\">Head</h1>\n<p>\\(not a block\\)</p>\n<p>\\(a\\) trailing</p>\n",
                html("# Head\n$$not a block$$\n\n$$ a $$ trailing\n"));
    }

    @Test
    void codeAndEscapesKeepDollars() {
        assertEquals("<p>Text <code>$$c$$</code> <code>$$d$$</code> $$e$$</p>\n",
                html("Text `$$c$$` <code>$$d$$</code> \\$$e$$\n"));
    }
}
