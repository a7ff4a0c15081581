package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kramdown takes the content of {@code code}, {@code kbd}, {@code samp}, {@code var}, {@code script},
 * {@code textarea} and elements it does not know ({@code mark}, {@code u}, custom elements) as raw text: no
 * typography, no Markdown. The expected HTML is what Jekyll 4.3.1 wrote for the same Markdown, quotes
 * aside (flexmark writes {@code &quot;} where kramdown writes {@code "}).
 */
class KramdownRawSpansTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Raw <code>c -- d</code> and <kbd>e -- f</kbd>|<p>Raw <code>c -- d</code> and <kbd>e -- f</kbd></p>",
        "<samp>s -- t</samp> <var>a...b</var> <code>it's</code>|<p><samp>s -- t</samp> <var>a...b</var> <code>it's</code></p>",
        "<code>*x* & -- <b>b -- c</b></code>|<p><code>*x* &amp; -- <b>b -- c</b></code></p>",
        "<mark>m -- n *e*</mark> <u>u -- v</u> <custom-el>c -- d</custom-el>|<p><mark>m -- n *e*</mark> <u>u -- v</u> <custom-el>c -- d</custom-el></p>",
        "x <script>a -- b</script> <textarea>t -- u</textarea>|<p>x <script>a -- b</script> <textarea>t -- u</textarea></p>",
        "<code>`x` [l](/u) \\* a\\b</code>|<p><code>`x` [l](/u) \\* a\\b</code></p>",
        "<kbd>a</kbd>--<kbd>b</kbd>|<p><kbd>a</kbd>–<kbd>b</kbd></p>",
        // span elements keep their Markdown and typography, as in kramdown
        "<span>*x* -- y</span> <small>s -- *t*</small> <a href=\"x\">a -- b</a> <tt>t -- u</tt>|<p><span><em>x</em> – y</span> <small>s – <em>t</em></small> <a href=\"x\">a – b</a> <tt>t – u</tt></p>",
        // no closing tag among the element's siblings: left as parsed
        "<code>a -- b|<p><code>a – b</p>",
    })
    void rawElementsKeepTheirTextAsWritten(String markdown, String html) {
        assertEquals(html + "\n", ENGINE.toHtml(markdown));
    }
}
