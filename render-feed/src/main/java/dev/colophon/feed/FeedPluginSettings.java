package dev.colophon.feed;

import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.RenderContext;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code _config.yml} says to this module beyond {@code feed:} (which core reads into
 * {@link SiteConfig#feed()}): read once, at the start of each renderer's work in a build.
 *
 * @param language {@code lang}, as the RSS {@code <language>} and the JSON Feed {@code language}, as
 *     written (an empty text included); empty when not set
 * @param sitemap whether {@code sitemap.xml} and {@code robots.txt} are written: {@code sitemap: true} or
 *     {@code false} decides; when not set, yes, unless the site lists its Jekyll plugins without
 *     jekyll-sitemap (a Jekyll site gets a sitemap only from that plugin)
 */
public record FeedPluginSettings(Optional<String> language, boolean sitemap) {

    public FeedPluginSettings {
        Objects.requireNonNull(language, "language");
    }

    /** Reads the settings; a {@code sitemap:} that is neither true nor false counts as true, see {@link #check}. */
    public static FeedPluginSettings of(SiteConfig config) {
        Object lang = config.values().get("lang");
        Object sitemap = config.values().get("sitemap");
        boolean written = sitemap == null
                ? !config.listsPlugins() || config.lists("jekyll-sitemap")
                : !Boolean.FALSE.equals(sitemap);
        return new FeedPluginSettings(Optional.ofNullable(lang).map(Object::toString), written);
    }

    /**
     * Warns about a {@code sitemap:} that is neither true nor false. Called by the sitemap's renderer only,
     * which reads that key, so that a build warns once.
     */
    public static void check(SiteConfig config, RenderContext context) {
        Object sitemap = config.values().get("sitemap");
        if (sitemap != null && !(sitemap instanceof Boolean)) {
            context.warn(SourcePosition.of("_config.yml"), "'sitemap' must be true or false, not '" + sitemap + "'",
                    "write sitemap: false to leave the sitemap out; until then it is written");
        }
    }
}
