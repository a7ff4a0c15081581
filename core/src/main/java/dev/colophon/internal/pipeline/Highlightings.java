package dev.colophon.internal.pipeline;

import dev.colophon.internal.plugin.Plugins;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Highlighting;
import java.util.Locale;
import java.util.Map;

/**
 * The site's highlighting, as Jekyll decides it: once for Markdown (kramdown's {@code syntax_highlighter},
 * else {@code highlighter}, else Rouge) and once for {@code {% highlight %}} (the site's {@code highlighter},
 * Rouge by default). They differ: with {@code highlighter: false} Jekyll still colours Markdown's code
 * ({@code config["highlighter"] || "rouge"}) while the tag writes plain escaped code; kramdown's
 * {@code syntax_highlighter_opts: {disable: true}} turns off Markdown's alone.
 */
final class Highlightings {

    private Highlightings() {
    }

    /** For Markdown's code: off with {@code none} named, or kramdown's highlighting disabled. */
    static Highlighting forMarkdown(SiteConfig config, Plugins plugins) {
        Object named = config.values().get("highlighter");
        if (config.values().get("kramdown") instanceof Map<?, ?> kramdown) {
            if (kramdown.get("syntax_highlighter_opts") instanceof Map<?, ?> opts
                    && Boolean.TRUE.equals(opts.get("disable"))) {
                return Highlighting.NONE;
            }
            if (kramdown.get("syntax_highlighter") != null) {
                named = kramdown.get("syntax_highlighter");
            }
        }
        return "none".equals(String.valueOf(named)) ? Highlighting.NONE : byLanguage(plugins);
    }

    /** For {@code {% highlight %}}: off with {@code highlighter: false} or {@code none}. */
    static Highlighting forTag(SiteConfig config, Plugins plugins) {
        Object named = config.values().get("highlighter");
        return Boolean.FALSE.equals(named) || "none".equals(String.valueOf(named)) ? Highlighting.NONE
                : byLanguage(plugins);
    }

    /** The first highlighter that knows the language. */
    private static Highlighting byLanguage(Plugins plugins) {
        return (code, language) -> plugins.highlighter(language.toLowerCase(Locale.ROOT))
                .map(h -> h.highlight(code, language.toLowerCase(Locale.ROOT)));
    }
}
