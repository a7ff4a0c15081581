package dev.colophon.html.liquid;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.Map;
import liqp.Template;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;

/**
 * One compiled Liquid template: parsed once, its node tree built once ({@link Nodes}), rendered on any
 * number of threads at once.
 */
final class LiquidTemplate implements TemplateEngine.Compiled {

    private final TemplateParser parser;
    private final CurrentFile current;
    private final SourceText source;
    private final int firstLine;
    private final Nodes nodes;

    LiquidTemplate(TemplateParser parser, CurrentFile current, TemplateSetup setup, SourceText source, int firstLine) {
        this.parser = UnknownNames.check(parser, setup, source, firstLine);
        this.current = current;
        this.source = source;
        this.firstLine = firstLine;
        this.nodes = new Nodes(this.parser, parse());
    }

    @Override
    public String render(Map<String, Object> variables) {
        current.enter(source.path());
        try {
            return nodes.render(variables, null).toString();
        } catch (RuntimeException e) {
            throw error(e, "cannot render the Liquid in this file", "check the tags and filters used here");
        } finally {
            current.leave();
        }
    }

    private Template parse() {
        try {
            return parser.parse(TagArguments.protect(source.text()));
        } catch (RuntimeException e) {
            // liqp reports an unclosed block as a mismatch at the end of the text: find the tag instead.
            throw TagBalance.check(source, firstLine).orElseGet(() ->
                    error(e, "Liquid syntax error", "check that every {% tag %} is closed and spelled right"));
        }
    }

    private SourceException error(RuntimeException e, String what, String hint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedInclude.IncludeCycleException cycle) {
                return new SourceException(includeTag(quoted(cycle.getMessage())), cycle.getMessage(),
                        "remove the include that includes itself");
            }
            if (t instanceof java.nio.file.NoSuchFileException missing) {
                // Includes name their file under _includes/; include_relative names it beside the page.
                boolean include = missing.getMessage().startsWith("_includes/");
                String name = missing.getMessage().substring(missing.getMessage().lastIndexOf('/') + 1);
                return new SourceException(includeTag(name),
                        (include ? "include " : "file ") + missing.getMessage() + " does not exist",
                        include ? "create it, or fix the name in the {% include %} tag"
                                : "check the path in {% include_relative %}; it is relative to this file");
            }
            if (t instanceof LiquidException liquid && liquid.line > 0) {
                SourcePosition at = new SourcePosition(source.path(), firstLine + liquid.line - 1,
                        liquid.charPositionInLine + 1);
                return new SourceException(at, what + ": " + describe(liquid), hint);
            }
        }
        return new SourceException(SourcePosition.of(source.path(), firstLine), what + ": " + describe(e), hint);
    }

    /** The include tag naming this file, or the start of the text when it is not in this file (a nested include). */
    private SourcePosition includeTag(String name) {
        return SourcePlaces.tag(source, firstLine, "include|include_relative|include_cached", name)
                .orElseGet(() -> new SourcePosition(source.path(), firstLine, 1));
    }

    /** The first quoted name in a message, e.g. {@code me.html} of "... deep at 'me.html': ...". */
    private static String quoted(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end < 0 ? "" : message.substring(start + 1, end);
    }

    /** liqp's messages repeat the source line with a caret; the last line is the one that says what is wrong. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        String[] lines = message.split("\n");
        return lines[lines.length - 1].strip();
    }
}
