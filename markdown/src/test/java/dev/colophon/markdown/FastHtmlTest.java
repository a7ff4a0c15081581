package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.colophon.spi.Highlighting;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link FastHtml} writes exactly the HTML of flexmark's renderer, or leaves the document to it. */
class FastHtmlTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    private static void assertSameHtml(String markdown, Highlighting highlighting) {
        String fast = ENGINE.toHtmlWith(markdown, highlighting, true);
        assertNotNull(fast, "left to flexmark: " + markdown);
        assertEquals(ENGINE.toHtmlWith(markdown, highlighting, false), fast, markdown);
    }

    /** Documents of the node types FastHtml writes: it must write them, and as flexmark does. */
    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "\n\n",
        "Plain prose: with a colon, it's \"quoted\" -- fine...",
        "It's \"quoted\" -- and ... more, 'single' --- and em---dash, <<angle>> \"nested 'quotes' here\"",
        "*em* **strong** ***both*** _under_ __twice__ *a **b** c*",
        "`code` and `` co`de `` and `  spaced  ` and `a\nb` and `<&>\"`",
        "Line one\nline two\nline three",
        "Hard break  \nnext\\\nlast",
        "Trailing spaces   \n   leading spaces",
        "Tabs\tin\ttext\n\tand at start",
        "# H1\n## H2\n### H3 with *em*\n#### H4 `code`\n##### H5\n###### H6",
        "Setext\n======\n\nSecond\n------",
        "# Intro\n## Intro\n# Intro 1\n## Intro",
        "# \n\n#\n\n## !!!\n\n## ???\n\n## Über uns!\n\n## foo_bar\n\n## a - b\n\n## 日本語",
        "## Heading with [link](http://x.org) and \"quotes\" & amp",
        "- a\n- b\n- c",
        "- a\n\n- b\n\n- c",
        "- a\n  - nested\n    - deeper\n- b",
        "1. one\n2. two\n3. three",
        "3. three\n4. four",
        "0. zero\n1. one",
        "1) paren\n2) style",
        "- tight\n- list\n\n  with loose item",
        "- item\n\n  second paragraph\n- other",
        "- > quote in list\n- plain",
        "- ```\n  code in list\n  ```\n- after",
        "1. item\n\n       indented code in list\n\n2. next",
        "* star\n+ plus\n- dash",
        "- \n- empty item above",
        "> quote\n> more\n\n> another",
        "> # heading in quote\n> - list in quote\n>\n> para",
        "> > nested\n> > quote",
        "---\n\n***\n\n___",
        "Para\n***\nAfter",
        "```\nplain fence\n```",
        "```java\nclass A { String s = \"<&>\"; }\n```",
        "```java title\nwith info words\n```",
        "~~~ruby\nputs 1\n~~~",
        "```\n  leading spaces\n\n\n  blank lines kept\n\t\ttabs\n```",
        "```c++\nint x;\n```",
        "```\\*esc\nescaped info\n```",
        "```\n```",
        "    indented code\n    <b>\n\n\n    after blanks\n\n",
        "\tindented with tab\n",
        "<div>\n<p>raw html</p>\n</div>",
        "<div>\n  indented inside\n\t\ttabbed\n</div>\n\nafter",
        "<script>\nvar a = 1;\n\n\nvar b = 2;\n</script>",
        "<pre>\n  keep\n\n\n  spacing\n</pre>",
        "<!-- a comment -->",
        "<!--\nmulti\n\nline\n-->\n\ntext",
        "text <!-- inline comment --> more",
        "<table><tr><td>x</td></tr></table>",
        "Inline <span class=\"x\">html</span> and <br/> and <a\n  href=\"x\">multi-line tag</a>",
        "<div>\nopen block\n\n*markdown after*",
        "<ul>\n\n    <li>one</li>\n\n    <li>two</li>\n\n</ul>\n\nText",
        "<div>\n    \n    <a href=\"x\">link</a>\n</div>\n```ruby\nputs 1\n```\n<div>\nx\n</div>\n# Heading",
        "text <!-- a -- b --> and <!--> and <!--->",
        "&amp; &copy; &nbsp; &#x27; &#39; &bogus; &AMP; &#xZZ; & alone",
        "R&amp;D &amp; more, C:\\temp\\ and \\*x\\* and \\<tag\\>",
        "[link](http://example.org)",
        "[link](http://example.org \"Title\")",
        "[link](http://example.org 'single \"double\" & amp')",
        "[link](<http://example.org/with space>)",
        "[link](http://example.org/?a=1&b=2&amp;c=3#frag)",
        "[link](http://example.org/ünïcödé/%20/\\(x\\))",
        "[a](/föö \"föö\") ![i](/ïmg.png?x=ü) <https://x.org/a\\b`c> www.example.com/ü [r] [b](<a b>) [%](/100%)\n\n[r]: /rëf",
        "` a ` and `  b  ` and ` ` and `a  \nb` and `` `x` ``",
        "[link](javascript:alert(1)) and [ok](JavaScript:x)",
        "[empty title](http://x.org \"\")",
        "[](http://x.org) and [text]()",
        "![alt](/img.png)",
        "![alt *with* **markup** and `code` \"q\"](/img.png \"Title & more\")",
        "![](/empty-alt.png)",
        "![javascript](javascript:alert(1))",
        "[![image link](/i.png)](http://x.org)",
        "[ref] and [ref][] and [text][ref] and ![img][pic]\n\n[ref]: http://example.org \"Ref Title\"\n[pic]: /pic.png",
        "[undefined] and [also][missing] and ![nope][gone] and [x]",
        "[ref]\n\n[REF]: <http://example.org/a b> 'title'",
        "[js ref]\n\n[js ref]: javascript:alert(1)",
        "<http://example.org> and <https://example.org/a?b=c&d> and <mailto:me@x.org>",
        "<me@example.org> and <a.b+c@example.co.uk>",
        "visit https://example.org/path?q=1, www.example.com or me@example.org.",
        "www.example.com/path and http://bare.example.org",
        "Code `https://example.org` and text",
        "Footnote[^1] and another[^2].\n\n[^1]: First note.\n[^2]: Second note.",
        "Cited twice[^a] and again[^a] and thrice[^a].\n\n[^a]: The note.",
        "Undefined[^missing] reference.",
        "Label with words[^long label].\n\n[^long label]: noted",
        "Text[^x].\n\n[^x]: Note with ref[^y].\n[^y]: Inner note.",
        "Text[^c].\n\n[^c]: A note\n\n    with code last\n",
        "Text[^p].\n\n[^p]: First para.\n\n    Second para.",
        "Unused note.\n\n[^u]: never cited",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "| Left | Center | Right | None |\n|:-----|:------:|------:|------|\n| *a* | `b` | [c](x) | d |",
        "a | b\n--|--\n1 | 2\n3",
        "| a \\| pipe | b |\n|---|---|\n| x | y | extra |",
        "> | quoted | table |\n> |---|---|\n> | 1 | 2 |",
        "~~struck~~ and ~single~ and ~~*em inside*~~",
        "Non-ASCII: naïve café — “quotes” ‘single’ 日本語 🎉 Ünïcödé",
        "Escapes: \\# \\* \\_ \\` \\[ \\] \\\\ \\! \\&copy;",
        "Mixed *emphasis with [link](http://x.org \"t\") inside* and **strong `code`**",
        "line with trailing backslash\\",
        "Para one\n\n\n\n\nPara two after many blank lines",
        "\u00A0leading no-break space and \u2003em space",
        "Windows\r\nline\r\nendings\r\n\r\nsecond para\r\n"})
    void writesTheSameHtmlAsFlexmark(String markdown) {
        assertSameHtml(markdown, Highlighting.NONE);
    }

    /** Documents it may leave to flexmark; whatever it does write must be flexmark's HTML. */
    @ParameterizedTest
    @ValueSource(strings = {
        "A paragraph.\n{: .lead}",
        "## Title\n{: .x #custom}",
        "*a*{: .x} and text",
        "* TOC\n{:toc}\n\n# A {#a}\n## B",
        "Term\n: definition",
        "*[HTML]: Hyper Text Markup Language\n\nHTML is fine.",
        "- [ ] open task\n- [x] done",
        "* [ ] task in a star list\n* [x] done",
        "<div markdown=\"1\">\n*x* at www.example.com\n</div>",
        "<span markdown=\"1\">*x*</span>",
        "{::nomarkdown}<b>x</b>{:/nomarkdown}",
        "# Heading {#explicit}\n## Heading"})
    void writesFlexmarksHtmlOrNone(String markdown) {
        String fast = ENGINE.toHtmlWith(markdown, Highlighting.NONE, true);
        if (fast != null) {
            assertEquals(ENGINE.toHtmlWith(markdown, Highlighting.NONE, false), fast, markdown);
        }
    }

    @Test
    void leavesAttributeListsToFlexmark() {
        assertNull(ENGINE.toHtmlWith("A paragraph.\n{: .lead}", Highlighting.NONE, true));
    }

    @Test
    void highlightedCodeIsRougesMarkup() {
        Highlighting rubyOnly = (code, language) -> language.equals("ruby")
                ? Optional.of("<span class=\"k\">def</span> x\n\n  <b>&amp;</b>\n") : Optional.empty();
        assertSameHtml("```ruby\ndef x\n```\n\n```java\nclass A {}\n```\n\n```\nplain\n```", rubyOnly);
        assertSameHtml("- item\n\n  ```ruby\n  def x\n  ```\n", rubyOnly);
    }

    @Test
    void codeWithoutLanguageIsHighlightedAsPlainText() {
        Highlighting plainText = (code, language) -> language.equals("plaintext")
                ? Optional.of(code.replace("<", "&lt;")) : Optional.empty();
        assertSameHtml("```\nplain <b>\n```\n\n    indented\n\n\n    more\n\n- item\n\n      in list\n", plainText);
    }

    @Test
    void safeModeIsLeftToFlexmark() {
        assertNull(new MarkdownEngine(true).toHtmlWith("plain text", Highlighting.NONE, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a&b & <>\" '", "&copy; &COPY; &#169; &#xA9; &#XA9; &#x; &#; &c; &a1;",
        "&#12345678; &#123456789; &#x1234abcd; &#x1234abcde; &abcdefghijklmnopqrstuvwxyz0123456;",
        "&abcdefghijklmnopqrstuvwxyz01234567; &a-b; &&amp; &", "tail &amp"})
    void attributeEscapingIsFlexmarks(String value) {
        assertEquals(Escaping.escapeHtml(value, true), FastHtml.escapeAttribute(value));
    }
}
