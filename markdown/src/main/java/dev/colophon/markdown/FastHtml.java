package dev.colophon.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.ScopedDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the HTML of the documents that only have the node types of ordinary posts, the same HTML to the
 * byte as the {@link HtmlRenderer} that {@link MarkdownEngine} builds, in about a quarter of the time:
 * flexmark's writer handles every character in several calls and its node renderers go through attribute
 * providers and link resolvers that ours leave alone; this writes whole strings ({@link HtmlLines}).
 *
 * <p>{@link #render} answers null for any document with a node type it does not know exactly (by class,
 * so not a subclass either) or with kramdown attributes, and {@link #of} gives no renderer at all for
 * options it does not handle, such as safe mode's escaped HTML; the caller then renders with flexmark.
 * Every write here follows the flexmark renderer it stands for: {@code CoreNodeRenderer}, the tables',
 * strikethrough and typographic extensions', and ours ({@link FootnoteRenderer}, {@link SmartPunctuation}, {@link CodeSpans},
 * {@link HighlightedCode}, {@link TableCellAlignment}, {@link HeadingIds}).
 */
final class FastHtml {

    /** Every node type written here; anything else goes to flexmark. */
    private static final Set<Class<?>> KNOWN = Set.of(Document.class, Paragraph.class, Text.class, TextBase.class,
            SoftLineBreak.class, HardLineBreak.class, Emphasis.class, StrongEmphasis.class, Code.class,
            Heading.class, Link.class, Image.class, AutoLink.class, MailLink.class, LinkRef.class, ImageRef.class,
            Reference.class, BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class,
            BlockQuote.class, ThematicBreak.class, FencedCodeBlock.class, IndentedCodeBlock.class,
            HtmlBlock.class, HtmlCommentBlock.class, HtmlInline.class, HtmlInlineComment.class, HtmlEntity.class,
            TypographicQuotes.class, TypographicSmarts.class, Strikethrough.class, Footnote.class,
            FootnoteBlock.class, TableBlock.class, TableHead.class, TableSeparator.class, TableBody.class,
            TableRow.class, TableCell.class);

    /** A cell's alignment as {@link TableCellAlignment} turns it into a style, in flexmark's spelling. */
    private static final Map<TableCell.Alignment, String> ALIGNMENT_STYLES = alignmentStyles();

    private final DataHolder options;
    private final HtmlRendererOptions htmlOptions;
    private final Pattern suppressedLinks;
    private final boolean percentEncodeUrls;

    private FastHtml(DataHolder options) {
        this.options = options;
        this.htmlOptions = new HtmlRendererOptions(options);
        this.suppressedLinks = htmlOptions.suppressedLinks;
        this.percentEncodeUrls = htmlOptions.percentEncodeUrls;
    }

    /** A link's address as flexmark's link resolution leaves it: percent-encoded if the options say so. */
    private String resolve(String url) {
        return percentEncodeUrls && !url.isEmpty() ? Escaping.percentEncodeUrl(url) : url;
    }

    /**
     * A renderer standing for one built with {@code options}, or empty if any option asks for HTML other than
     * what this writes.
     */
    static Optional<FastHtml> of(DataHolder options) {
        HtmlRendererOptions html = new HtmlRendererOptions(options);
        boolean supported = html.softBreak.equals("\n") && html.hardBreak.equals("<br />\n")
                && html.indentSize == 0 && html.formatFlags == LineAppendable.F_TRIM_LEADING_WHITESPACE
                && html.maxBlankLines == 1 && html.maxTrailingBlankLines == 1
                && html.htmlBlockOpenTagEol && html.htmlBlockCloseTagEol
                && html.sourcePositionAttribute.isEmpty()
                && !html.escapeHtmlBlocks && !html.escapeHtmlCommentBlocks && !html.escapeInlineHtml
                && !html.escapeInlineHtmlComments && !html.suppressHtmlBlocks && !html.suppressHtmlCommentBlocks
                && !html.suppressInlineHtml && !html.suppressInlineHtmlComments
                && !html.doNotRenderLinksInDocument && !html.noPTagsUseBr
                && html.unescapeHtmlEntities && html.renderHeaderId && html.generateHeaderIds
                && html.emphasisStyleHtmlOpen == null && html.strongEmphasisStyleHtmlOpen == null
                && html.codeStyleHtmlOpen == null
                && html.languageClassPrefix.equals("language-") && html.languageClassMap.isEmpty()
                && html.noLanguageClass.trim().isEmpty()
                && !HtmlRenderer.OBFUSCATE_EMAIL.get(options)
                && !HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(options)
                && !Parser.FENCED_CODE_CONTENT_BLOCK.get(options) && !Parser.CODE_SOFT_LINE_BREAKS.get(options)
                && !SafeMarkdown.SAFE.get(options)
                && TablesExtension.CLASS_NAME.get(options).isEmpty() && !TablesExtension.COLUMN_SPANS.get(options)
                && StrikethroughSubscriptExtension.STRIKETHROUGH_STYLE_HTML_OPEN.get(options) == null
                && StrikethroughSubscriptExtension.STRIKETHROUGH_STYLE_HTML_CLOSE.get(options) == null;
        return supported ? Optional.of(new FastHtml(options)) : Optional.empty();
    }

