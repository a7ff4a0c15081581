package dev.colophon.markdown;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.colophon.spi.Highlighting;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.List;

/**
 * The configured flexmark parsers and renderer: thread-safe, so one instance serves every thread.
 *
 * <p>Each body is parsed with only the extensions its text can use ({@link Syntax}): an extension looks
 * at every line, paragraph or piece of text, and most posts have no table, footnote, abbreviation or
 * bare link. The HTML is the same either way; the parsers are built as first needed.
 *
 * <p>Most documents are written by {@link FastHtml}, which gives the same HTML as the renderer in about a
 * quarter of its time; the rest, and all of safe mode, by the renderer.
 *
 * <p>A safe engine is for untrusted content ({@link SafeMarkdown}): it escapes raw HTML, so kramdown's
 * {@code markdown="1"} has no HTML left to work in and is not applied.
 */
final class MarkdownEngine {

    private final boolean safe;
    /** Whether quotes, dashes and ellipses become typographic characters; off only for the spec's tests. */
    private final boolean typography;
    /**
     * Whether block HTML is kramdown's ({@link KramdownHtmlBlocks}, {@link MarkdownInHtml}), as in Jekyll's
     * default {@code markdown: kramdown}; otherwise CommonMark's, for sites that ask for CommonMark.
     */
    private final boolean kramdownHtml;
    private final DataHolder options;
    /** Parsers by the extensions they have ({@link Syntax} bits), built when a body first needs one. */
    private final AtomicReferenceArray<Parser> parsers = new AtomicReferenceArray<>(Syntax.ALL + 1);
    private final HtmlRenderer renderer;
    /** Writes most documents as {@link #renderer} would, faster; null where the options are beyond it. */
    private final FastHtml fast;

    MarkdownEngine() {
        this(false);
    }

    MarkdownEngine(boolean safe) {
        this(safe, true);
    }

    MarkdownEngine(boolean safe, boolean typography) {
        this(safe, typography, true);
    }

    MarkdownEngine(boolean safe, boolean typography, boolean kramdownHtml) {
        this.safe = safe;
        this.typography = typography;
        this.kramdownHtml = kramdownHtml;
        this.options = options(safe);
        // The renderer has every extension's node renderers but the footnotes': FootnoteRenderer writes the
        // notes instead, with kramdown's fn:1 ids where flexmark's would be fn-1.
        HtmlRenderer.Builder builder = HtmlRenderer.builder(withExtensions(options, Syntax.extensions(
                        Syntax.ALL & ~Syntax.FOOTNOTES & ~Syntax.AUTOLINKS)))
                // Added after the extensions' renderers, so these take precedence for the nodes they handle.
                .nodeRendererFactory(new FootnoteRenderer.Factory())
                .nodeRendererFactory(new SmartPunctuation.Factory())
                .nodeRendererFactory(new CodeSpans.Factory())
                .attributeProviderFactory(TableCellAlignment.factory())
                .htmlIdGeneratorFactory(new HeadingIds.Factory());
        if (safe) {
            builder.nodeRendererFactory(new SafeMarkdown.Factory());
        }
        renderer = builder.build();
        fast = FastHtml.of(renderer.getOptions()).orElse(null);
    }

    /** Converts one Markdown text to an HTML fragment, without highlighting. */
    String toHtml(String markdown) {
        return toHtml(markdown, Highlighting.NONE);
    }

    /** Converts one Markdown text to an HTML fragment, colouring fenced code with {@code highlighting}. */
    String toHtml(String markdown, Highlighting highlighting) {
        return toHtml(markdown, BareLinks.mayContain(markdown), highlighting);
    }

    /** Converts with or without bare-URL linking; tests use it to prove the shortcut changes nothing. */
    String toHtml(String markdown, boolean linkBareUrls) {
        return toHtml(markdown, linkBareUrls, Highlighting.NONE);
    }

    private String toHtml(String markdown, boolean linkBareUrls, Highlighting highlighting) {
        return convert(markdown, syntaxOf(markdown, linkBareUrls), highlighting);
    }

    /** The extensions {@code markdown} needs ({@link Syntax}), bare-URL linking as given. */
    private static int syntaxOf(String markdown, boolean linkBareUrls) {
        return Syntax.of(markdown) | (linkBareUrls ? Syntax.AUTOLINKS : 0);
    }

    /**
     * Converts with every extension whatever the text (bare links as {@link BareLinks} says): tests use it to
     * prove that choosing extensions by {@link Syntax} changes nothing.
     */
    String toHtmlWithEveryExtension(String markdown) {
        int autolinks = BareLinks.mayContain(markdown) ? Syntax.AUTOLINKS : 0;
        return convert(markdown, Syntax.ALL & ~Syntax.AUTOLINKS | autolinks, Highlighting.NONE);
    }

