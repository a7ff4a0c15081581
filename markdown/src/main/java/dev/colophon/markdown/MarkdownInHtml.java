package dev.colophon.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's {@code markdown} attribute on HTML: {@code <div markdown="1">*text*</div>} converts the
 * element's content as Markdown, and the attribute, which is not HTML, never reaches the output.
 *
 * <p>CommonMark reads an HTML block up to the next blank line, as raw HTML. So the source is rewritten and
 * parsed again: the attribute is taken out, and blank lines are put after the opening tag and before its
 * closing tag, so that the content between becomes Markdown blocks of its own, with the document's link
 * definitions, footnotes and abbreviations. Inside a quote or list item the blank lines get the
 * container's prefix. This repeats for nested elements, which only become visible as HTML once their
 * parent's content is parsed.
 *
 * <p>As in kramdown, {@code markdown="1"} gives the element's own content model: block content for
 * {@code div}, {@code section}, {@code details} …, span content (no {@code <p>}) for {@code p},
 * {@code h1}–{@code h6}, {@code span} …, and raw HTML for any other element. {@code markdown="block"} and
 * {@code markdown="span"} choose, {@code markdown="0"} keeps the content raw. Every {@code markdown}
 * attribute in HTML blocks and inline HTML is removed, whatever its value; text in code is never touched.
 */
final class MarkdownInHtml {

    private static final int MAX_ROUNDS = 16;
    private static final String ATTRIBUTE = "markdown";

    // kramdown's HTML_CONTENT_MODEL_BLOCK and HTML_CONTENT_MODEL_SPAN; every other element is raw.
    private static final Set<String> BLOCK_ELEMENTS = Set.of("address", "applet", "article", "aside",
            "blockquote", "body", "dd", "details", "div", "dl", "fieldset", "figure", "figcaption", "footer",
            "form", "header", "hgroup", "iframe", "li", "main", "map", "menu", "nav", "noscript", "object",
            "section", "summary", "td");
    private static final Set<String> SPAN_ELEMENTS = Set.of("a", "abbr", "acronym", "b", "bdo", "big", "button",
            "cite", "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins", "label",
            "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "select", "small", "span",
            "strong", "sub", "sup", "th", "tt");
    // Elements whose content is text, not markup: a tag inside them is no tag.
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style", "textarea");

    private static final String NAME = "[A-Za-z][A-Za-z0-9-]*";
    private static final String ATTRIBUTE_SYNTAX =
            "\\s+([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\\s*=\\s*([^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?";
    private static final Pattern OPEN_TAG = Pattern.compile(
            "<(" + NAME + ")((?:" + ATTRIBUTE_SYNTAX.replace("(", "(?:").replace("(?:?:", "(?:") + ")*)\\s*(/?)>");
    private static final Pattern ONE_ATTRIBUTE = Pattern.compile(ATTRIBUTE_SYNTAX);
    private static final Pattern CLOSE_TAG = Pattern.compile("</(" + NAME + ")\\s*>");

    private enum Model { BLOCK, SPAN, RAW }

    private MarkdownInHtml() {
    }

