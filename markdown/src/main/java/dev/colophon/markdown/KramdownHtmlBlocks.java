package dev.colophon.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.colophon.markdown.MarkdownInHtml.Tag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * kramdown's block HTML, as Jekyll sites (kramdown's default {@code parse_block_html: false}) rely on it,
 * where CommonMark ends an HTML block at the first blank line and reads what follows as Markdown:
 * <ul>
 * <li>An element that starts a block is raw HTML up to its end tag, blank lines and all: {@code <ul>⏎⏎
 *     <li>one</li>⏎⏎</ul>} stays a list, not a code block showing the tags, and text a Liquid loop wrote
 *     inside a {@code <table>} stays text, not paragraphs with typographic quotes.
 * <li>After the line of that end tag, Markdown starts again: a fence, a heading or a paragraph right after
 *     {@code </div>} is one.
 * </ul>
 * The end tag is found as kramdown finds it: each start tag inside opens an element that its own end tag
 * closes (void elements aside), an end tag that closes nothing open is text. An element never closed stays
 * CommonMark's (kramdown would take the rest of the document as its content, which is rarely what the author
 * meant and would hide the whole page if our reading of a tag differed from kramdown's). Elements kramdown
 * counts as text (its span elements: {@code <a>}, {@code <span>}, {@code <img>} …) start no element here;
 * the content of an element with the {@code markdown} attribute is {@link MarkdownInHtml}'s. Only blocks of
 * the document's top level count, as kramdown's HTML parser does not look inside lists and quotes either.
 *
 * <p>The spec examples where this differs from CommonMark are listed in the spec test's kramdown failures;
 * a site that sets {@code markdown: CommonMark} gets CommonMark's rules ({@link MarkdownEngine}).
 */
final class KramdownHtmlBlocks {

    private static final int MAX_ROUNDS = 8;
    /** Tags a document may be searched past, per tag it has, before elements are left as CommonMark reads them. */
    private static final int WORK_PER_TAG = 64;

    // kramdown's HTML_SPAN_ELEMENTS: a line starting with one of these is a paragraph's text.
    private static final Set<String> SPAN_ELEMENTS = Set.of("a", "abbr", "acronym", "b", "big", "bdo", "br",
            "button", "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark",
            "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong",
            "sub", "sup", "tt", "u", "var");
    // kramdown's HTML_ELEMENTS_WITHOUT_BODY.
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "command", "embed",
            "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
    // Elements CommonMark already reads to their end tag, blank lines and all.
    private static final Set<String> TO_END_TAG = Set.of("pre", "script", "style", "textarea");

    private KramdownHtmlBlocks() {
    }

    /** A document and the source it was parsed from. */
    record Parsed(String source, Document document) {
    }

    /** An element that starts a top-level block: from its start tag to the end of its end tag's line. */
    private record Element(int start, int end, boolean markdownInside) {
    }

