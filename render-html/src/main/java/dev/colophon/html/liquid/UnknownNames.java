package dev.colophon.html.liquid;

import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateSetup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;
import liqp.nodes.LNode;
import liqp.blocks.Block;
import liqp.tags.Tag;

/**
 * Filters and tags a template uses that no plugin provides. In Jekyll's default mode they are warnings
 * (the filter passes its input through, the tag renders nothing); with {@code liquid: {error_mode:
 * strict}} or {@code strict_filters: true} they are errors at their line.
 */
final class UnknownNames {

    private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);
    private static final Pattern FILTER = Pattern.compile("\\|\\s*([A-Za-z_][\\w-]*)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern TAG = Pattern.compile("\\A\\{%-?\\s*([A-Za-z_]\\w*)");
    private static final Pattern VERBATIM = Pattern.compile(
            "\\{%-?\\s*(raw|comment)\\s*-?%\\}.*?\\{%-?\\s*end\\1\\s*-?%\\}", Pattern.DOTALL);
    private static final Set<String> KEYWORDS = Set.of("else", "elsif", "when", "endraw", "endcomment", "liquid", "echo");

    private UnknownNames() {
    }

    /** The parser to compile this template with: the given one, or one that tolerates its unknown names. */
    static TemplateParser check(TemplateParser parser, TemplateSetup setup, SourceText source, int firstLine) {
        // Blanked out, not removed, so that offsets in the text are offsets in the file.
        String text = VERBATIM.matcher(source.text()).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
        // Name -> offset of its first use, for the line and column of the message.
        Map<String, Integer> filters = new LinkedHashMap<>();
        Map<String, Integer> tags = new LinkedHashMap<>();
        Matcher markup = MARKUP.matcher(text);
        while (markup.find()) {
            String part = markup.group();
            Matcher tag = TAG.matcher(part);
            if (tag.find()) {
                String name = tag.group(1);
                if (!name.startsWith("end") && !KEYWORDS.contains(name) && parser.insertions.get(name) == null) {
                    tags.putIfAbsent(name, markup.start() + tag.start(1));
                }
            }
            Matcher filter = FILTER.matcher(QUOTED.matcher(part).replaceAll(m -> "\"" + " ".repeat(m.group().length() - 2) + "\""));
            while (filter.find()) {
                if (!parser.filters.getMap().containsKey(filter.group(1))) {
                    filters.putIfAbsent(filter.group(1), markup.start() + filter.start(1));
                }
            }
        }
        if (filters.isEmpty() && tags.isEmpty()) {
            return parser;
        }
        Map<?, ?> liquid = setup.config().values().get("liquid") instanceof Map<?, ?> m ? m : Map.of();
        boolean strict = "strict".equals(String.valueOf(liquid.get("error_mode")));
        boolean strictFilters = strict || Boolean.TRUE.equals(liquid.get("strict_filters"));
        TemplateParser.Builder tolerant = new TemplateParser.Builder(parser);
        for (var entry : filters.entrySet()) {
            report(setup, strictFilters, SourcePlaces.at(source, firstLine, entry.getValue()), "unknown Liquid filter '" + entry.getKey() + "'",
                    "check its name, or add the plugin that provides it");
            tolerant.withFilter(passThrough(entry.getKey()));
        }
        for (var entry : tags.entrySet()) {
            report(setup, strict, SourcePlaces.at(source, firstLine, entry.getValue()), "unknown Liquid tag '" + entry.getKey() + "'",
                    "check its name, or add the plugin that provides it");
            boolean block = TagBalance.endTag(entry.getKey()).matcher(text).find();
            if (block) {
                tolerant.withBlock(new Block(entry.getKey()) {
                    @Override
                    public Object render(TemplateContext context, LNode... nodes) {
                        return "";
                    }
                });
            } else {
                tolerant.withTag(new Tag(entry.getKey()) {
                    @Override
                    public Object render(TemplateContext context, LNode... nodes) {
                        return "";
                    }
                });
            }
        }
        return tolerant.build();
    }

    private static void report(TemplateSetup setup, boolean strict, SourcePosition at, String message,
            String hint) {
        if (strict) {
            throw new SourceException(at, message, hint);
        }
        setup.warnings().accept(Diagnostic.warning(at, message + ", left as it is", hint));
    }

    private static Filter passThrough(String name) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return value;
            }
        };
    }

}
