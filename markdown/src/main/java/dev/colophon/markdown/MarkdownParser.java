package dev.colophon.markdown;

import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.ParseContext;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Converts Markdown bodies to HTML the way a Jekyll (kramdown) user expects.
 *
 * <p>Handles Jekyll's default extensions {@code markdown, mkdown, mkdn, mkd, md}. One instance serves
 * every thread: the flexmark engine behind it is immutable once built. Fenced code with a language is
 * coloured by the context's {@link ParseContext#highlighting() highlighting} when it knows the language.
 * In safe mode ({@link dev.colophon.model.SiteConfig#safe()}) raw HTML is escaped and script links are
 * dropped, see {@link SafeMarkdown}.
 */
@AutoService(ContentParser.class)
public final class MarkdownParser implements ContentParser {

    private static final Set<String> EXTENSIONS = Set.of("markdown", "mkdown", "mkdn", "mkd", "md");

    /** Creates the parser; the flexmark engine is built on first use, so discovery stays cheap. */
    public MarkdownParser() {
    }

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Set<String> fileExtensions() {
        return EXTENSIONS;
    }

    /** The HTML depends on the body, the configuration (options, safe mode) and highlighting only. */
    @Override
    public boolean pure() {
        return true;
    }

    @Override
    public String toHtml(String body, ParseContext context) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(context, "context");
        try {
            return convert(engine(context.config()), body, withLineNumbers(context.highlighting(), context.config()));
        } catch (MarkdownLimitException e) {
            int bodyLine = Math.max(1, context.bodyLine());
            throw new SourceException(new SourcePosition(context.path(), bodyLine + e.line() - 1, e.column()),
                    e.getMessage(), e.hint());
        } catch (RuntimeException | StackOverflowError e) {
            // flexmark accepts any text, so getting here means a flexmark bug or absurdly deep nesting;
            // the pipeline reports it against the file and carries on with the others.
            throw new SourceException(
                    SourcePosition.of(context.path(), Math.max(0, context.bodyLine())),
                    "Markdown could not be converted to HTML: " + describe(e),
                    "Look for deeply nested lists, quotes or brackets in this file, or simplify the text"
                            + " around the problem until it converts.",
                    e);
        }
    }

    /**
     * The engine for a site: kramdown's habits, as Jekyll's default {@code markdown: kramdown}, unless the
     * site names a CommonMark converter (jekyll-commonmark's {@code CommonMark}, {@code CommonMarkGhPages}),
     * which gets CommonMark's block HTML. Safe mode escapes raw HTML whichever it names.
     */
    static MarkdownEngine engine(SiteConfig config) {
        if (config.safe()) {
            return SafeEngine.INSTANCE;
        }
        return config.values().get("markdown") instanceof String name
                && name.toLowerCase(Locale.ROOT).startsWith("commonmark")
                ? CommonMarkEngine.INSTANCE : Engine.INSTANCE;
    }

    /**
     * The highlighting for code blocks: with line numbers when kramdown's {@code syntax_highlighter_opts}
     * ask for them ({@code line_numbers}, in {@code block} or for both kinds, {@code start_line} from 1).
     */
    static Highlighting withLineNumbers(Highlighting highlighting, SiteConfig config) {
        if (!(config.values().get("kramdown") instanceof Map<?, ?> kramdown)
                || !(kramdown.get("syntax_highlighter_opts") instanceof Map<?, ?> options)) {
            return highlighting;
        }
        Map<Object, Object> block = new java.util.HashMap<>(options);
        if (options.get("block") instanceof Map<?, ?> blockOptions) {
            block.putAll(blockOptions);
        }
        if (!Boolean.TRUE.equals(block.get("line_numbers"))) {
            return highlighting;
        }
        int from = block.get("start_line") instanceof Number start ? start.intValue() : 1;
        return new HighlightedCode.LineNumbers(highlighting, from);
    }

    /** What {@link #toHtml} does with the engine chosen; tests give it engines of their own. */
    static String convert(MarkdownEngine engine, String body, Highlighting highlighting) {
        return engine.toHtml(KramdownExtensions.apply(body), highlighting);
    }

    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the text is nested too deeply";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Holds the engine so that it is built once, lazily and thread-safely, by the class loader. */
    private static final class Engine {
        static final MarkdownEngine INSTANCE = new MarkdownEngine();
    }

    /** The engine for sites that ask for CommonMark, built only by them. */
    private static final class CommonMarkEngine {
        static final MarkdownEngine INSTANCE = new MarkdownEngine(false, true, false);
    }

    /** The engine for safe mode, built only by sites that ask for it. */
    private static final class SafeEngine {
        static final MarkdownEngine INSTANCE = new MarkdownEngine(true);
    }
}
