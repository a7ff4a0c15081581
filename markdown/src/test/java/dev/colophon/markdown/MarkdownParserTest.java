package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ParseContext;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();
    private final ParseContext context = new ParseContext("_posts/2024-01-01-hello.md", 5, SiteConfig.defaults());

    private String html(String markdown) {
        return parser.toHtml(markdown, context);
    }

    @Test
    void typographicQuotesDashesAndEllipsis() {
        assertEquals("<p>It\u2019s \u201Cquoted\u201D \u2013 and \u2026 more</p>\n",
                html("It's \"quoted\" -- and ... more"));
    }

    @Test
    void singleQuotesAndEmDash() {
        assertEquals("<p>\u2018single\u2019 \u2014 and em\u2014dash</p>\n", html("'single' --- and em---dash"));
    }

    @Test
    void apostropheInInlineCodeStaysPlain() {
        assertEquals("<p>Don\u2019t touch <code>it's &quot;code&quot; -- ...</code></p>\n",
                html("Don't touch `it's \"code\" -- ...`"));
    }

    @Test
    void linkAddressesArePercentEncodedAsCommonMarkHasThem() {
        assertEquals("<p><a href=\"/f%C3%B6%C3%B6\" title=\"föö\">a</a> "
                        + "<img src=\"/%C3%AF.png?q=a%20b&amp;c=%25\" alt=\"i\" /> "
                        + "<a href=\"https://x.org/a%5Cb\">https://x.org/a\\b</a> "
                        + "<a href=\"/r%C3%ABf\">r</a> <a href=\"/already%20encoded\">e</a></p>\n",
                html("[a](/föö \"föö\") ![i](/ï.png?q=a%20b&c=%) <https://x.org/a\\b> [r] [e](/already%20encoded)"
                        + "\n\n[r]: /rëf"));
    }

    @Test
    void codeSpansKeepInnerSpacesAndLoseOneSpaceAtEachEnd() {
        assertEquals("<p><code>a   b</code> <code>`x`</code> <code> c </code> <code> </code> <code>d e</code></p>\n",
                html("`a   b` `` `x` `` `  c  ` ` ` `d\ne`"));
    }

    @Test
    void tableWithAlignmentUsesStyleNotAlign() {
        String markdown = """
                | Left | Center | Right | None |
                |:-----|:------:|------:|------|
                | a    | b      | c     | d    |
                """;
        assertEquals("""
                <table>
                <thead>
                <tr><th style="text-align: left">Left</th><th style="text-align: center">Center</th>\
                <th style="text-align: right">Right</th><th>None</th></tr>
                </thead>
                <tbody>
                <tr><td style="text-align: left">a</td><td style="text-align: center">b</td>\
                <td style="text-align: right">c</td><td>d</td></tr>
                </tbody>
                </table>
                """, html(markdown));
    }

    @Test
    void strikethrough() {
        assertEquals("<p>was <del>wrong</del> right</p>\n", html("was ~~wrong~~ right"));
    }

    @Test
    void taskListHasValidHtml5Checkboxes() {
        assertEquals("""
                <ul>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled> to do</li>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" checked disabled> done</li>
                </ul>
                """, html("- [ ] to do\n- [x] done\n"));
    }

    @Test
    void bareUrlsWebAddressesAndEmailAreLinked() {
        assertEquals("<p>See <a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a>,"
                + " <a href=\"https://www.example.com\">www.example.com</a>"
                + " or <a href=\"mailto:me@example.org\">me@example.org</a>.</p>\n",
                html("See https://example.org/a?b=1, www.example.com or me@example.org."));
    }

    @Test
    void footnotesUseKramdownIdsAndEveryLinkHasItsTarget() {
        String markdown = """
                Text with a note[^a] and another[^b] and the first again[^a].

                [^a]: The first note.
                [^b]: The second note.
                [^unused]: Never referenced.
                """;
        String html = html(markdown);
        assertEquals("""
                <p>Text with a note<sup id="fnref:a"><a href="#fn:a" class="footnote">1</a></sup> \
                and another<sup id="fnref:b"><a href="#fn:b" class="footnote">2</a></sup> \
                and the first again<sup id="fnref:a:1"><a href="#fn:a" class="footnote">1</a></sup>.</p>
                <div class="footnotes">
                <ol>
                <li id="fn:a">
                <p>The first note.\u00A0<a href="#fnref:a" class="reversefootnote">\u21A9</a>\
                \u00A0<a href="#fnref:a:1" class="reversefootnote">\u21A9<sup>2</sup></a></p>
                </li>
                <li id="fn:b">
                <p>The second note.\u00A0<a href="#fnref:b" class="reversefootnote">\u21A9</a></p>
                </li>
                </ol>
                </div>
                """, html);
        assertInternalLinksResolve(html);
    }

    @Test
    void footnoteWithSeveralBlocksAndNestedReferenceKeepsLinksConsistent() {
        String markdown = """
                Body[^long].

                Undefined [^nope] stays text.

                [^long]: First paragraph, citing[^inner].

                    Second paragraph.

                    ```
                    code
                    ```
                [^inner]: Inner note.
                """;
        String html = html(markdown);
        assertTrue(html.contains("<p>Undefined [^nope] stays text.</p>"), html);
        // Ids use the labels, as kramdown's do; the numbers shown are still 1, 2, ...
        assertTrue(html.contains("<li id=\"fn:inner\">\n<p>Inner note.\u00A0<a href=\"#fnref:inner\""), html);
        assertTrue(html.contains("<pre><code>code\n</code></pre>\n<p>\u00A0<a href=\"#fnref:long\""), html);
        assertInternalLinksResolve(html);
    }

    @Test
    void headingIdsAreGithubStyleAndUnique() {
        String markdown = """
                # Intro
                ## Intro
                ## Intro 1
                ## Über uns!
                ## It's `code`, foo_bar & a - b
                ## ???
                """;
        assertEquals("""
                <h1 id="intro">Intro</h1>
                <h2 id="intro-1">Intro</h2>
                <h2 id="intro-1-1">Intro 1</h2>
                <h2 id="über-uns">Über uns!</h2>
                <h2 id="its-code-foo_bar--a---b">It\u2019s <code>code</code>, foo_bar &amp; a - b</h2>
                <h2 id="section">???</h2>
                """, html(markdown));
    }

    @Test
    void fencedCodeGetsLanguageClassAndEscaping() {
        String markdown = """
                ```python
                if a < b & c > d: print("<&>")
                ```
                """;
        assertEquals("<pre><code class=\"language-python\">if a &lt; b &amp; c &gt; d: print(&quot;&lt;&amp;&gt;&quot;)\n"
                + "</code></pre>\n", html(markdown));
    }

    @Test
    void rawHtmlBlockPassesThroughUnchanged() {
        String markdown = """
                <div class="note">
                *not emphasis* <b>bold</b> & more
                </div>
                """;
        assertEquals(markdown, html(markdown));
    }

    @Test
    void inlineHtmlPassesThroughUnchanged() {
        assertEquals("<p>Some <span class=\"x\" title='it\"s'>inline</span> <kbd>Ctrl</kbd> HTML.</p>\n",
                html("Some <span class=\"x\" title='it\"s'>inline</span> <kbd>Ctrl</kbd> HTML."));
    }

    @Test
    void imageKeepsAltText() {
        assertEquals("<p><img src=\"/assets/sketch.png\" alt=\"a sketch\" /></p>\n",
                html("![a sketch](/assets/sketch.png)"));
    }

    @Test
    void softLineBreaksStayNewlines() {
        assertEquals("<p>one\ntwo</p>\n", html("one\ntwo"));
    }

    @Test
    void declaresJekyllsMarkdownExtensions() {
        assertEquals(Set.of("markdown", "mkdown", "mkdn", "mkd", "md"), parser.fileExtensions());
        assertTrue(parser.fileExtensions().contains("markdown"));
        assertEquals("markdown", parser.id());
        assertEquals(0, parser.order());
    }

    @Test
    void failureBecomesSourceExceptionAtTheBody() {
        String deep = ">".repeat(200_000) + " too deep";
        SourceException e = assertThrows(SourceException.class, () -> html(deep));
        assertEquals("_posts/2024-01-01-hello.md", e.position().file());
        assertEquals(5, e.position().line());
    }

    /** The default configuration with {@code values} as the site's keys, for parsers that read settings. */
    static SiteConfig configWith(java.util.Map<String, Object> values) {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), d.description(), d.author(), d.url(), d.baseurl(), d.permalink(),
                d.timezone(), d.exclude(), d.include(), d.future(), d.showDrafts(), d.excerptSeparator(), d.feed(),
                d.pagination(), values);
    }

    /** Asserts ids are unique and every {@code href="#x"} has an element with {@code id="x"}. */
    static void assertInternalLinksResolve(String html) {
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]*)\"").matcher(html);
        while (id.find()) {
            assertTrue(ids.add(id.group(1)), "duplicate id " + id.group(1) + " in\n" + html);
        }
        Matcher href = Pattern.compile(" href=\"#([^\"]*)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            assertTrue(ids.contains(href.group(1)), "no id for #" + href.group(1) + " in\n" + html);
        }
        assertTrue(links > 0, "no internal links in\n" + html);
    }
}
