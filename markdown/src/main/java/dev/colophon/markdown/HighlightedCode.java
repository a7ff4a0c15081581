package dev.colophon.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.colophon.spi.Highlighting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a code block as kramdown does with Rouge, when the site's highlighting knows the language:
 * {@code <div class="language-LANG highlighter-rouge"><div class="highlight"><pre class="highlight"><code>…}
 * {@code </code></pre></div></div>}. Otherwise flexmark writes it, as {@code <pre><code class="language-LANG">}.
 * A fence without a language and an indented code block are {@code plaintext}, as in Jekyll, which gives
 * them the same wrapper.
 *
 * <p>Attributes from a kramdown attribute list go on the outer {@code div}, its classes between the
 * language and {@code highlighter-rouge}, as kramdown puts them.
 */
final class HighlightedCode {

    /** The highlighting of the document being converted; set on the document before rendering. */
    static final DataKey<Highlighting> HIGHLIGHTING = new DataKey<>("COLOPHON_HIGHLIGHTING", Highlighting.NONE);

    static final String WRAPPER_CLASS = "highlighter-rouge";
    /** The language of code that names none: Rouge's plain-text lexer, which Jekyll's kramdown uses then. */
    static final String PLAIN_TEXT = "plaintext";
    private static final AttributablePart WRAPPER = new AttributablePart("HIGHLIGHTER_ROUGE_WRAPPER");

    private HighlightedCode() {
    }

    static void use(MutableDataHolder document, Highlighting highlighting) {
        document.set(HIGHLIGHTING, highlighting);
    }

    static void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String named = language(node, context);
        String language = named.isEmpty() ? PLAIN_TEXT : named;
        Optional<String> markup = HIGHLIGHTING.get(context.getDocument())
                .highlight(node.getContentChars().normalizeEOL(), language);
        if (markup.isEmpty()) {
            context.delegateRender();
            return;
        }
        write(node, language, markup.get(), html);
    }

    static void render(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        Optional<String> markup = HIGHLIGHTING.get(context.getDocument()).highlight(code(node), PLAIN_TEXT);
        if (markup.isEmpty()) {
            context.delegateRender();
            return;
        }
        write(node, PLAIN_TEXT, markup.get(), html);
    }

    /** An indented block's code as flexmark writes it: blank lines at its end dropped, one line end kept. */
    static String code(IndentedCodeBlock node) {
        return node.getContentChars().trimTailBlankLines().normalizeEndWithEOL();
    }

    private static void write(Node node, String language, String markup, HtmlWriter html) {
        Map<String, String> attributes = new LinkedHashMap<>(KramdownAttributes.of(node));
        String classes = attributes.get(AttributeList.CLASS);
        attributes.put(AttributeList.CLASS, "language-" + language + " "
                + (classes == null || classes.isBlank() ? "" : classes + " ") + WRAPPER_CLASS);

        html.line();
        attributes.forEach(html::attr);
        // A part of its own, so that the attribute provider does not add the list's attributes a second time.
        html.withAttr(WRAPPER).tag("div");
        html.raw("<div class=\"highlight\">");
        html.openPre();
        html.raw(inner(node.getDocument(), markup));
        html.closePre();
        html.raw("</div>");
        html.tag("/div");
        html.line();
    }

    /**
     * What goes inside {@code <div class="highlight">}: the markup in {@code <pre class="highlight"><code>},
     * or with kramdown's {@code syntax_highlighter_opts: {block: {line_numbers: true}}} Rouge's table of line
     * numbers and code. Jekyll puts that table inside the {@code <code>}, which is not valid HTML; here the
     * {@code <pre class="highlight"><code>} goes in the table's code cell, as {@code {% highlight linenos %}}
     * does, and the text is the same.
     */
    static String inner(DataHolder document, String markup) {
        Highlighting highlighting = HIGHLIGHTING.get(document);
        if (!(highlighting instanceof LineNumbers numbered)) {
            return "<pre class=\"highlight\"><code>" + markup + "</code></pre>";
        }
        StringBuilder table = new StringBuilder(markup.length() + 200)
                .append("<table class=\"rouge-table\"><tbody><tr><td class=\"rouge-gutter gl\"><pre class=\"lineno\">");
        int lines = 0;
        for (int i = 0; i < markup.length(); i++) {
            if (markup.charAt(i) == '\n') {
                lines++;
            }
        }
        // A last line without its line end counts if it has text, not only the highlighter's closing tags.
        String last = markup.substring(markup.lastIndexOf('\n') + 1);
        if (!last.replaceAll("<[^>]*>", "").isEmpty()) {
            lines++;
        }
        for (int line = 0; line < lines; line++) {
            table.append(numbered.from() + line).append('\n');
        }
        return table.append("</pre></td><td class=\"rouge-code\"><pre class=\"highlight\"><code>").append(markup)
                .append("</code></pre></td></tr></tbody></table>").toString();
    }

    /**
     * The site's highlighting, for code blocks with kramdown's line numbers from {@code from} on; code
     * spans get none, as in kramdown.
     */
    record LineNumbers(Highlighting highlighting, int from) implements Highlighting {
        @Override
        public Optional<String> highlight(String code, String language) {
            return highlighting.highlight(code, language);
        }
    }

    /** The fence's language as flexmark reads it: the info string's first word, unescaped. */
    private static String language(FencedCodeBlock node, NodeRendererContext context) {
        BasedSequence info = node.getInfo();
        if (info.isNull() || info.isBlank()) {
            return "";
        }
        return node.getInfoDelimitedByAny(context.getHtmlOptions().languageDelimiterSet).unescape();
    }
}
