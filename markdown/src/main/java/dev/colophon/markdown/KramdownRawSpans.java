package dev.colophon.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * Leaves the text of kramdown's raw span elements as written: between {@code <code>} and {@code </code>}
 * (and {@code kbd}, {@code samp}, {@code var}, {@code script}, {@code mark}, any element kramdown does not
 * know...) kramdown applies no Markdown and no typography, so {@code <code>c -- d</code>} keeps its
 * {@code --} and {@code <kbd>*</kbd>} its star. Elements kramdown parses as spans ({@code span}, {@code em},
 * {@code a}, {@code small}, {@code abbr}...) keep their Markdown, as in kramdown.
 *
 * <p>Runs after parsing: what flexmark made of the element's content becomes text again, tags in it stay
 * tags. An element without its closing tag among its siblings is left alone (kramdown would take the rest of
 * the paragraph as its content).
 */
final class KramdownRawSpans {

    /** kramdown's {@code HTML_CONTENT_MODEL_SPAN}: elements whose content kramdown parses as Markdown. */
    private static final Set<String> SPAN = Set.of("a", "abbr", "acronym", "b", "bdo", "big", "button", "cite",
            "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins", "label", "legend",
            "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "select", "small", "span", "strong",
            "sub", "sup", "th", "tt");
    /** kramdown's {@code HTML_ELEMENTS_WITHOUT_BODY}. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "command", "embed", "hr", "img",
            "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
    /** kramdown's {@code HTML_BLOCK_ELEMENTS}, which it does not take as elements inside a paragraph. */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "applet", "body",
            "blockquote", "caption", "col", "colgroup", "dd", "div", "dl", "dt", "fieldset", "figcaption", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe",
            "legend", "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary",
            "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul");

    private static final Pattern OPEN = Pattern.compile("<([A-Za-z][A-Za-z0-9_:.-]*)(?:\\s[^>]*)?>",
            Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("</([A-Za-z][A-Za-z0-9_:.-]*)\\s*>");

    private KramdownRawSpans() {
    }

    static void apply(Document document) {
        if (SafeMarkdown.SAFE.get(document) || document.getChars().indexOf('<') < 0) {
            return;
        }
        visit(document);
    }

    private static void visit(Node parent) {
        Map<Node, Node> closings = closings(parent);
        Node child = parent.getFirstChild();
        while (child != null) {
            Node close = closings.get(child);
            if (close != null) {
                Node node = child.getNext();
                while (node != close) {
                    Node next = node.getNext();
                    unparse(node);
                    node = next;
                }
                child = close.getNext();
            } else {
                if (child.hasChildren()) {
                    visit(child);
                }
                child = child.getNext();
            }
        }
    }

    /** The element an opening tag starts, when kramdown takes its content as raw; else null. */
    static String rawElement(CharSequence tag) {
        Matcher open = OPEN.matcher(tag);
        if (!open.matches() || tag.charAt(tag.length() - 2) == '/') {
            return null;
        }
        String name = open.group(1).toLowerCase(Locale.ROOT);
        return SPAN.contains(name) || VOID.contains(name) || BLOCK.contains(name) ? null : name;
    }

    /**
     * The closing tag of each raw element among {@code parent}'s children, counting nested ones of its name;
     * elements without one are left out. One pass, matching tags of a name as brackets: looking ahead from
     * each opening tag took time quadratic in a paragraph of unclosed {@code <kbd>}. Unparsing what lies
     * between a pair changes no child after it, so the pairs stay right while {@link #visit} works.
     */
    private static Map<Node, Node> closings(Node parent) {
        Map<Node, Node> closings = new IdentityHashMap<>();
        Map<String, Deque<Node>> open = new HashMap<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof HtmlInline)) {
                continue;
            }
            Matcher close = CLOSE.matcher(node.getChars());
            if (close.matches()) {
                Deque<Node> opened = open.get(close.group(1).toLowerCase(Locale.ROOT));
                if (opened != null && !opened.isEmpty()) {
                    closings.put(opened.pop(), node);
                }
                continue;
            }
            String name = rawElement(node.getChars());
            if (name != null) {
                open.computeIfAbsent(name, n -> new ArrayDeque<>()).push(node);
            }
        }
        return closings;
    }

    /** Replaces a node by the text it was parsed from, keeping the HTML tags, comments and entities in it. */
    private static void unparse(Node node) {
        if (node instanceof HtmlInline || node instanceof HtmlInlineComment || node instanceof HtmlEntity
                || node instanceof SoftLineBreak) {
            return;
        }
        if (node instanceof Text) {
            literal(node, node.getChars());
            node.unlink();
            return;
        }
        BasedSequence chars = node.getChars();
        if (!node.hasChildren()) {
            literal(node, chars);
            node.unlink();
            return;
        }
        int childrenEnd = node.getLastChild().getEndOffset();
        literal(node, chars.baseSubSequence(chars.getStartOffset(), node.getFirstChild().getStartOffset()));
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            unparse(child);
            child = next;
        }
        literal(node, chars.baseSubSequence(childrenEnd, chars.getEndOffset()));
        node.unlink();
    }

    /**
     * Inserts {@code chars} before {@code node} as text that shows as written: each backslash in a text of its
     * own, since text is unescaped when written and kramdown reads no escapes in raw content.
     */
    private static void literal(Node node, BasedSequence chars) {
        int start = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == '\\') {
                if (i > start) {
                    node.insertBefore(new Text(chars.subSequence(start, i)));
                }
                node.insertBefore(new Text(chars.subSequence(i, i + 1)));
                start = i + 1;
            }
        }
        if (start < chars.length()) {
            node.insertBefore(new Text(chars.subSequence(start)));
        }
    }

    static final class PostProcessorFactory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new DocumentPostProcessor() {
                @Override
                public @NotNull Document processDocument(@NotNull Document document) {
                    KramdownRawSpans.apply(document);
                    return document;
                }
            };
        }
    }
}
