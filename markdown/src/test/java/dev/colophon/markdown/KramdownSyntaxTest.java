package dev.colophon.markdown;

import static dev.colophon.markdown.MarkdownParserTest.assertInternalLinksResolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.ParseContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kramdown habits of Jekyll posts, checked against exact HTML. */
class KramdownSyntaxTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static String html(String markdown) {
        return html(markdown, Highlighting.NONE);
    }

    private static String html(String markdown, Highlighting highlighting) {
        ParseContext context = new ParseContext("_posts/2024-01-01-kramdown.md", 5, SiteConfig.defaults(),
                path -> Optional.empty(), highlighting);
        return PARSER.toHtml(markdown, context);
    }

    @Nested
    class BlockAttributeListTests {

        @Test
        void listOnTheLineAfterAParagraphGivesItAttributes() {
            assertEquals("<p class=\"lead\">A paragraph.</p>\n", html("A paragraph.\n{: .lead}"));
        }

        @Test
        void listAfterABlankLineAppliesToTheNextBlock() {
            assertEquals("<p>Intro.</p>\n<p class=\"lead\">Next.</p>\n", html("Intro.\n\n{: .lead}\nNext."));
        }

        @Test
        void listsAddUpClassesAndKeyValuePairs() {
            assertEquals("<p class=\"a b\" id=\"p1\" data-x=\"it\u2019s {quoted}\" title=\"say &quot;hi&quot;\">"
                            + "Para</p>\n",
                    html("Para\n{: .a #p1 data-x=\"it’s {quoted\\}\"}\n{:.b title='say \"hi\"'}"));
        }

        @Test
        void headingGetsClassAndIdFromTheList() {
            assertEquals("<h2 id=\"custom\" class=\"x\">Title</h2>\n", html("## Title\n{: .x #custom}"));
        }

        @Test
        void unorderedListGetsTheAttributesNotItsLastItem() {
            assertEquals("""
                    <ul class="list" id="l">
                    <li>a</li>
                    <li>b</li>
                    </ul>
                    """, html("- a\n- b\n{: .list #l}"));
        }

        @Test
        void quoteOrItsParagraphDependingOnTheQuoteMarker() {
            assertEquals("""
                    <blockquote class="outer">
                    <p>quote</p>
                    </blockquote>
                    <blockquote>
                    <p class="inner">quote</p>
                    </blockquote>
                    """, html("> quote\n{: .outer}\n\n> quote\n> {: .inner}"));
        }

        @Test
        void tableGetsTheAttributes() {
            assertEquals("""
                    <table class="data">
                    <thead>
                    <tr><th>a</th></tr>
                    </thead>
                    <tbody>
                    <tr><td>1</td></tr>
                    </tbody>
                    </table>
                    """, html("| a |\n|---|\n| 1 |\n{: .data}"));
        }

        @Test
        void definitionListAndRuleGetTheAttributes() {
            assertEquals("<dl class=\"terms\">\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>\n<hr class=\"rule\" />\n",
                    html("Term\n: Definition\n{: .terms}\n\n---\n{: .rule}"));
        }

        @Test
        void paragraphHoldingOnlyAnImageGetsTheAttributes() {
            assertEquals("<p class=\"figure\"><img src=\"/a.png\" alt=\"A\" /></p>\n",
                    html("![A](/a.png)\n{: .figure}"));
        }

        @Test
        void fencedCodeWithoutHighlightingPutsThemOnPre() {
            assertEquals("<pre class=\"wide\"><code class=\"language-python\">print(1)\n</code></pre>\n",
                    html("```python\nprint(1)\n```\n{: .wide}"));
        }

        @Test
        void definitionsAreReferredToByName() {
            assertEquals("<p class=\"from-ref own\" id=\"refid\">Para</p>\n",
                    html("{:ref: .from-ref #refid}\nPara\n{: ref .own}"));
        }

        @Test
        void listThatReachesNothingLeavesNoTrace() {
            assertEquals("", html("{: .orphan}"));
            assertEquals("<p>Text</p>\n", html("Text\n\n{: .orphan}\n"));
        }
    }

    @Nested
    class SpanAttributeListTests {

        @Test
        void emphasisStrongCodeAndLinkGetAttributes() {
            assertEquals("<p>Some <em class=\"x\" title=\"it's &quot;q&quot;\">emph</em>,"
                            + " <strong class=\"y\">strong</strong>, <code class=\"c\">code</code>"
                            + " and <a href=\"/x\" class=\"btn\">link</a>.</p>\n",
                    html("Some *emph*{: .x title=\"it's \\\"q\\\"\"}, **strong**{:.y}, `code`{: .c}"
                            + " and [link](/x){: .btn}."));
        }

        @Test
        void linkGetsClassesAsJustTheDocsWritesThem() {
            // Jekyll 4.3.1 wrote exactly these for the same Markdown.
            assertEquals("<p><a href=\"http://u\" class=\"btn btn-purple\">Link</a></p>\n"
                    + "<p><a href=\"http://u\" class=\"btn\" id=\"myid\">Link2</a></p>\n",
                    html("[Link](http://u){: .btn .btn-purple }\n\n[Link2](http://u){: .btn #myid }"));
        }

        @Test
        void imageGetsAttributes() {
            assertEquals("<p><img src=\"/img.png\" alt=\"alt\" class=\"wide\" /></p>\n",
                    html("![alt](/img.png){: .wide}"));
        }

        @Test
        void listAfterPlainTextIsDropped() {
            assertEquals("<h2 id=\"title\">Title</h2>\n", html("## Title {: .x}"));
            assertEquals("<p>text and more</p>\n", html("text{: .x} and more"));
        }

        @Test
        void proseThatMerelyStartsLikeAListStaysText() {
            assertEquals("<p>A Ruby hash {:a =&gt; 1} stays.</p>\n", html("A Ruby hash {:a => 1} stays."));
        }
    }

    @Test
    void attributeListSyntaxInCodeStaysLiteral() {
        assertEquals("""
                <p><code>*a*{: .x}</code> and <code>{#id}</code></p>
                <pre><code>{: .y}
                </code></pre>
                <pre><code class="language-md">## T {#t}
                {: .z}
                {:toc}
                </code></pre>
                """, html("`*a*{: .x}` and `{#id}`\n\n    {: .y}\n\n```md\n## T {#t}\n{: .z}\n{:toc}\n```\n"));
    }

    @Nested
    class HeadingIdTests {

        @Test
        void idInBracesEndsTheHeading() {
            assertEquals("<h2 id=\"custom-id\">Title</h2>\n<h2 id=\"set-id\">Setext</h2>\n",
                    html("## Title {#custom-id}\n\nSetext {#set-id}\n------"));
        }

        @Test
        void braceIdNeedsASpaceBeforeIt() {
            assertEquals("<h2 id=\"titlex\">Title{#x}</h2>\n", html("## Title{#x}"));
        }

        @Test
        void generatedIdsAvoidTheIdsGivenInTheText() {
            assertEquals("<h1 id=\"intro-1\">Intro</h1>\n<h2 id=\"intro\">Other</h2>\n",
                    html("# Intro\n## Other {#intro}"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "Hello, World!|hello-world",
            "A \u2013 B|a--b",
            "\u00DCber uns|\u00FCber-uns",
            "foo_bar baz|foo_bar-baz",
            "It's *not* [linked](/x)|its-not-linked"})
        void autoIdsAreGithubStyle(String heading, String id) {
            String html = html("## " + heading);
            assertEquals("<h2 id=\"" + id + "\">", html.substring(0, html.indexOf('>') + 1));
        }

        @Test
        void repeatedHeadingsAreNumbered() {
            assertEquals("<h2 id=\"hello-world\">Hello, World!</h2>\n<h2 id=\"hello-world-1\">Hello, World!</h2>\n"
                    + "<h2 id=\"hello-world-2\">Hello World</h2>\n",
                    html("## Hello, World!\n## Hello, World!\n## Hello World"));
        }
    }

    @Nested
    class TocTests {

        @Test
        void tocListBecomesNestedListOfHeadings() {
            String markdown = """
                    * TOC
                    {:toc}

                    # One
                    ## One A
                    ### One A i
                    ## Skipped {#skipped}
                    {: .no_toc}
                    # Two `code` [link](/x)[^1]
                    ### Deep *em*

                    [^1]: Note.
                    """;
            String html = html(markdown);
            assertEquals("""
                    <ul id="markdown-toc">
                    <li><a href="#one" id="markdown-toc-one">One</a>
                    <ul>
                    <li><a href="#one-a" id="markdown-toc-one-a">One A</a>
                    <ul>
                    <li><a href="#one-a-i" id="markdown-toc-one-a-i">One A i</a></li>
                    </ul>
                    </li>
                    </ul>
                    </li>
                    <li><a href="#two-code-link1" id="markdown-toc-two-code-link1">Two <code>code</code> link</a>
                    <ul>
                    <li><a href="#deep-em" id="markdown-toc-deep-em">Deep <em>em</em></a></li>
                    </ul>
                    </li>
                    </ul>
                    <h1 id="one">One</h1>
                    <h2 id="one-a">One A</h2>
                    <h3 id="one-a-i">One A i</h3>
                    <h2 id="skipped" class="no_toc">Skipped</h2>
                    <h1 id="two-code-link1">Two <code>code</code> <a href="/x">link</a>\
                    <sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup></h1>
                    <h3 id="deep-em">Deep <em>em</em></h3>
                    <div class="footnotes">
                    <ol>
                    <li id="fn:1">
                    <p>Note.\u00A0<a href="#fnref:1" class="reversefootnote">\u21A9</a></p>
                    </li>
                    </ol>
                    </div>
                    """, html);
            assertInternalLinksResolve(html);
        }

        @Test
        void orderedTocListGivesOrderedLists() {
            assertEquals("""
                    <ol id="markdown-toc">
                    <li><a href="#a" id="markdown-toc-a">A</a>
                    <ol>
                    <li><a href="#b" id="markdown-toc-b">B</a></li>
                    </ol>
                    </li>
                    </ol>
                    <h2 id="a">A</h2>
                    <h3 id="b">B</h3>
                    """, html("1. TOC\n{:toc}\n\n## A\n### B\n"));
        }

        @Test
        void attributesOfTheTocListAreKeptAndItsIdPrefixesTheEntries() {
            assertEquals("""
                    <ul class="side" id="contents">
                    <li><a href="#a" id="contents-a">A</a>
                    <ul>
                    <li><a href="#c" id="contents-c">C</a></li>
                    <li><a href="#b" id="contents-b">B</a></li>
                    </ul>
                    </li>
                    </ul>
                    <h1 id="a">A</h1>
                    <h3 id="c">C</h3>
                    <h2 id="b">B</h2>
                    """, html("* TOC\n{:toc .side #contents}\n\n# A\n### C\n## B\n"));
        }

        @Test
        void onlyTheFirstTocListIsReplaced() {
            assertEquals("""
                    <ul id="markdown-toc">
                    <li><a href="#a" id="markdown-toc-a">A</a></li>
                    </ul>
                    <ul>
                    <li>again</li>
                    </ul>
                    <h2 id="a">A</h2>
                    """, html("* TOC\n{:toc}\n\n- again\n{:toc}\n\n## A\n"));
        }

        @Test
        void documentWithoutHeadingsGetsNoToc() {
            assertEquals("<p>Just text.</p>\n", html("* TOC\n{:toc}\n\nJust text."));
        }
    }

    @Nested
    class MarkdownAttributeTests {

        @Test
        void markdownAttributeConvertsTheContentAndIsRemoved() {
            assertEquals("<div>\n<p><em>emph</em></p>\n</div>\n", html("<div markdown=\"1\">\n*emph*\n</div>\n"));
            assertEquals("<div>\n<p><em>one line</em></p>\n</div>\n", html("<div markdown=\"1\">*one line*</div>"));
        }

        @Test
        void contentUsesTheDocumentsLinksAndMayHoldBlankLines() {
            assertEquals("""
                    <div class="note">
                    <h2 id="heading">Heading</h2>
                    <p>Para with <a href="/target">link</a></p>
                    </div>
                    """, html("<div class=\"note\" markdown=\"1\">\n## Heading\n\nPara with [link][ref]\n</div>\n\n"
                    + "[ref]: /target\n"));
        }

        @Test
        void nestedElementsInsideQuotesAndListItems() {
            assertEquals("""
                    <blockquote>
                    <div>
                    <section>
                    <ul>
                    <li>item</li>
                    </ul>
                    </section>
                    </div>
                    </blockquote>
                    <ul>
                    <li>
                    <div>
                    <p><em>in list</em></p>
                    </div>
                    </li>
                    </ul>
                    """, html("> <div markdown=\"1\">\n> <section markdown=\"block\">\n> - item\n> </section>\n"
                    + "> </div>\n\n- <div markdown=\"1\">\n  *in list*\n  </div>\n"));
        }

        @Test
        void spanElementsGetSpanContentWithoutParagraph() {
            assertEquals("<p>\n<em>span</em> content\n</p>\n", html("<p markdown=\"1\">*span* content</p>"));
            assertEquals("<div>\n<strong>span</strong>\n</div>\n", html("<div markdown=\"span\">**span**</div>"));
        }

        @Test
        void rawElementsAndMarkdownZeroStayRawButLoseTheAttribute() {
            assertEquals("<table>\n<tr><td>*raw*</td></tr>\n</table>\n",
                    html("<table markdown=\"1\">\n<tr><td>*raw*</td></tr>\n</table>\n"));
            assertEquals("<div>\n*raw*\n</div>\n", html("<div markdown=\"0\">\n*raw*\n</div>\n"));
        }

        @Test
        void inlineHtmlLosesTheAttribute() {
            assertEquals("<p>Inline <span><em>x</em></span> here.</p>\n",
                    html("Inline <span markdown=\"1\">*x*</span> here."));
        }

        @Test
        void markdownAttributeInCodeStaysLiteral() {
            assertEquals("<pre><code class=\"language-html\">&lt;div markdown=&quot;1&quot;&gt;\n*code*\n"
                    + "&lt;/div&gt;\n</code></pre>\n<p><code>&lt;b markdown=&quot;1&quot;&gt;</code></p>\n",
                    html("```html\n<div markdown=\"1\">\n*code*\n</div>\n```\n\n`<b markdown=\"1\">`\n"));
        }

        @Test
        void commentsAndScriptsAreNotTags() {
            String markdown = "<div>\n<!-- <div markdown=\"1\"> -->\n<script>let s = '<div markdown=\"1\">';</script>\n"
                    + "</div>\n";
            assertEquals(markdown, html(markdown));
        }
    }

    @Test
    void abbreviationsAreMarkedWhereverTheWordAppears() {
        assertEquals("<p><abbr title=\"Hyper Text Markup Language\">HTML</abbr> and"
                        + " <abbr title=\"World Wide Web Consortium\">W3C</abbr>, not HTMLX or <code>HTML</code>.</p>\n",
                html("*[HTML]: Hyper Text Markup Language\n*[W3C]: World Wide Web Consortium\n"
                        + "HTML and W3C, not HTMLX or `HTML`."));
    }

    @Nested
    class DefinitionListTests {

        @Test
        void termAndDefinition() {
            assertEquals("<dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>\n", html("Term\n: Definition"));
        }

        @Test
        void severalDefinitionsAndTerms() {
            assertEquals("""
                    <dl>
                    <dt>Apple</dt>
                    <dd>A fruit.</dd>
                    <dd>A company.</dd>
                    <dt>Pear</dt>
                    <dd>Another fruit.</dd>
                    </dl>
                    """, html("Apple\n: A fruit.\n: A company.\n\nPear\n: Another fruit.\n"));
        }

        @Test
        void blankLineBeforeTheDefinitionMakesParagraphs() {
            assertEquals("<dl>\n<dt>Term</dt>\n<dd>\n<p>Loose definition.</p>\n</dd>\n</dl>\n",
                    html("Term\n\n: Loose definition."));
        }
    }

    @Nested
    class CodeHighlightingTests {

        private final List<String> calls = new ArrayList<>();
        private final Highlighting rubyOnly = (code, language) -> {
            calls.add(language + ":" + code);
            return language.equals("ruby")
                    ? Optional.of("<span class=\"k\">def</span> <span class=\"nf\">x</span> &lt; 1\n")
                    : Optional.empty();
        };

        @Test
        void knownLanguageGetsRougeWrapper() {
            assertEquals("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\">"
                    + "<pre class=\"highlight\"><code><span class=\"k\">def</span> <span class=\"nf\">x</span>"
                    + " &lt; 1\n</code></pre></div></div>\n", html("```ruby\ndef x < 1\n```\n", rubyOnly));
            assertEquals(List.of("ruby:def x < 1\n"), calls);
        }

        @Test
        void attributeListGoesOnTheWrapper() {
            assertEquals("<div class=\"language-ruby wide highlighter-rouge\" id=\"code\"><div class=\"highlight\">"
                    + "<pre class=\"highlight\"><code><span class=\"k\">def</span> <span class=\"nf\">x</span>"
                    + " &lt; 1\n</code></pre></div></div>\n",
                    html("```ruby\ndef x < 1\n```\n{: .wide #code}", rubyOnly));
        }

        @Test
        void unknownLanguageFallsBackToLanguageClass() {
            assertEquals("<pre><code class=\"language-cobol\">MOVE A TO B\n</code></pre>\n",
                    html("```cobol\nMOVE A TO B\n```\n", rubyOnly));
            assertEquals(List.of("cobol:MOVE A TO B\n"), calls);
        }

        @Test
        void noHighlightingFallsBackToLanguageClass() {
            assertEquals("<pre><code class=\"language-ruby\">def x &lt; 1\n</code></pre>\n",
                    html("```ruby\ndef x < 1\n```\n"));
        }

        @Test
        void codeWithoutLanguageIsPlainTextInJekyllsWrapper() {
            // Jekyll 4.3.1 (kramdown with Rouge) writes both so.
            Highlighting plainText = (code, language) -> {
                calls.add(language + ":" + code);
                return language.equals("plaintext") ? Optional.of(code.replace("<", "&lt;")) : Optional.empty();
            };
            assertEquals("<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\">"
                    + "<pre class=\"highlight\"><code>plain &lt;b>\n</code></pre></div></div>\n"
                    + "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\">"
                    + "<pre class=\"highlight\"><code>indented\n</code></pre></div></div>\n",
                    html("```\nplain <b>\n```\n\n    indented\n\n", plainText));
            assertEquals(List.of("plaintext:plain <b>\n", "plaintext:indented\n"), calls);
        }

        @Test
        void codeWithoutLanguageIsLeftToFlexmarkWhenPlainTextIsNotHighlighted() {
            assertEquals("<pre><code>plain\n</code></pre>\n<pre><code>indented\n</code></pre>\n",
                    html("```\nplain\n```\n\n    indented\n", rubyOnly));
        }
    }

    @Nested
    class LineNumberTests {

        private final Highlighting spans = (code, language) -> Optional.of("<span>" + code + "</span>");

        private String html(String markdown, Object options) {
            SiteConfig config = MarkdownParserTest.configWith(
                    java.util.Map.of("kramdown", java.util.Map.of("syntax_highlighter_opts", options)));
            return PARSER.toHtml(markdown, new ParseContext("_posts/2024-01-01-kramdown.md", 5, config,
                    path -> Optional.empty(), spans));
        }

        @Test
        void blockLineNumbersGiveRougesTableWithTheCodeInItsCodeCell() {
            // Jekyll 4.3.1 writes the same table and text, inside <pre class="highlight"><code> (invalid HTML).
            assertEquals("<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\">"
                            + "<table class=\"rouge-table\"><tbody><tr><td class=\"rouge-gutter gl\"><pre class=\"lineno\">1\n2\n"
                            + "</pre></td><td class=\"rouge-code\"><pre class=\"highlight\"><code><span>puts 1\nputs 2\n</span>"
                            + "</code></pre></td></tr></tbody></table></div></div>\n"
                            + "<p>Inline <code class=\"language-plaintext highlighter-rouge\"><span>x</span></code></p>\n",
                    html("```ruby\nputs 1\nputs 2\n```\n\nInline `x`\n",
                            java.util.Map.of("block", java.util.Map.of("line_numbers", true, "start_line", 1))));
        }

        @Test
        void lineNumbersForBothKindsStartWhereStartLineSaysAndSpansHaveNone() {
            String html = html("    one\n    two\n    three\n", java.util.Map.of("line_numbers", true, "start_line", 7));
            assertEquals(true, html.contains("<pre class=\"lineno\">7\n8\n9\n</pre>"), html);
        }

        @Test
        void withoutTheOptionTheCodeIsAsBefore() {
            assertEquals(false, html("```ruby\nputs 1\n```\n", java.util.Map.of("block", java.util.Map.of()))
                    .contains("rouge-table"));
        }
    }
}
