package dev.colophon.markdown;

import dev.colophon.model.SiteConfig;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code _config.yml} says about converting Markdown, read once per configuration.
 *
 * @param safe {@code safe:} (or {@code --safe}): raw HTML is escaped and script links dropped, whichever
 *     converter is named
 * @param commonMark {@code markdown:} names a CommonMark converter (jekyll-commonmark's {@code CommonMark},
 *     {@code CommonMarkGhPages}, any case), which gets CommonMark's block HTML; otherwise kramdown's habits,
 *     as Jekyll's default {@code markdown: kramdown}. A value that is not text is taken as kramdown.
 * @param lineNumbers highlighted code blocks are numbered: kramdown's {@code kramdown.syntax_highlighter_opts}
 *     say {@code line_numbers: true}, for both kinds of code or under {@code block}
 * @param startLine their first number: {@code start_line} where {@code line_numbers} is, 1 when not a number
 */
record KramdownSettings(boolean safe, boolean commonMark, boolean lineNumbers, int startLine) {

    /** Reads the settings; a value of another type than described counts as not set. */
    static KramdownSettings of(SiteConfig config) {
        Map<String, Object> values = config.values();
        boolean commonMark = values.get("markdown") instanceof String name
                && name.toLowerCase(Locale.ROOT).startsWith("commonmark");
        Map<Object, Object> block = blockOptions(values.get("kramdown"));
        boolean lineNumbers = Boolean.TRUE.equals(block.get("line_numbers"));
        int startLine = block.get("start_line") instanceof Number start ? start.intValue() : 1;
        return new KramdownSettings(config.safe(), commonMark, lineNumbers, startLine);
    }

    /** The highlighter's options for code blocks, empty when none are set. */
    private static Map<Object, Object> blockOptions(Object kramdown) {
        if (!(kramdown instanceof Map<?, ?> settings)
                || !(settings.get("syntax_highlighter_opts") instanceof Map<?, ?> options)) {
            return Map.of();
        }
        // Options under block: apply to code blocks only, over those for both kinds.
        Map<Object, Object> block = new HashMap<>(options);
        if (options.get("block") instanceof Map<?, ?> blockOptions) {
            block.putAll(blockOptions);
        }
        return block;
    }
}
