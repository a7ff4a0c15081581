package dev.colophon.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jetbrains.annotations.NotNull;

/**
 * Gives blocks and spans the attributes their kramdown attribute lists ask for, then removes the lists.
 *
 * <p>A block list applies to the block right before it when no blank line separates them, otherwise to the
 * next block, as in kramdown; a span list applies to the span right before it ({@code *a*{: .x}}), and one
 * after plain text is dropped (kramdown keeps it as text and warns). The first list that {@code {:toc}}
 * marks becomes the table of contents. Lists that reach nothing are dropped silently, so no <code>{:</code>
 * text is left, except where the braces hold something other than attribute list items, like the Ruby hash
 * {@code {:a => 1}} in prose, which stays text.
 *
 * <p>The attributes are kept per node in the document ({@link #of(Node)}) and written by the attribute
 * provider, except a heading's id, which becomes its anchor id so that links and the table of contents use
 * it.
 */
final class KramdownAttributes {

    static final String TOC = "toc";
    private static final String NO_TOC = "no_toc";

    private static final DataKey<Map<Node, Map<String, String>>> ATTRIBUTES = new DataKey<>(
            "COLOPHON_KRAMDOWN_ATTRIBUTES", new IdentityHashMap<>(), holder -> new IdentityHashMap<>());

    private KramdownAttributes() {
    }

    /** The attributes the document's attribute lists gave {@code node}; empty for most nodes. */
    static Map<String, String> of(Node node) {
        return ATTRIBUTES.get(node.getDocument()).getOrDefault(node, Map.of());
    }

    /** Whether any node of {@code document} has attributes from an attribute list. */
    static boolean hasAny(Document document) {
        return !ATTRIBUTES.get(document).isEmpty();
    }

    /** Whether a heading was marked {@code .no_toc} and stays out of the table of contents. */
    static boolean isExcludedFromToc(Heading heading) {
        return AttributeList.hasClass(of(heading), NO_TOC);
    }

    // ---------------------------------------------------------------------------------------------------
    // Post-processing: apply the lists, then remove them.

    private static void applyLists(Document document) {
        List<KramdownNodes.AttributeDefinition> definitionNodes = new ArrayList<>();
        List<KramdownNodes.HeadingId> headingIds = new ArrayList<>();
        List<KramdownNodes.SpanAttributes> spans = new ArrayList<>();
        List<KramdownNodes.BlockAttributes> blocks = new ArrayList<>();
        collect(document, definitionNodes, headingIds, spans, blocks);
        if (definitionNodes.isEmpty() && headingIds.isEmpty() && spans.isEmpty() && blocks.isEmpty()) {
            return;
        }

        Map<String, AttributeList> definitions = new HashMap<>();
        for (KramdownNodes.AttributeDefinition definition : definitionNodes) {
            definitions.put(definition.name, definition.attributes);
            definition.unlink();
        }

        for (KramdownNodes.HeadingId headingId : headingIds) {
            if (headingId.getPrevious() instanceof Text text) {
                text.setChars(text.getChars().trimEnd());
            }
            if (headingId.getParent() instanceof Heading heading) {
                heading.setAnchorRefId(headingId.id);
                heading.setExplicitAnchorRefId(true);
            }
            headingId.unlink();
        }

        Map<Node, AttributeList> lists = new LinkedHashMap<>();
        List<Node> touchedParagraphs = new ArrayList<>();
        for (KramdownNodes.SpanAttributes span : spans) {
            Node previous = span.getPrevious();
            if (isSpanElement(previous)) {
                lists.computeIfAbsent(previous, n -> new AttributeList()).merge(span.attributes);
            } else if (!span.wellFormed) {
                // Nothing to apply to, and not even a clean list: prose such as "{:a => 1}", kept as text.
                span.insertBefore(new Text(span.getChars()));
            } else if (previous instanceof Text text && span.getNext() == null) {
                // Dropped at the end of a block: "## Title {: .x}" is the heading "Title".
                text.setChars(text.getChars().trimEnd());
            }
            if (span.getParent() instanceof Paragraph paragraph) {
                touchedParagraphs.add(paragraph);
            }
            span.unlink();
        }

        BasedSequence source = document.getChars();
        // Lines (by start offset) whose list went to the next block: a list right below goes there too.
        Map<Integer, Boolean> forwardLines = new HashMap<>();
        for (KramdownNodes.BlockAttributes block : blocks) {
            liftOutOfItems(block, source);
            int lineStart = lineStart(source, block.getStartOffset());
            int previousLineStart = lineStart == 0 ? -1 : lineStart(source, lineStart - 1);
            boolean forward = lineStart == 0 || isBlank(source, previousLineStart, lineStart)
                    || forwardLines.getOrDefault(previousLineStart, false);
            Node previous = previousBlock(block);
            Node target = !forward && previous != null ? previous : nextBlock(block);
            forwardLines.put(lineStart, target != previous);
            if (canTakeAttributes(target)) {
                lists.computeIfAbsent(target, n -> new AttributeList()).merge(block.attributes);
            }
            block.unlink();
        }

        Map<Node, Map<String, String>> resolved = ATTRIBUTES.get(document);
        Node toc = firstTocList(lists);
        boolean safe = SafeMarkdown.SAFE.get(document);
        lists.forEach((node, list) -> {
            Map<String, String> attributes = list.resolve(definitions);
            if (safe) {
                attributes.keySet().removeIf(name -> !SafeMarkdown.allowsAttribute(name));
            }
            if (node == toc) {
                node.insertBefore(new KramdownNodes.Toc(node.getChars(), node instanceof OrderedList, attributes));
                node.unlink();
                return;
            }
            if (node instanceof Heading heading && attributes.containsKey(AttributeList.ID)) {
                heading.setAnchorRefId(attributes.remove(AttributeList.ID));
                heading.setExplicitAnchorRefId(true);
            }
            if (!attributes.isEmpty()) {
                resolved.put(node, attributes);
            }
        });

        for (Node paragraph : touchedParagraphs) {
            if (paragraph.getParent() != null && isEmpty(paragraph)) {
                paragraph.unlink();
            }
        }
    }