    /** The document's HTML, or null if the document has anything this does not write as flexmark would. */
    String render(Document document) {
        if (KramdownAttributes.hasAny(document)) {
            return null;
        }
        Rendering rendering = new Rendering(document);
        return rendering.isKnown(document) ? rendering.render() : null;
    }

    private static Map<TableCell.Alignment, String> alignmentStyles() {
        Map<TableCell.Alignment, String> styles = new EnumMap<>(TableCell.Alignment.class);
        for (TableCell.Alignment alignment : TableCell.Alignment.values()) {
            String align = switch (alignment) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            };
            styles.put(alignment, attributeValue("style", "text-align: " + align));
        }
        return styles;
    }

    /**
     * An attribute's value as flexmark writes it: {@code class} and {@code style} are lists that it splits
     * and joins again.
     */
    private static String attributeValue(String name, String value) {
        MutableAttributes attributes = new MutableAttributes();
        attributes.replaceValue(name, value);
        return attributes.getValue(name);
    }

    /**
     * Escapes an attribute value as flexmark does ({@code Escaping.escapeHtml(value, true)}): {@code & < > "},
     * except an {@code &} that starts a character reference.
     */
    static String escapeAttribute(CharSequence value) {
        StringBuilder escaped = null;
        int length = value.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String entity;
            if (c == '&') {
                int end = referenceEnd(value, i);
                if (end > 0) {
                    i = end - 1;
                    continue;
                }
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '"') {
                entity = "&quot;";
            } else {
                continue;
            }
            if (escaped == null) {
                escaped = new StringBuilder(length + 16);
            }
            escaped.append(value, start, i).append(entity);
            start = i + 1;
        }
        if (escaped == null) {
            return value.toString();
        }
        return escaped.append(value, start, length).toString();
    }

    /**
     * The end of the character reference at {@code at}, or -1: flexmark's
     * {@code &(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});}, ignoring case.
     */
    private static int referenceEnd(CharSequence text, int at) {
        int length = text.length();
        int i = at + 1;
        int digits = 0;
        if (i < length && text.charAt(i) == '#') {
            i++;
            boolean hex = i < length && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            while (i < length && digits < 8 && (hex ? isHexDigit(text.charAt(i)) : isDigit(text.charAt(i)))) {
                i++;
                digits++;
            }
            if (digits == 0 && hex) {
                // "&#x;" is no reference, but "&#x" could not be decimal either.
                return -1;
            }
        } else {
            if (i >= length || !isLetter(text.charAt(i))) {
                return -1;
            }
            i++;
            digits = 1;
            int more = 0;
            while (i < length && more < 31 && (isLetter(text.charAt(i)) || isDigit(text.charAt(i)))) {
                i++;
                more++;
            }
            if (more == 0) {
                return -1;
            }
        }
        return digits > 0 && i < length && text.charAt(i) == ';' ? i + 1 : -1;
    }

    /**
     * Whether {@code source[start, end)} reads the same unescaped and with line ends normalized: no backslash,
     * no {@code &}, no CR, and no NUL, which flexmark's sequences read as U+FFFD.
     */
    private static boolean isPlain(String source, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '\\' || c == '&' || c == '\r' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The writing of one document: flexmark's per-render state. */
    private final class Rendering {
        private final Document document;
        private final HtmlLines html;
        /** The options flexmark's node renderers see: the renderer's, then the document's. */
        private final DataHolder scoped;
        private final ListOptions listOptions;
        private final ReferenceRepository references;
        private final HeadingIds ids = new HeadingIds();
        private FootnoteNumbers footnotes;
        /** Whether the document defines notes, which the references may list at its end. */
        private boolean hasNotes;

        Rendering(Document document) {
            this.document = document;
            this.html = new HtmlLines(document.getTextLength() + document.getTextLength() / 4 + 64);
            this.scoped = new ScopedDataSet(document, options);
            this.listOptions = ListOptions.get(scoped);
            this.references = Parser.REFERENCES.get(scoped);
        }

        /**
         * Whether every node under {@code parent} is of a type written here; notes that FootnoteRenderer might
         * list are remembered on the way.
         */
        boolean isKnown(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                Class<?> type = node.getClass();
                // The commonest types first: the set's lookup costs more than these comparisons.
                if (type == Text.class || type == TypographicSmarts.class) {
                    continue;
                }
                if (!KNOWN.contains(type)) {
                    return false;
                }
                if (type == FootnoteBlock.class) {
                    hasNotes = true;
                }
                // Children written from the node's text rather than rendered do not matter; inner HTML blocks do.
                if (type == HtmlBlock.class && node.hasChildren()) {
                    return false;
                }
                boolean childrenRendered = type != Code.class && type != FencedCodeBlock.class
                        && type != IndentedCodeBlock.class && type != Image.class && type != ImageRef.class
                        && type != Reference.class && type != HtmlCommentBlock.class;
                if (childrenRendered && node.hasChildren() && !isKnown(node)) {
                    return false;
                }
            }
            return true;
        }

        String render() {
            ids.generateIds(document);
            children(document);
            if (hasNotes) {
                notes();
            }
            return html.finish();
        }

        private void children(Node parent) {
            Node node = parent.getFirstChild();
            while (node != null) {
                Node next = node.getNext();
                node(node);
                node = next;
            }
        }

        private void node(Node node) {
            Class<?> type = node.getClass();
            if (type == Text.class) {
                text(node.getChars());
            } else if (type == TypographicSmarts.class) {
                html.raw(SmartPunctuation.character(((TypographicSmarts) node).getTypographicText()));
            } else if (type == TypographicQuotes.class) {
                quotes((TypographicQuotes) node);
            } else if (type == Paragraph.class) {
                paragraph((Paragraph) node);
            } else if (type == SoftLineBreak.class) {
                html.raw(htmlOptions.softBreak);
            } else if (type == HardLineBreak.class) {
                html.raw(htmlOptions.hardBreak);
            } else if (type == Emphasis.class) {
                inline("<em>", node, "</em>");
            } else if (type == StrongEmphasis.class) {
                inline("<strong>", node, "</strong>");
            } else if (type == Code.class) {
                codeSpan((Code) node);
            } else if (type == Link.class) {
                link((Link) node);
            } else if (type == LinkRef.class) {
                linkRef((LinkRef) node);
            } else if (type == Heading.class) {
                heading((Heading) node);
            } else if (type == BulletListItem.class || type == OrderedListItem.class) {
                listItem((ListItem) node);
            } else if (type == BulletList.class) {
                html.line().raw("<ul>").line();
                children(node);
                html.line().raw("</ul>").line();
            } else if (type == OrderedList.class) {
                orderedList((OrderedList) node);
            } else if (type == TextBase.class) {
                children(node);
            } else if (type == Image.class) {
                image((Image) node);
            } else if (type == ImageRef.class) {
                imageRef((ImageRef) node);
            } else if (type == AutoLink.class) {
                autoLink((AutoLink) node);
            } else if (type == MailLink.class) {
                mailLink((MailLink) node);
            } else if (type == HtmlEntity.class) {
                html.text(node.getChars().unescape());
            } else if (type == HtmlInline.class || type == HtmlInlineComment.class) {
                html.rawPre(node.getChars().normalizeEOL());
            } else if (type == BlockQuote.class) {
                html.line().raw("<blockquote>").line();
                children(node);
                html.line().line().raw("</blockquote>").line();
            } else if (type == FencedCodeBlock.class) {
                fencedCode((FencedCodeBlock) node);
            } else if (type == IndentedCodeBlock.class) {
                indentedCode((IndentedCodeBlock) node);
            } else if (type == ThematicBreak.class) {
                html.line().raw("<hr />").line();
            } else if (type == HtmlBlock.class) {
                html.line().line().rawPre(((HtmlBlock) node).getContentChars().normalizeEOL()).line().line();
            } else if (type == HtmlCommentBlock.class) {
                html.rawPre(node.getChars().normalizeEOL());
            } else if (type == Strikethrough.class) {
                inline("<del>", node, "</del>");
            } else if (type == Footnote.class) {
                footnote((Footnote) node);
            } else if (type == TableBlock.class) {
                html.line().raw("<table>").line();
                children(node);
                html.line().line().raw("</table>").line().line();
            } else if (type == TableHead.class) {
                tableSection("thead", node);
            } else if (type == TableBody.class) {
                tableSection("tbody", node);
            } else if (type == TableRow.class) {
                html.line().raw("<tr>");
                children(node);
                html.raw("</tr>").line();
            } else if (type == TableCell.class) {
                tableCell((TableCell) node);
            } else if (type != Reference.class && type != FootnoteBlock.class && type != TableSeparator.class) {
                // isKnown lets no other type through.
                throw new IllegalStateException("No HTML for " + type.getName());
            }
        }

        /**
         * Writes a text node's characters as flexmark does, {@code text(normalizeEOL(chars.unescape()))}, but
         * straight from the source where the text is a plain range of it with nothing to unescape or normalize,
         * as most text is.
         */
        private void text(BasedSequence chars) {
            if (chars.getClass() == SubSequence.class && chars.getBase() instanceof String source) {
                int start = chars.getStartOffset();
                int end = chars.getEndOffset();
                if (isPlain(source, start, end)) {
                    html.text(source, start, end);
                    return;
                }
            }
            html.text(Escaping.normalizeEOL(chars.unescape()));
        }

        private void inline(String open, Node node, String close) {
            html.raw(open);
            children(node);
            html.raw(close);
        }

        private void quotes(TypographicQuotes node) {
            String opening = node.getTypographicOpening();
            if (opening != null && !opening.isEmpty()) {
                html.raw(opening);
            }
            children(node);
            String closing = node.getTypographicClosing();
            if (closing != null && !closing.isEmpty()) {
                html.raw(closing);
            }
        }

        private void paragraph(Paragraph node) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return;
            }
            if (node.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(node, listOptions, scoped)) {
                children(node);
            } else {
                html.line().raw("<p>");
                children(node);
                html.raw("</p>").line();
            }
        }

        private void heading(Heading node) {
            String tag = "h" + node.getLevel();
            String id = ids.getId(node);
            html.line();
            if (id != null && !id.isEmpty()) {
                html.raw("<" + tag + " id=\"" + escapeAttribute(id) + "\">");
            } else {
                html.raw("<" + tag + ">");
            }
            children(node);
            html.raw("</" + tag + ">").line();
        }

        private void orderedList(OrderedList node) {
            int start = node.getStartNumber();
            html.line();
            if (listOptions.isOrderedListManualStart() && start != 1) {
                html.raw("<ol start=\"" + start + "\">");
            } else {
                html.raw("<ol>");
            }
            html.line();
            children(node);
            html.line().raw("</ol>").line();
        }

        private void listItem(ListItem node) {
            html.line().raw("<li>").text(node.getMarkerSuffix().unescape());
            children(node);
            html.raw("</li>").line();
        }

        private void link(Link node) {
            anchor(node, node.getUrl(), resolve(node.getUrl().unescape()), node.getTitle());
        }

        /**
         * An {@code <a>} around the node's children, or the children alone when {@code checked} (the URL as
         * flexmark's renderer checks it: as written for links, unescaped for references) is suppressed.
         */
        private void anchor(Node node, CharSequence checked, String url, BasedSequence title) {
            if (isSuppressed(checked)) {
                children(node);
                return;
            }
            html.raw("<a href=\"" + escapeAttribute(url) + "\"");
            if (title.isNotNull()) {
                html.raw(" title=\"" + escapeAttribute(title.unescape()) + "\"");
            }
            html.raw(">");
            children(node);
            html.raw("</a>");
        }

        private void linkRef(LinkRef node) {
            Reference reference = node.isDefined() ? node.getReferenceNode(references) : null;
            if (reference == null) {
                // An undefined reference is its text, as flexmark writes it without a link resolver.
                if (!node.hasChildren()) {
                    html.text(node.getChars().unescape());
                } else {
                    html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
                    children(node);
                    html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
                }
                return;
            }
            String url = reference.getUrl().unescape();
            anchor(node, url, resolve(url), reference.getTitle());
        }

        private void image(Image node) {
            if (isSuppressed(node.getUrl())) {
                return;
            }
            String alt = new TextCollectingVisitor().collectAndGetText(node);
            String url = resolve(node.getUrl().unescape());
            if (!node.getUrlContent().isEmpty()) {
                // flexmark's reversal of the URL encoding of = and &
                url += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                        .replace("%26", "&amp;");
            }
            String title = node.getTitle().isNotNull() ? node.getTitle().unescape() : null;
            img(url, alt, title);
        }

        private void imageRef(ImageRef node) {
            Reference reference = node.isDefined() ? node.getReferenceNode(references) : null;
            if (reference == null) {
                html.text(node.getChars().unescape());
                return;
            }
            String url = reference.getUrl().unescape();
            if (isSuppressed(url)) {
                return;
            }
            url = resolve(url);
            String alt = new TextCollectingVisitor().collectAndGetText(node);
            String title = reference.getTitle().isNotNull() ? reference.getTitle().unescape() : null;
            img(url, alt, title);
        }

        private void img(String url, String alt, String title) {
            html.raw("<img src=\"" + escapeAttribute(url) + "\" alt=\"" + escapeAttribute(alt) + "\"");
            if (title != null) {
                html.raw(" title=\"" + escapeAttribute(title) + "\"");
            }
            html.raw(" />");
        }

        private void autoLink(AutoLink node) {
            String text = node.getText().toString();
            if (isSuppressed(node.getUrl())) {
                html.text(text);
                return;
            }
            String resolved = resolve(text);
            String url = resolved.startsWith("www.") ? htmlOptions.autolinkWwwPrefix + resolved : resolved;
            html.raw("<a href=\"" + escapeAttribute(url) + "\">").text(text).raw("</a>");
        }

        private void mailLink(MailLink node) {
            String text = node.getText().unescape();
            if (isSuppressed(node.getUrl())) {
                html.text(text);
                return;
            }
            html.raw("<a href=\"" + escapeAttribute("mailto:" + resolve(text)) + "\">").text(text).raw("</a>");
        }

        private boolean isSuppressed(CharSequence url) {
            return suppressedLinks != null && suppressedLinks.matcher(url).matches();
        }

        /** CodeSpans' HTML; no attribute list, so a highlighted span is plain text and has kramdown's class alone. */
        private void codeSpan(Code node) {
            String text = CodeSpans.text(node);
            Optional<String> markup = HighlightedCode.HIGHLIGHTING.get(document)
                    .highlight(text, HighlightedCode.PLAIN_TEXT);
            if (markup.isEmpty()) {
                html.raw("<code>").text(text).raw("</code>");
                return;
            }
            String classes = attributeValue("class", CodeSpans.highlightedClass(null, HighlightedCode.PLAIN_TEXT));
            html.raw("<code class=\"" + escapeAttribute(classes) + "\">").raw(markup.get()).raw("</code>");
        }

        private void fencedCode(FencedCodeBlock node) {
            BasedSequence info = node.getInfo();
            String language = info.isNull() || info.isBlank() ? ""
                    : node.getInfoDelimitedByAny(htmlOptions.languageDelimiterSet).unescape();
            String highlighted = language.isEmpty() ? HighlightedCode.PLAIN_TEXT : language;
            Optional<String> markup = HighlightedCode.HIGHLIGHTING.get(document)
                    .highlight(node.getContentChars().normalizeEOL(), highlighted);
            if (markup.isPresent()) {
                highlighted(highlighted, markup.get());
                return;
            }
            html.line().raw("<pre>").openPre();
            if (!language.isEmpty()) {
                String classes = attributeValue("class", htmlOptions.languageClassPrefix + language);
                html.raw("<code class=\"" + escapeAttribute(classes) + "\">");
            } else {
                html.raw("<code>");
            }
            html.text(node.getContentChars().normalizeEOL()).raw("</code>").raw("</pre>").closePre().line();
        }

        /** HighlightedCode's Rouge markup; no attribute list, so the class is the language's alone. */
        private void highlighted(String language, String markup) {
            String classes = attributeValue("class", "language-" + language + " " + HighlightedCode.WRAPPER_CLASS);
            html.line().raw("<div class=\"" + escapeAttribute(classes) + "\">")
                    .raw("<div class=\"highlight\">")
                    .openPre().raw(HighlightedCode.inner(document, markup)).closePre()
                    .raw("</div>").raw("</div>").line();
        }

        private void indentedCode(IndentedCodeBlock node) {
            Optional<String> markup = HighlightedCode.HIGHLIGHTING.get(document)
                    .highlight(HighlightedCode.code(node), HighlightedCode.PLAIN_TEXT);
            if (markup.isPresent()) {
                highlighted(HighlightedCode.PLAIN_TEXT, markup.get());
                return;
            }
            html.line().raw("<pre>").openPre().raw("<code>")
                    .text(node.getContentChars().trimTailBlankLines().normalizeEndWithEOL())
                    .raw("</code>").raw("</pre>").closePre().line();
        }

        private void tableSection(String tag, Node node) {
            html.line().raw("<" + tag + ">");
            children(node);
            html.raw("</" + tag + ">").line();
        }

        private void tableCell(TableCell node) {
            String tag = node.isHeader() ? "th" : "td";
            TableCell.Alignment alignment = node.getAlignment();
            if (alignment != null) {
                html.raw("<" + tag + " style=\"" + escapeAttribute(ALIGNMENT_STYLES.get(alignment)) + "\">");
            } else {
                html.raw("<" + tag + ">");
            }
            children(node);
            html.raw("</" + tag + ">");
        }

        // Footnotes, as FootnoteRenderer writes them.

        private FootnoteNumbers footnotes() {
            if (footnotes == null) {
                footnotes = new FootnoteNumbers(document);
            }
            return footnotes;
        }

        private void footnote(Footnote reference) {
            FootnoteNumbers numbers = footnotes();
            Integer repeat = numbers.repeat(reference);
            if (repeat == null) {
                html.raw("[^");
                children(reference);
                html.raw("]");
                return;
            }
            FootnoteBlock note = reference.getFootnoteBlock();
            String label = numbers.label(note);
            html.raw("<sup id=\"" + escapeAttribute(FootnoteNumbers.referenceId(label, repeat)) + "\">")
                    .raw("<a href=\"" + escapeAttribute("#" + FootnoteNumbers.noteId(label))
                            + "\" class=\"footnote\">")
                    .text(String.valueOf(numbers.number(note))).raw("</a>").raw("</sup>");
        }

        private void notes() {
            FootnoteNumbers numbers = footnotes();
            if (numbers.notes().isEmpty()) {
                return;
            }
            html.line().raw("<div class=\"footnotes\">").line();
            html.line().raw("<ol>").line();
            for (FootnoteBlock note : numbers.notes()) {
                html.line().raw("<li id=\"" + escapeAttribute(FootnoteNumbers.noteId(numbers.label(note))) + "\">")
                        .line();
                Node last = note.getLastChild();
                if (last instanceof Paragraph) {
                    for (Node child = note.getFirstChild(); child != last; child = child.getNext()) {
                        node(child);
                    }
                    html.line().raw("<p>");
                    children(last);
                    backLinks(note, numbers);
                    html.raw("</p>").line();
                } else {
                    children(note);
                    html.line().raw("<p>");
                    backLinks(note, numbers);
                    html.raw("</p>").line();
                }
                html.line().raw("</li>").line();
            }
            html.line().raw("</ol>").line();
            html.line().raw("</div>").line();
        }

        private void backLinks(FootnoteBlock note, FootnoteNumbers numbers) {
            String label = numbers.label(note);
            int references = numbers.references(note);
            for (int repeat = 0; repeat < references; repeat++) {
                html.raw(FootnoteRenderer.BACK_LINK_SEPARATOR)
                        .raw("<a href=\"" + escapeAttribute("#" + FootnoteNumbers.referenceId(label, repeat))
                                + "\" class=\"reversefootnote\">")
                        .raw(FootnoteRenderer.BACK_LINK_TEXT);
                if (repeat > 0) {
                    html.raw("<sup>").text(String.valueOf(repeat + 1)).raw("</sup>");
                }
                html.raw("</a>");
            }
        }
    }
}
