package dev.colophon.html.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which excerpts {@code {% seo %}} takes as Markdown would leave them (so it does not convert them again):
 * one HTML block, opened by a block tag at the start of its line, without a blank line.
 */
class SeoExcerptTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>One paragraph with <em>emphasis</em>.</p>\\n                   | true
            \\n<p>Blank lines around</p>\\n\\n                                 | true
            <p>A soft\\nline break</p>                                        | true
            <h2 id="x">Heading</h2>                                            | true
            <ul>\\n<li>one</li>\\n<li>two</li>\\n</ul>\\n                      | true
            <div class="language-ruby highlighter-rouge"><pre>a</pre></div>    | true
            <p>One</p>\\n\\n<p>Two</p>                                         | false
            <pre><code>code\\n</code></pre>\\n                                 | false
            <span>inline</span>                                                | false
            Plain *Markdown* text                                              | false
            \\u0020   <p>indented</p>                                          | false
            <paragraph>not a block tag</paragraph>                             | false
            """)
    void oneHtmlBlockIsAnExcerptMarkdownLeavesAsItIs(String html, boolean one) {
        String text = html.strip().replace("\\n", "\n").replace("\\u0020", " ");
        assertEquals(one, SeoTag.isOneHtmlBlock(text), text);
    }
}
