package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.ParseContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Code spans as Jekyll 4.3.1 writes them (kramdown 2.4 with Rouge): highlighted like code blocks, so
 * {@code `x`} is {@code <code class="language-plaintext highlighter-rouge">x</code>}. Each expected HTML is
 * what {@code jekyll build} wrote for the same Markdown.
 */
class CodeSpansTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    /** Rouge as far as these tests need it: plain text and Ruby's {@code puts 1}; no other language. */
    private static final Highlighting ROUGE = (code, language) -> switch (language) {
        case "plaintext" -> Optional.of(code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        case "ruby" -> Optional.of(code.replace("puts", "<span class=\"nb\">puts</span>")
                .replace("1", "<span class=\"mi\">1</span>"));
        default -> Optional.empty();
    };

    private static String html(String markdown, Highlighting highlighting) {
        ParseContext context = new ParseContext("_posts/2024-01-01-code.md", 5, SiteConfig.defaults(),
                path -> Optional.empty(), highlighting);
        return PARSER.toHtml(markdown, context);
    }

    @Test
    void codeSpanGetsJekyllsPlainTextClasses() {
        assertEquals("<p>Inline <code class=\"language-plaintext highlighter-rouge\">x</code> and"
                        + " <code class=\"language-plaintext highlighter-rouge\">a -- b</code>.</p>\n",
                html("Inline `x` and `a -- b`.", ROUGE));
    }

    @Test
    void codeSpanIsEscapedAsRougeEscapes() {
        // Rouge leaves quotes alone where flexmark would write &quot;.
        assertEquals("<p>Q <code class=\"language-plaintext highlighter-rouge\">a \"b\" &amp; &lt;c&gt; 'd'</code></p>\n",
                html("Q `a \"b\" & <c> 'd'`", ROUGE));
    }

    @Test
    void codeSpanWithAttributeListIsHighlightedInItsLanguage() {
        assertEquals("<p><code class=\"language-ruby highlighter-rouge\"><span class=\"nb\">puts</span>"
                        + " <span class=\"mi\">1</span></code> and"
                        + " <code class=\"language-plaintext foo highlighter-rouge\">x</code> and"
                        + " <code class=\"language-nosuch\">y</code></p>\n",
                html("`puts 1`{: .language-ruby} and `x`{: .foo} and `y`{: .language-nosuch}", ROUGE));
    }

    @Test
    void codeSpanInAHeadingAndALinkToo() {
        assertEquals("<h2 id=\"the-x-option\">The <code class=\"language-plaintext highlighter-rouge\">x</code>"
                        + " option</h2>\n<p><a href=\"/x\"><code class=\"language-plaintext highlighter-rouge\">x</code></a></p>\n",
                html("## The `x` option\n\n[`x`](/x)", ROUGE));
    }

    @Test
    void codeSpanWithoutHighlightingIsBare() {
        // highlighter: none, or syntax_highlighter_opts: {disable: true}: Jekyll writes <code>x</code>.
        assertEquals("<p>Inline <code>x</code>.</p>\n", html("Inline `x`.", Highlighting.NONE));
    }

    @Test
    void fastRendererAndFlexmarkAgree() {
        MarkdownEngine engine = new MarkdownEngine();
        String markdown = "A `x <y>` and *`z`* and [`w`](/w)\n\n| `t` |\n|---|\n| `u` |\n";
        assertEquals(engine.toHtmlWith(markdown, ROUGE, false), engine.toHtmlWith(markdown, ROUGE, true));
    }

    @Test
    void highlightedClassFollowsKramdown() {
        assertEquals("language-plaintext highlighter-rouge", CodeSpans.highlightedClass(null, "plaintext"));
        assertEquals("language-plaintext foo highlighter-rouge", CodeSpans.highlightedClass("foo", "plaintext"));
        assertEquals("language-ruby foo highlighter-rouge", CodeSpans.highlightedClass("language-ruby foo", "ruby"));
        // kramdown's sub(/\blanguage-\S+|(^)/) matches the start first when the language class is not first.
        assertEquals("language-ruby foo language-ruby highlighter-rouge",
                CodeSpans.highlightedClass("foo language-ruby", "ruby"));
    }
}