    /**
     * Whether {@code text} has {@code markdown} (any case) after white space and before an {@code =}: the
     * regular expression {@code (?i)\smarkdown\s*=} as a scan of the characters, which takes a tenth of the
     * time under the launcher's C1 compiler (the expression is tried at every white space of every post).
     */
    static boolean mayHaveAttribute(String text) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        for (int i = 1; i + 8 < n; i++) {
            if ((chars[i] | 0x20) == 'm' && isSpace(chars[i - 1]) && isWord(chars, i)) {
                int j = i + 8;
                while (j < n && isSpace(chars[j])) {
                    j++;
                }
                if (j < n && chars[j] == '=') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether "markdown" is at {@code at}, in any ASCII case: setting bit 5 lowercases only A-Z to a-z here. */
    private static boolean isWord(char[] chars, int at) {
        String word = "markdown";
        for (int k = 0; k < word.length(); k++) {
            if ((chars[at + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** White space as {@code \s} has it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * The final document and its source, and where in it the elements whose content became Markdown start (their
     * start tags, the attribute gone): {@link KramdownHtmlBlocks} must not read those as raw HTML.
     */
    record Parsed(String source, Document document, List<Integer> markdownElements) {
    }

    /**
     * Parses {@code markdown} with {@code parse} again as long as HTML in it carries a {@code markdown}
     * attribute, and returns the final document; {@code parsed} is {@code markdown} parsed already.
     */
    static Parsed parse(String markdown, Document parsed, Function<String, Document> parse) {
        Document document = parsed;
        // Only an attribute starts the work; the word itself is common in posts about writing.
        if (!mayHaveAttribute(markdown)) {
            return new Parsed(markdown, document, List.of());
        }
        String source = markdown;
        List<int[]> spanContents = new ArrayList<>();
        List<Integer> elements = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Edits edits = new Edits();
            collect(document, source, edits, round == MAX_ROUNDS - 1);
            if (edits.isEmpty()) {
                break;
            }
            for (int[] range : spanContents) {
                range[0] = edits.mapStart(range[0]);
                range[1] = edits.mapEnd(range[1]);
            }
            for (int[] range : edits.spanContents) {
                spanContents.add(new int[] {edits.mapStart(range[0]), edits.mapEnd(range[1])});
            }
            elements.replaceAll(edits::mapStart);
            for (int start : edits.elements) {
                elements.add(edits.mapStart(start));
            }
            source = edits.applyTo(source);
            document = parse.apply(source);
        }
        if (!spanContents.isEmpty()) {
            unwrapParagraphs(document, spanContents);
        }
        return new Parsed(source, document, elements);
    }

    private static void collect(Node parent, String source, Edits edits, boolean stripOnly) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                if (containsIgnoreCase(node.getChars(), ATTRIBUTE)) {
                    rewrite(node, source, edits, stripOnly || node instanceof HtmlInline);
                }
            } else if (node.hasChildren()) {
                collect(node, source, edits, stripOnly);
            }
        }
    }

    /**
     * Takes the {@code markdown} attributes out of the tags of one HTML node, up to the first element whose
     * content is Markdown; that content is set apart with blank lines. The rest waits for the next round.
     */
    private static void rewrite(Node node, String source, Edits edits, boolean stripOnly) {
        int end = node.getEndOffset();
        List<Tag> tags = tags(source, node.getStartOffset(), end);
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (tag.closing || tag.markdownStart < 0) {
                continue;
            }
            edits.add(tag.markdownStart, tag.markdownEnd - tag.markdownStart, "");
            Model model = model(tag.name, tag.markdownValue);
            if (stripOnly || model == Model.RAW || tag.selfClosing) {
                continue;
            }
            // Its content is Markdown, whether set apart here or already apart in blocks of its own.
            edits.elements.add(tag.start);
            Tag close = matchingClose(tags, i);
            int contentEnd = close == null ? end : close.start;
            if (source.substring(tag.end, contentEnd).isBlank()) {
                continue;
            }
            String prefix = containerPrefix(source, node.getStartOffset());
            String blank = prefix.stripTrailing();
            if (source.substring(tag.end, lineEnd(source, tag.end)).isBlank()) {
                edits.add(tag.end, 0, "\n" + blank);
            } else {
                edits.add(tag.end, 0, "\n" + blank + "\n" + prefix);
            }
            if (close != null) {
                int lineStart = lineStart(source, close.start);
                if (isPrefixOnly(source, lineStart, close.start)) {
                    edits.add(lineStart, 0, blank + "\n");
                } else {
                    edits.add(close.start, 0, "\n" + blank + "\n" + prefix);
                }
            }
            if (model == Model.SPAN) {
                edits.spanContents.add(new int[] {tag.end, contentEnd});
            }
            return;
        }
    }

    private static Model model(String element, String value) {
        String name = element.toLowerCase(Locale.ROOT);
        return switch (value) {
            case "1" -> BLOCK_ELEMENTS.contains(name) ? Model.BLOCK
                    : SPAN_ELEMENTS.contains(name) ? Model.SPAN : Model.RAW;
            case "block" -> Model.BLOCK;
            case "span" -> Model.SPAN;
            default -> Model.RAW;
        };
    }

    private static Tag matchingClose(List<Tag> tags, int openIndex) {
        String name = tags.get(openIndex).name;
        int depth = 0;
        for (int i = openIndex + 1; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (!tag.name.equalsIgnoreCase(name) || tag.selfClosing) {
                continue;
            }
            if (!tag.closing) {
                depth++;
            } else if (depth == 0) {
                return tag;
            } else {
                depth--;
            }
        }
        return null;
    }

    /** The tags between {@code from} and {@code to}, skipping comments and the text of script and style. */
    static List<Tag> tags(String source, int from, int to) {
        List<Tag> tags = new ArrayList<>();
        Matcher open = OPEN_TAG.matcher(source);
        Matcher close = CLOSE_TAG.matcher(source);
        int i = from;
        while (true) {
            i = source.indexOf('<', i);
            if (i < 0 || i >= to) {
                return tags;
            }
            if (source.startsWith("<!--", i)) {
                i = skipPast(source, i + 4, "-->", to);
            } else if (source.startsWith("<![CDATA[", i)) {
                i = skipPast(source, i + 9, "]]>", to);
            } else if (source.startsWith("<?", i)) {
                i = skipPast(source, i + 2, "?>", to);
            } else if (source.startsWith("<!", i)) {
                i = skipPast(source, i + 2, ">", to);
            } else if (close.region(i, to).lookingAt()) {
                tags.add(new Tag(close.group(1), i, close.end(), true, false, -1, -1, null));
                i = close.end();
            } else if (open.region(i, to).lookingAt()) {
                Tag tag = openTag(open, i);
                tags.add(tag);
                i = tag.end;
                if (RAW_TEXT_ELEMENTS.contains(tag.name.toLowerCase(Locale.ROOT)) && !tag.selfClosing) {
                    int endTag = indexOfIgnoreCase(source, "</" + tag.name, i, to);
                    i = endTag < 0 ? to : endTag;
                }
            } else {
                i++;
            }
        }
    }

    private static Tag openTag(Matcher open, int start) {
        int markdownStart = -1;
        int markdownEnd = -1;
        String value = null;
        if (open.group(2) != null) {
            Matcher attribute = ONE_ATTRIBUTE.matcher(open.group(2));
            int base = open.start(2);
            while (attribute.find()) {
                if (attribute.group(1).equalsIgnoreCase(ATTRIBUTE)) {
                    markdownStart = base + attribute.start();
                    markdownEnd = base + attribute.end();
                    value = unquote(attribute.group(2));
                }
            }
        }
        return new Tag(open.group(1), start, open.end(), false, !open.group(3).isEmpty(),
                markdownStart, markdownEnd, value);
    }

    private static String unquote(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    /** Moves the paragraphs that hold span content into their parent, so no {@code <p>} wraps them. */
    private static void unwrapParagraphs(Document document, List<int[]> ranges) {
        List<Paragraph> paragraphs = new ArrayList<>();
        collectParagraphs(document, ranges, paragraphs);
        for (Paragraph paragraph : paragraphs) {
            Node child = paragraph.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                paragraph.insertBefore(child);
                child = next;
            }
            paragraph.unlink();
        }
    }

    private static void collectParagraphs(Node parent, List<int[]> ranges, List<Paragraph> paragraphs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                int start = paragraph.getStartOffset();
                for (int[] range : ranges) {
                    if (start >= range[0] && start < range[1]) {
                        paragraphs.add(paragraph);
                        break;
                    }
                }
            } else if (node.hasChildren()) {
                collectParagraphs(node, ranges, paragraphs);
            }
        }
    }

