package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * Writes a code span's text as CommonMark 0.31 has it: line endings become spaces, and one space is taken
 * from each end when both ends have one and the text is not all spaces. flexmark 0.64 instead trims all
 * white space at the ends and collapses runs of it inside, so {@code `a   b`} became {@code a b} where
 * kramdown too keeps {@code a   b}.
 *
 * <p>When the site highlights code, a span is highlighted too, as Jekyll's kramdown does with Rouge: in the
 * language its attribute list names ({@code `puts 1`{: .language-ruby}}), else in plain text, and its
 * {@code <code>} gets kramdown's classes, {@code <code class="language-plaintext highlighter-rouge">x</code>}.
 */
final class CodeSpans implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Code.class, CodeSpans::render));
    }

    /** A part of its own, so that the attribute provider does not add the list's attributes a second time. */
    private static final AttributablePart HIGHLIGHTED = new AttributablePart("HIGHLIGHTED_CODE_SPAN");
    /** kramdown's {@code extract_code_language}: the first {@code language-} class names the language. */
    private static final Pattern LANGUAGE = Pattern.compile("\\blanguage-(\\S+)");
    private static final Pattern LEADING_LANGUAGE = Pattern.compile("^language-\\S+");

    private static void render(Code node, NodeRendererContext context, HtmlWriter html) {
        String text = text(node);
        Map<String, String> attributes = KramdownAttributes.of(node);
        String language = language(attributes.get(AttributeList.CLASS));
        Optional<String> markup = HighlightedCode.HIGHLIGHTING.get(context.getDocument()).highlight(text, language);
        if (markup.isEmpty()) {
            html.withAttr().tag("code");
            html.text(text);
            html.tag("/code");
            return;
        }
        Map<String, String> own = new LinkedHashMap<>(attributes);
        own.put(AttributeList.CLASS, highlightedClass(own.get(AttributeList.CLASS), language));
        own.forEach(html::attr);
        html.withAttr(HIGHLIGHTED).tag("code");
        html.raw(markup.get());
        html.tag("/code");
    }

    /** The language a span is highlighted in: its first {@code language-} class, else plain text. */
    static String language(String classes) {
        if (classes != null) {
            Matcher m = LANGUAGE.matcher(classes);
            if (m.find()) {
                return m.group(1);
            }
        }
        return HighlightedCode.PLAIN_TEXT;
    }

    /**
     * The class of a highlighted span as kramdown's {@code add_syntax_highlighter_to_class_attr} makes it:
     * {@code highlighter-rouge} appended, and the language class replacing a leading {@code language-} class
     * or put first ({@code foo} becomes {@code language-plaintext foo highlighter-rouge}).
     */
    static String highlightedClass(String classes, String language) {
        String joined = ((classes == null ? "" : classes) + " " + HighlightedCode.WRAPPER_CLASS).stripLeading();
        Matcher leading = LEADING_LANGUAGE.matcher(joined);
        if (leading.find()) {
            return "language-" + language + joined.substring(leading.end());
        }
        return "language-" + language + " " + joined;
    }

    /** The text between the span's backticks as the span shows it. */
    static String text(Code node) {
        String text = node.getText().toString();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        }
        int length = text.length();
        if (length >= 2 && text.charAt(0) == ' ' && text.charAt(length - 1) == ' ' && !allSpaces(text)) {
            return text.substring(1, length - 1);
        }
        return text;
    }

    private static boolean allSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Supplies the renderer; it has no state, so one instance serves every document. */
    static final class Factory implements NodeRendererFactory {
        private static final CodeSpans INSTANCE = new CodeSpans();

        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return INSTANCE;
        }
    }
}
