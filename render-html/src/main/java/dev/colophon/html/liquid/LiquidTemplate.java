package dev.colophon.html.liquid;

import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.liquid.Limits;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.RenderOptions;
import dev.colophon.liquid.Template;
import dev.colophon.liquid.parse.TemplateParser;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One compiled template: parsed once, rendered on any number of threads at once. */
final class LiquidTemplate implements TemplateEngine.Compiled {

    // The engine's messages are Ruby Liquid's; these say what to do in the words the rest of Colophon uses.
    private static final Pattern NEVER_CLOSED = Pattern.compile("'(\\w+)' tag was never closed");
    private static final Pattern MISNESTED = Pattern.compile(
            "'(end\\w+)' is not a valid delimiter for (\\w+) tags \\(opened on line (\\d+)\\)\\. use end\\w+");
    private static final Pattern UNCLOSED_OUTPUT = Pattern.compile("(?s)Variable '.*' was not properly terminated.*");
    private static final Pattern UNCLOSED_TAG = Pattern.compile("(?s)Tag '.*' was not properly terminated.*");

    /**
     * Bounds of one render of a trusted site: far above any real page (an archive of 100,000 posts loops
     * 100,000 times; a tag page of 1,000 tags over 10,000 posts, ten million), below what stalls the build or
     * exhausts the heap: fifty million turns of an empty loop take about three seconds on a 2-core machine
     * with the launcher's JIT (a loop of a hundred million took a minute, its output then read as Markdown),
     * and the output stays far under the heap (a string doubled in a loop).
     */
    static final Limits TRUSTED = new Limits(50_000_000L, 256L << 20, 100);
    /**
     * In safe mode, bounds that keep an untrusted post from stalling the build: ten million iterations are
     * well under a second.
     */
    static final Limits SAFE = new Limits(10_000_000L, 32L << 20, 100);

    private final JekyllLiquid jekyll;
    private final SourceText source;
    private final int firstLine;
    private final Template template;
    private final RenderOptions options;

    LiquidTemplate(JekyllLiquid jekyll, SourceText source, int firstLine) {
        this.jekyll = jekyll;
        this.source = source;
        this.firstLine = firstLine;
        try {
            this.template = jekyll.liquid().parse(source.text(), source.path());
        } catch (LiquidException e) {
            throw error(e, "Liquid syntax error", "check that every {% tag %} is closed and spelled right");
        } catch (StackOverflowError e) {
            throw new SourceException(SourcePosition.of(source.path(), firstLine),
                    "the Liquid in this file nests too deep to be read", "nest tags and values less deep");
        }
        Warnings.report(jekyll.setup(), jekyll.settings(), template, source.path(), firstLine);
        JekyllLiquid.LiquidSettings settings = jekyll.settings();
        ZoneId zone = jekyll.setup().config().timezone();
        this.options = RenderOptions.defaults().withStrict(settings.strictVariables(), settings.strictFilters())
                .withLimits(jekyll.setup().config().safe() ? SAFE : TRUSTED)
                .withClock(() -> ZonedDateTime.now(zone), zone)
                .withRegisters(Map.of(JekyllInclude.CURRENT_FILE, source.path()));
    }

    @Override
    public String render(Map<String, Object> variables) {
        try {
            return template.render(variables, options.withClock(() -> now(variables), options.zone()));
        } catch (LiquidException e) {
            throw error(e, "cannot render the Liquid in this file", "check the tags and filters used here");
        } catch (ColophonException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug of ours or of a plugin's tag or filter: this file fails, the build goes on with the others.
            throw new SourceException(SourcePosition.of(source.path(), firstLine),
                    "rendering the Liquid in this file failed: " + e, "this is a bug; please report it with this file",
                    e);
        } catch (StackOverflowError e) {
            throw new SourceException(SourcePosition.of(source.path(), firstLine),
                    "the Liquid in this file nests too deep to render", "nest tags, includes and values less deep");
        } catch (OutOfMemoryError e) {
            // The render's own values are garbage once it has failed, so the build can go on.
            throw new SourceException(SourcePosition.of(source.path(), firstLine),
                    "rendering the Liquid in this file needs more memory than the build has",
                    "make the values built in loops smaller, or give Java more memory (-Xmx)");
        }
    }