    /** The prefix that continues the line of {@code offset} in its containers: quote markers and spaces. */
    private static String containerPrefix(String source, int offset) {
        StringBuilder prefix = new StringBuilder();
        for (int i = lineStart(source, offset); i < offset; i++) {
            char c = source.charAt(i);
            prefix.append(c == '>' || c == '\t' ? c : ' ');
        }
        return prefix.toString();
    }

    private static boolean isPrefixOnly(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c != ' ' && c != '\t' && c != '>') {
                return false;
            }
        }
        return true;
    }

    private static int lineStart(String source, int offset) {
        int start = offset;
        while (start > 0 && source.charAt(start - 1) != '\n' && source.charAt(start - 1) != '\r') {
            start--;
        }
        return start;
    }

    private static int lineEnd(String source, int offset) {
        int end = offset;
        while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static int skipPast(String source, int from, String end, int limit) {
        int at = source.indexOf(end, from);
        return at < 0 || at >= limit ? limit : at + end.length();
    }

    private static int indexOfIgnoreCase(String source, String text, int from, int to) {
        for (int i = from; i + text.length() <= to; i++) {
            if (source.regionMatches(true, i, text, 0, text.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsIgnoreCase(CharSequence text, String word) {
        int length = text.length() - word.length();
        for (int i = 0; i <= length; i++) {
            if (Character.toLowerCase(text.charAt(i)) == word.charAt(0)
                    && text.subSequence(i, i + word.length()).toString().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** A start or end tag in the source; for a start tag, where its {@code markdown} attribute is, if any. */
    record Tag(String name, int start, int end, boolean closing, boolean selfClosing,
            int markdownStart, int markdownEnd, String markdownValue) {
    }

    /** Replacements in the source, applied together; each is at its own place. */
    private static final class Edits {
        private record Edit(int at, int removed, String inserted) {
        }

        private final List<Edit> edits = new ArrayList<>();
        final List<int[]> spanContents = new ArrayList<>();
        /** The start tags of elements whose content was set apart as Markdown. */
        final List<Integer> elements = new ArrayList<>();

        void add(int at, int removed, String inserted) {
            edits.add(new Edit(at, removed, inserted));
        }

        boolean isEmpty() {
            return edits.isEmpty();
        }

        String applyTo(String source) {
            List<Edit> ordered = new ArrayList<>(edits);
            ordered.sort(Comparator.comparingInt(Edit::at).reversed());
            StringBuilder out = new StringBuilder(source);
            for (Edit edit : ordered) {
                out.replace(edit.at, edit.at + edit.removed, edit.inserted);
            }
            return out.toString();
        }

        /** Where an offset moves to, text inserted at it counting as before it. */
        int mapStart(int offset) {
            int shift = 0;
            for (Edit edit : edits) {
                if (edit.at + edit.removed <= offset) {
                    shift += edit.inserted.length() - edit.removed;
                }
            }
            return offset + shift;
        }

        /** Where an offset moves to, text inserted at it counting as after it. */
        int mapEnd(int offset) {
            int shift = 0;
            for (Edit edit : edits) {
                if (edit.at + edit.removed < offset || edit.removed > 0 && edit.at + edit.removed <= offset) {
                    shift += edit.inserted.length() - edit.removed;
                }
            }
            return offset + shift;
        }
    }
}
