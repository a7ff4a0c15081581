package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes kramdown's table of contents in place of the list marked {@code {:toc}}.
 *
 * <p>The markup is kramdown's: {@code <ul id="markdown-toc">} (or {@code <ol>}, like the marked list), one
 * {@code <li><a href="#id" id="markdown-toc-id">Heading</a></li>} per heading of the document that has an
 * id and no {@code no_toc} class, in document order, and deeper headings in a nested list of the same kind
 * inside the item of the nearest shallower heading before them. Attributes of the marked list are kept; an
 * id among them replaces {@code markdown-toc}, also as the prefix of the entries' ids. Entry texts keep
 * the headings' markup, but not their links, and not their footnote references, as in kramdown.
 */
final class TableOfContents {

    private static final String DEFAULT_ID = "markdown-toc";

    private TableOfContents() {
    }

    static void render(KramdownNodes.Toc toc, NodeRendererContext context, HtmlWriter html) {
        List<Entry> roots = nest(toc, context);
        if (roots.isEmpty()) {
            // kramdown writes nothing for a document without headings.
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>(toc.attributes);
        attributes.putIfAbsent(AttributeList.ID, DEFAULT_ID);
        String tag = toc.ordered ? "ol" : "ul";
        StringBuilder out = new StringBuilder();
        out.append('<').append(tag);
        attributes.forEach((name, value) ->
                out.append(' ').append(name).append("=\"").append(Escaping.escapeHtml(value, false)).append('"'));
        out.append(">\n");
        String prefix = attributes.get(AttributeList.ID);
        for (Entry entry : roots) {
            write(entry, tag, prefix, context, out);
        }
        out.append("</").append(tag).append(">\n");
        html.line();
        html.raw(out);
        html.line();
    }

    /** kramdown's nesting: each heading goes into the nearest earlier entry of a lower level, if any. */
    private static List<Entry> nest(KramdownNodes.Toc toc, NodeRendererContext context) {
        List<Entry> roots = new ArrayList<>();
        Deque<Entry> open = new ArrayDeque<>();
        for (Heading heading : headings(toc.getDocument())) {
            String id = context.getNodeId(heading);
            if (id == null || id.isEmpty() || KramdownAttributes.isExcludedFromToc(heading)) {
                continue;
            }
            Entry entry = new Entry(heading, id);
            while (!open.isEmpty() && open.peek().heading.getLevel() >= heading.getLevel()) {
                open.pop();
            }
            (open.isEmpty() ? roots : open.peek().children).add(entry);
            open.push(entry);
        }
        return roots;
    }

    private static List<Heading> headings(Node root) {
        List<Heading> headings = new ArrayList<>();
        collect(root, headings);
        return headings;
    }

    private static void collect(Node parent, List<Heading> headings) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            } else if (node.hasChildren()) {
                collect(node, headings);
            }
        }
    }

    private static void write(Entry entry, String tag, String prefix, NodeRendererContext context, StringBuilder out) {
        String id = Escaping.escapeHtml(entry.id, false);
        out.append("<li><a href=\"#").append(id).append("\" id=\"")
                .append(Escaping.escapeHtml(prefix, false)).append('-').append(id).append("\">")
                .append(text(entry.heading, context)).append("</a>");
        if (!entry.children.isEmpty()) {
            out.append('\n').append('<').append(tag).append(">\n");
            for (Entry child : entry.children) {
                write(child, tag, prefix, context, out);
            }
            out.append("</").append(tag).append(">\n");
        }
        out.append("</li>\n");
    }

    /** The heading's inline HTML, with links reduced to their text and footnote references left out. */
    private static String text(Heading heading, NodeRendererContext context) {
        NodeRendererContext sub = context.getSubContext(false);
        sub.doNotRenderLinks();
        sub.renderChildren(heading);
        return ((LineAppendable) sub.getHtmlWriter()).toString(-1, -1).strip();
    }

    private static final class Entry {
        final Heading heading;
        final String id;
        final List<Entry> children = new ArrayList<>();

        Entry(Heading heading, String id) {
            this.heading = heading;
            this.id = id;
        }
    }
}
