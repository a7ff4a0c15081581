package dev.colophon.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two habits of kramdown's HTML blocks that Jekyll sites rely on, where CommonMark ends an HTML block at
 * the first blank line:
 * <ul>
 * <li>An element stays open across blank lines (and lines a Liquid tag left empty or white): lines
 *     indented four spaces or more after such a line are HTML, as kramdown reads them, not an indented code
 *     block showing the tags. {@code <ul>⏎⏎    <li>one</li>⏎⏎</ul>} stays a list. This needs the element
 *     closed further on, as it is in any page meant to be shown.
 * <li>A fence or an ATX heading right after a line that is only the closing tag of the element the block
 *     opened is one, as in kramdown, which ends the element there.
 * </ul>
 * Both apply to blocks of the document's top level, outside lists and quotes; the first not in a document
 * with kramdown's {@code markdown} attribute ({@link MarkdownInHtml}), whose elements' content is Markdown.
 *
 * <p>Elsewhere CommonMark's rules stay where kramdown's differ, as the CommonMark spec's examples have them:
 * unindented Markdown after a blank line inside a {@code <div>} is Markdown (kramdown keeps the element's
 * whole content raw), and a paragraph or list right after {@code </div>} is part of the HTML block. The one
 * spec example the first habit changes is listed in the spec test's known failures.
 */
final class KramdownHtmlBlocks {

    private static final int MAX_ROUNDS = 8;

    /** A start tag, end tag or comment; group 1 is the slash of an end tag, 2 the name, 3 a self-closing slash. */
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)?\\s*(/?)>", Pattern.DOTALL);
    private static final Pattern CLOSING_TAG_LINE = Pattern.compile(" {0,3}</[A-Za-z][A-Za-z0-9-]*\\s*>[ \\t]*\\R?");
    /** What ends an HTML block after its element's closing tag: a fence or an ATX heading. */
    private static final Pattern MARKDOWN_AFTER_CLOSE = Pattern.compile(" {0,3}(?:```|~~~|#{1,6}(?:[ \\t]|$))");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    private KramdownHtmlBlocks() {
    }

    /** A document and the source it was parsed from. */
    record Parsed(String source, Document document) {
    }

    /**
     * Parses {@code markdown} with {@code parse}, ending top-level HTML blocks after the closing tag of their
     * element where Markdown follows (a blank line is put there and the text parsed again).
     */
    static Parsed parse(String markdown, Function<String, Document> parse) {
        Document document = parse.apply(markdown);
        if (markdown.indexOf('<') < 0) {
            return new Parsed(markdown, document);
        }
        String source = markdown;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int split = splitPoint(document);
            if (split < 0) {
                break;
            }
            source = source.substring(0, split) + "\n" + source.substring(split);
            document = parse.apply(source);
        }
        return new Parsed(source, document);
    }

    /**
     * Where a top-level HTML block goes on after a line that is only the closing tag of the element(s) it
     * opened, with a fence or a heading: the offset of that line, or -1.
     */
    private static int splitPoint(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node.getClass() != HtmlBlock.class) {
                continue;
            }
            List<BasedSequence> lines = ((HtmlBlock) node).getContentLines();
            int depth = 0;
            for (int i = 0; i < lines.size() - 1; i++) {
                BasedSequence line = lines.get(i);
                int before = depth;
                depth = Math.max(0, depth + depthChange(line));
                if (before > 0 && depth == 0 && CLOSING_TAG_LINE.matcher(line).matches()) {
                    BasedSequence next = lines.get(i + 1);
                    if (MARKDOWN_AFTER_CLOSE.matcher(next).lookingAt()) {
                        return next.getStartOffset();
                    }
                }
            }
        }
        return -1;
    }

    /**
     * Joins each top-level indented code block that follows HTML blocks leaving an element open (blank lines
     * between) to the HTML block before it.
     */
    static void mergeIndentedContinuations(Document document) {
        int depth = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node.getClass() == HtmlBlock.class) {
                depth = Math.max(0, depth + depthChange(((HtmlBlock) node).getContentChars()));
            } else if (node.getClass() == IndentedCodeBlock.class && depth > 0
                    && node.getPrevious() != null && node.getPrevious().getClass() == HtmlBlock.class
                    && closedLater(node, depth)) {
                HtmlBlock merged = join((HtmlBlock) node.getPrevious(), node);
                depth = Math.max(0, depth + depthChange(node.getChars()));
                node.getPrevious().unlink();
                node.insertBefore(merged);
                node.unlink();
            } else {
                depth = 0;
            }
            node = next;
        }
    }

    /** Whether the source from {@code node} on closes {@code depth} elements. */
    private static boolean closedLater(Node node, int depth) {
        BasedSequence base = node.getChars().getBaseSequence();
        return depth + depthChange(base.subSequence(node.getStartOffset())) <= 0;
    }

    /** One HTML block of the source from {@code html}'s first line to {@code code}'s last. */
    private static HtmlBlock join(HtmlBlock html, Node code) {
        BasedSequence base = html.getChars().getBaseSequence();
        int start = html.getStartOffset();
        int end = code.getEndOffset();
        while (end < base.length() && base.charAt(end - 1) != '\n') {
            end++;
        }
        BasedSequence chars = base.subSequence(start, end);
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

    /** How many elements {@code html} opens minus how many it closes, void elements and comments aside. */
    static int depthChange(CharSequence html) {
        int change = 0;
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2);
            if (name == null || VOID_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!tag.group(1).isEmpty()) {
                change--;
            } else if (tag.group(3).isEmpty()) {
                change++;
            }
        }
        return change;
    }
}
