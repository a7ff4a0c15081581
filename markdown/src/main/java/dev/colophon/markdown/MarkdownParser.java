package dev.colophon.markdown;

import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.ParseContext;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

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
    private static final Set<String> CONFIG_KEYS = Set.of("markdown", "kramdown", "highlighter");

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

    /**
     * What {@link KramdownSettings} reads, and the highlighting Markdown's code gets ({@code highlighter},
     * or kramdown's {@code syntax_highlighter}): a site's title or author edited keeps every conversion.
     */
    @Override
    public Optional<Set<String>> configKeys() {
        return Optional.of(CONFIG_KEYS);
    }

    @Override
    public String toHtml(String body, ParseContext context) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(context, "context");
        try {
            KramdownSettings settings = settings(context.config());
            return convert(engine(settings), body, withLineNumbers(context.highlighting(), settings));
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
     * The settings of the configuration last seen: a build converts every body with one configuration, so
     * they are read once per build, not once per post. Kept per instance, keyed by the configuration itself.
     */
    private final AtomicReference<Read> last = new AtomicReference<>();

    /** Settings read from one configuration instance. */
    private record Read(SiteConfig config, KramdownSettings settings) {
    }

    KramdownSettings settings(SiteConfig config) {
        Read read = last.get();
        if (read == null || read.config() != config) {
            read = new Read(config, KramdownSettings.of(config));
            last.set(read);
        }
        return read.settings();
    }

    /** The engine the settings ask for; safe mode escapes raw HTML whichever converter they name. */
    static MarkdownEngine engine(KramdownSettings settings) {
        if (settings.safe()) {
            return SafeEngine.INSTANCE;
        }
        return settings.commonMark() ? CommonMarkEngine.INSTANCE : Engine.INSTANCE;
    }

    /** The highlighting for code blocks: with line numbers when the settings ask for them. */
    static Highlighting withLineNumbers(Highlighting highlighting, KramdownSettings settings) {
        return settings.lineNumbers() ? new HighlightedCode.LineNumbers(highlighting, settings.startLine())
                : highlighting;
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