    /**
     * Liquid's "now": the build time, {@code site.time}, so that every page of a build shows one time; read
     * only when a template asks, as reading it tells the build that the page shows the time.
     */
    private ZonedDateTime now(Map<String, Object> variables) {
        if (variables.get("site") instanceof Map<?, ?> site && site.get("time") instanceof ZonedDateTime time) {
            return time;
        }
        return ZonedDateTime.now(options.zone());
    }

    private SourceException error(LiquidException e, String what, String hint) {
        if (e.find(JekyllInclude.IncludeCycleException.class) != null) {
            return new SourceException(position(e), e.detail(), "remove the include that includes itself");
        }
        JekyllLiquid.MissingFile missing = e.find(JekyllLiquid.MissingFile.class);
        if (missing != null) {
            return new SourceException(position(e), e.detail(), missing.kind != JekyllInclude.Kind.RELATIVE
                    ? "create it, or fix the name in the {% include %} tag"
                    : "check the path in {% include_relative %}; it is relative to this file");
        }
        if (e.find(JekyllLiquid.RefusedFile.class) != null) {
            return new SourceException(position(e), e.detail(), "keep the text to include in a file of the site's "
                    + "own; a name starting with '_' keeps it out of the output");
        }
        if (e.kind() == LiquidException.Kind.LIMIT) {
            return new SourceException(position(e), e.detail(), limitHint(e.detail()));
        }
        if (e.detail().equals(TemplateParser.TOO_DEEP)) {
            return new SourceException(position(e), e.detail(), "shorten it, or nest its brackets less deep");
        }
        if (e.detail().equals("Nesting too deep")) {
            return new SourceException(position(e), "Liquid nests too deep here: blocks in blocks, includes in "
                    + "includes, or arrays in arrays", "nest them less deep: at most 100 blocks in one another");
        }
        if (e.kind() == LiquidException.Kind.UNDEFINED_TAG) {
            return new SourceException(position(e), e.detail(), "check its name, or add the plugin that provides it");
        }
        Matcher misnested = MISNESTED.matcher(e.detail());
        if (misnested.matches()) {
            String open = misnested.group(2);
            return new SourceException(position(e), "{% " + misnested.group(1) + " %} closes {% " + open + " %} of line "
                    + (firstLine + Integer.parseInt(misnested.group(3)) - 1), "close {% " + open + " %} with {% end"
                    + open + " %} first");
        }
        if (UNCLOSED_OUTPUT.matcher(e.detail()).matches()) {
            return new SourceException(position(e), "'{{' is not closed", "end the output with '}}'");
        }
        if (UNCLOSED_TAG.matcher(e.detail()).matches()) {
            return new SourceException(position(e), "'{%' is not closed", "end the tag with '%}'");
        }
        Matcher unclosed = NEVER_CLOSED.matcher(e.detail());
        if (unclosed.matches()) {
            return new SourceException(position(e), "{% " + unclosed.group(1) + " %} is not closed",
                    "add {% end" + unclosed.group(1) + " %} where its block ends");
        }
        return new SourceException(position(e), what + ": " + e.detail(), hint);
    }

    private String limitHint(String detail) {
        if (detail.startsWith("a number of more than")) {
            return "keep numbers that long as text; no arithmetic needs them";
        }
        return jekyll.setup().config().safe()
                ? "safe mode bounds the work of a page's Liquid; a loop or a growing value here goes past it"
                : "a loop, an include or a growing value here does not end, or does far more than any page needs";
    }

    /**
     * Where the error is: its line in this file, or in the include it happened in (whose lines start at 1),
     * or the start of the text when it has no line.
     */
    private SourcePosition position(LiquidException e) {
        if (e.line() <= 0) {
            return SourcePosition.of(source.path(), firstLine);
        }
        if (e.templateName() == null || e.templateName().equals(source.path())) {
            return new SourcePosition(source.path(), firstLine + e.line() - 1, Math.max(1, e.column()));
        }
        return new SourcePosition(e.templateName(), jekyll.firstLine(e.templateName()) + e.line() - 1,
                Math.max(1, e.column()));
    }
}