    private static void collect(Node parent, List<KramdownNodes.AttributeDefinition> definitions,
            List<KramdownNodes.HeadingId> headingIds, List<KramdownNodes.SpanAttributes> spans,
            List<KramdownNodes.BlockAttributes> blocks) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof KramdownNodes.AttributeDefinition definition) {
                definitions.add(definition);
            } else if (node instanceof KramdownNodes.HeadingId headingId) {
                headingIds.add(headingId);
            } else if (node instanceof KramdownNodes.SpanAttributes span) {
                spans.add(span);
            } else if (node instanceof KramdownNodes.BlockAttributes block) {
                blocks.add(block);
            } else if (node.hasChildren()) {
                collect(node, definitions, headingIds, spans, blocks);
            }
        }
    }

    /**
     * Moves a list less indented than the item it was put in after the item's list. flexmark continues a
     * definition ({@code : text}) with any line up to a blank one, where kramdown ends the definition list
     * at an attribute list line, which then belongs to the whole list.
     */
    private static void liftOutOfItems(Node block, BasedSequence source) {
        int column = block.getStartOffset() - lineStart(source, block.getStartOffset());
        Node parent = block.getParent();
        while (parent instanceof DefinitionItem item && item.getParent() != null
                && item.getFirstChild() != block
                && column < item.getFirstChild().getStartOffset()
                        - lineStart(source, item.getFirstChild().getStartOffset())) {
            item.getParent().insertAfter(block);
            parent = block.getParent();
        }
    }

    /** The spans kramdown lets a span attribute list reach, all written by flexmark with attributes. */
    private static boolean isSpanElement(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough
                || node instanceof Code || node instanceof Link || node instanceof Image
                || node instanceof LinkRef || node instanceof ImageRef
                || node instanceof AutoLink || node instanceof MailLink;
    }

    private static boolean isAttributeNode(Node node) {
        return node instanceof KramdownNodes.BlockAttributes || node instanceof KramdownNodes.AttributeDefinition;
    }

    private static Node previousBlock(Node node) {
        Node previous = node.getPrevious();
        while (previous != null && isAttributeNode(previous)) {
            previous = previous.getPrevious();
        }
        return previous;
    }

    private static Node nextBlock(Node node) {
        Node next = node.getNext();
        while (next != null && isAttributeNode(next)) {
            next = next.getNext();
        }
        return next;
    }

    /** Blocks whose HTML flexmark writes with attributes: not raw HTML, and not definitions of any kind. */
    private static boolean canTakeAttributes(Node node) {
        return node instanceof Block && !(node instanceof HtmlBlockBase) && !(node instanceof Reference)
                && !(node instanceof AbbreviationBlock) && !(node instanceof FootnoteBlock)
                && !isAttributeNode(node);
    }

    private static Node firstTocList(Map<Node, AttributeList> lists) {
        Node first = null;
        for (Map.Entry<Node, AttributeList> entry : lists.entrySet()) {
            Node node = entry.getKey();
            if ((node instanceof BulletList || node instanceof OrderedList) && entry.getValue().refersTo(TOC)
                    && (first == null || node.getStartOffset() < first.getStartOffset())) {
                first = node;
            }
        }
        return first;
    }

    private static int lineStart(BasedSequence source, int offset) {
        int start = Math.min(offset, source.length());
        while (start > 0 && source.charAt(start - 1) != '\n' && source.charAt(start - 1) != '\r') {
            start--;
        }
        return start;
    }

    /** Whether a line holds nothing but spaces and quote markers, i.e. is blank inside its containers. */
    private static boolean isBlank(BasedSequence source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c != ' ' && c != '\t' && c != '>' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Node paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            boolean blank = child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text && child.getChars().isBlank();
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    static final class PostProcessorFactory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new DocumentPostProcessor() {
                @Override
                public @NotNull Document processDocument(@NotNull Document document) {
                    applyLists(document);
                    return document;
                }
            };
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Rendering: the attributes go on the element flexmark writes for the node.

    private static final class Provider implements AttributeProvider {
        @Override
        public void setAttributes(@NotNull Node node, @NotNull AttributablePart part,
                @NotNull MutableAttributes attributes) {
            if (part != AttributablePart.NODE && part != AttributablePart.LINK) {
                return;
            }
            Map<String, String> own = of(node);
            own.forEach((name, value) -> {
                if (name.equals(AttributeList.CLASS)) {
                    attributes.addValue(name, value);
                } else {
                    attributes.replaceValue(name, value);
                }
            });
        }
    }

    static AttributeProviderFactory providerFactory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return new Provider();
            }
        };
    }
}