    /**
     * Tests and benchmarks: the HTML of {@link FastHtml} alone, null where it leaves the document to flexmark,
     * or of flexmark's renderer alone.
     */
    String toHtmlWith(String markdown, Highlighting highlighting, boolean fastRenderer) {
        Document document = parse(markdown, syntaxOf(markdown, BareLinks.mayContain(markdown)), highlighting);
        if (!fastRenderer) {
            return renderer.render(document);
        }
        return fast == null ? null : fast.render(document);
    }

    private String convert(String markdown, int syntax, Highlighting highlighting) {
        Document document = parse(markdown, syntax, highlighting);
        String html = fast == null ? null : fast.render(document);
        return html != null ? html : renderer.render(document);
    }

    private Document parse(String markdown, int syntax, Highlighting highlighting) {
        Parser chosen = parser(syntax);
        if (!kramdownHtml) {
            Document document = chosen.parse(markdown);
            HighlightedCode.use(document, highlighting);
            return document;
        }
        KramdownHtmlBlocks.Parsed parsed = KramdownHtmlBlocks.parse(markdown, chosen::parse);
        Document document = parsed.document();
        String source = parsed.source();
        List<Integer> markdownElements = List.of();
        if (!safe && MarkdownInHtml.mayHaveAttribute(source)) {
            MarkdownInHtml.Parsed inHtml = MarkdownInHtml.parse(source, document, chosen::parse);
            document = inHtml.document();
            source = inHtml.source();
            markdownElements = inHtml.markdownElements();
        }
        KramdownHtmlBlocks.mergeRawElements(document, source, markdownElements);
        HighlightedCode.use(document, highlighting);
        return document;
    }

    private Parser parser(int syntax) {
        Parser parser = parsers.get(syntax);
        if (parser == null) {
            List<Extension> extensions = Syntax.extensions(syntax);
            if (!typography) {
                extensions.removeIf(TypographicExtension.class::isInstance);
            }
            DataHolder withExtensions = withExtensions(options, extensions);
            Parser.Builder builder = Parser.builder(withExtensions)
                    .customInlineParserFactory(QuickMatchInlineParser::new);
            // flexmark reads reference definitions ([label]: url) only with its own inline parser factory,
            // expecting another one to bring its own reader. Ours is flexmark's parser, so it reads them too.
            if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(withExtensions)) {
                builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
            }
            parsers.compareAndSet(syntax, null, builder.build());
            parser = parsers.get(syntax);
        }
        return parser;
    }

    private static DataHolder options(boolean safe) {
        return new MutableDataSet()
                .set(SafeMarkdown.SAFE, safe)
                // Raw HTML blocks, inline HTML and comments alike, shown as the text they are.
                .set(HtmlRenderer.ESCAPE_HTML, safe)
                // Heading ids like GitHub's: "Über uns!" -> über-uns, "foo_bar" -> foo_bar, "a - b" -> a---b.
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " ")
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS, "-_")
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // Link addresses percent-encoded, as CommonMark has them: [a](/föö) -> /f%C3%B6%C3%B6, which
                // browsers read as the same address as kramdown's /föö.
                .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
                // Bare "www." links: https is what almost every site serves today.
                .set(HtmlRenderer.AUTOLINK_WWW_PREFIX, "https://")
                // GitHub's table rules: one header row, no column spans, no caption line, ragged rows evened out.
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.MIN_HEADER_ROWS, 1)
                .set(TablesExtension.MAX_HEADER_ROWS, 1)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                .set(TablesExtension.WITH_CAPTION, false)
                // flexmark's default checkbox has readonly, which HTML5 forbids on checkboxes.
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled> ")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled> ")
                // Characters rather than entities: they survive XML feeds, excerpts and truncation.
                .set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018")
                .set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019")
                .set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019")
                .set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C")
                .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D")
                .set(TypographicExtension.ANGLE_QUOTE_OPEN, "\u00AB")
                .set(TypographicExtension.ANGLE_QUOTE_CLOSE, "\u00BB")
                .set(TypographicExtension.EN_DASH, "\u2013")
                .set(TypographicExtension.EM_DASH, "\u2014")
                .set(TypographicExtension.ELLIPSIS, "\u2026")
                .set(TypographicExtension.ELLIPSIS_SPACED, "\u2026")
                // kramdown's definition lists: "Term" then ": definition"; a "~" marker is not kramdown's.
                .set(DefinitionExtension.TILDE_MARKER, false)
                .toImmutable();
    }

    private static DataHolder withExtensions(DataHolder options, List<Extension> extensions) {
        return new MutableDataSet(options).set(Parser.EXTENSIONS, extensions).toImmutable();
    }
}