    /**
     * Parses {@code markdown} with {@code parse}, so that Markdown right after the line of a top-level
     * element's end tag is Markdown: a blank line is put there, and the text parsed again.
     */
    static Parsed parse(String markdown, Function<String, Document> parse) {
        Document document = parse.apply(markdown);
        if (markdown.indexOf('<') < 0) {
            return new Parsed(markdown, document);
        }
        String source = markdown;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Integer> splits = splitPoints(document, source);
            if (splits.isEmpty()) {
                break;
            }
            StringBuilder split = new StringBuilder(source);
            for (int i = splits.size() - 1; i >= 0; i--) {
                split.insert((int) splits.get(i), '\n');
            }
            source = split.toString();
            document = parse.apply(source);
        }
        return new Parsed(source, document);
    }

    /** The line starts right after an element's end tag line that are inside another block's text. */
    private static List<Integer> splitPoints(Document document, String source) {
        List<Integer> splits = new ArrayList<>();
        Node node = document.getFirstChild();
        for (Element element : elements(document, source, List.of())) {
            int after = element.end;
            while (node != null && node.getEndOffset() <= after) {
                node = node.getNext();
            }
            if (node != null && node.getStartOffset() < after && after < source.length()
                    && !isBlankLine(source, after)) {
                splits.add(after);
            }
        }
        return splits;
    }

    /**
     * Makes each top-level element raw HTML to its end tag: the blocks CommonMark read between its start
     * tag and the end of its end tag's line become one HTML block. {@code markdownElements} are the start
     * tags of elements whose content is Markdown ({@link MarkdownInHtml}); an element holding one is left.
     * {@code source} is the text {@code document} was parsed from.
     */
    static void mergeRawElements(Document document, String source, List<Integer> markdownElements) {
        // The source as a String, not the document's characters copied one by one (a tenth of a post's time).
        BasedSequence base = document.getChars();
        if (source.indexOf('<') < 0) {
            return;
        }
        Node node = document.getFirstChild();
        for (Element element : elements(document, source, markdownElements)) {
            if (element.markdownInside) {
                continue;
            }
            while (node != null && node.getStartOffset() < element.start) {
                node = node.getNext();
            }
            List<Node> blocks = new ArrayList<>();
            for (; node != null && node.getStartOffset() < element.end; node = node.getNext()) {
                blocks.add(node);
            }
            if (blocks.size() < 2 || blocks.get(blocks.size() - 1).getEndOffset() > element.end) {
                continue;
            }
            HtmlBlock merged = htmlBlock(base.subSequence(element.start, element.end));
            blocks.get(0).insertBefore(merged);
            blocks.forEach(Node::unlink);
        }
    }

    /**
     * The elements that start top-level HTML blocks and are closed, in order, none inside another raw one
     * (one that holds Markdown, or is Markdown itself, does not hide the elements in it).
     * Each is searched for its end tag through the tags after it; a document whose elements are never
     * closed would make that quadratic, so the search stops after {@value #WORK_PER_TAG} tags per tag.
     */
    private static List<Element> elements(Document document, String source, List<Integer> markdownElements) {
        List<Tag> tags = null;
        List<Element> elements = new ArrayList<>();
        long work = 0;
        int after = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node.getClass() != HtmlBlock.class || node.getStartOffset() < after) {
                continue;
            }
            int at = skipSpaces(source, node.getStartOffset());
            if (at + 1 >= source.length() || source.charAt(at) != '<' || !isLetter(source.charAt(at + 1))) {
                continue;
            }
            if (tags == null) {
                tags = MarkdownInHtml.tags(source, 0, source.length());
            }
            int index = indexOf(tags, at);
            if (index < 0 || !startsElement(tags.get(index))) {
                continue;
            }
            int[] searched = new int[1];
            int close = endTag(tags, index, searched);
            work += searched[0];
            if (work > (long) WORK_PER_TAG * tags.size()) {
                break;
            }
            if (close < 0) {
                continue;
            }
            int end = lineEnd(source, tags.get(close).end());
            boolean markdownInside = false;
            for (int i = index; i < close && !markdownInside; i++) {
                markdownInside = tags.get(i).markdownStart() >= 0;
            }
            for (int start : markdownElements) {
                markdownInside |= start >= at && start < end;
            }
            elements.add(new Element(node.getStartOffset(), end, markdownInside));
            if (!markdownInside) {
                after = end;
            }
        }
        return elements;
    }

    private static boolean startsElement(Tag tag) {
        String name = tag.name().toLowerCase(Locale.ROOT);
        return !tag.closing() && !tag.selfClosing() && !SPAN_ELEMENTS.contains(name)
                && !VOID_ELEMENTS.contains(name) && !TO_END_TAG.contains(name);
    }

    /**
     * The index of the end tag of the element {@code tags[open]} starts, as kramdown's raw HTML parser
     * finds it, or -1; {@code searched[0]} is set to the number of tags looked at.
     */
    private static int endTag(List<Tag> tags, int open, int[] searched) {
        Deque<String> elements = new ArrayDeque<>();
        elements.push(tags.get(open).name());
        for (int i = open + 1; i < tags.size(); i++) {
            searched[0]++;
            Tag tag = tags.get(i);
            if (tag.closing()) {
                if (tag.name().equalsIgnoreCase(elements.peek())) {
                    elements.pop();
                    if (elements.isEmpty()) {
                        return i;
                    }
                }
            } else if (!tag.selfClosing() && !VOID_ELEMENTS.contains(tag.name().toLowerCase(Locale.ROOT))) {
                elements.push(tag.name());
            }
        }
        return -1;
    }

    private static int indexOf(List<Tag> tags, int start) {
        int found = Collections.binarySearch(tags, null, (tag, ignored) -> Integer.compare(tag.start(), start));
        return found >= 0 ? found : -1;
    }

    private static HtmlBlock htmlBlock(BasedSequence chars) {
        List<BasedSequence> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == '\n') {
                lines.add(chars.subSequence(lineStart, i + 1));
                lineStart = i + 1;
            }
        }
        if (lineStart < chars.length()) {
            lines.add(chars.subSequence(lineStart));
        }
        HtmlBlock block = new HtmlBlock(chars);
        block.setContent(chars, lines);
        return block;
    }

    private static int skipSpaces(String source, int offset) {
        int at = offset;
        while (at < source.length() && source.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isBlankLine(String source, int offset) {
        for (int i = offset; i < source.length() && source.charAt(i) != '\n'; i++) {
            if (source.charAt(i) != ' ' && source.charAt(i) != '\t' && source.charAt(i) != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The offset after the line break that ends the line of {@code offset}, or the source's length. */
    private static int lineEnd(String source, int offset) {
        int end = source.indexOf('\n', offset);
        return end < 0 ? source.length() : end + 1;
    }
}
