package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.SiteConfig;
import java.util.Set;

/**
 * The Jekyll plugins a site lists ({@code plugins:}, or the older {@code gems:}). Colophon has the common
 * ones built in; listing them is accepted, and switches on the ones Jekyll only runs when listed.
 */
final class JekyllPlugins {

    /** The gems whose behaviour is built in: GitHub Pages' plugins that need no network. */
    static final Set<String> BUILT_IN = Set.of("jekyll-feed", "jekyll-seo-tag", "jekyll-sitemap", "jekyll-paginate",
            "jekyll-redirect-from", "jekyll-gist", "jekyll-relative-links", "jekyll-optional-front-matter",
            "jekyll-default-layout", "jekyll-titles-from-headings", "jekyll-include-cache", "jekyll-readme-index",
            "jekyll-github-metadata", "jekyll-coffeescript", "jekyll-commonmark-ghpages", "jekyll-sass-converter",
            "kramdown-parser-gfm", "jekyll-theme-minima", "minima", "jekyll-archives", "jemoji", "jekyll-mentions",
            "jekyll-avatar");

    private JekyllPlugins() {
    }

    /** Files jekyll-optional-front-matter leaves alone: they are meant for the repository, not the site. */
    private static final Set<String> REPOSITORY_FILES = Set.of("readme", "license", "licence", "contributing",
            "code_of_conduct", "changelog", "history", "security");

    /** Whether jekyll-optional-front-matter makes this file a page even without front matter. */
    static boolean isOptionalFrontMatterPage(String path, java.util.function.Function<String,
            java.util.Optional<dev.colophon.spi.ContentParser>> parsers) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String extension = name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return parsers.apply(extension).filter(p -> "html".equals(p.outputExtension())).isPresent()
                && !REPOSITORY_FILES.contains(name.substring(0, dot).toLowerCase(java.util.Locale.ROOT));
    }

    static Set<String> listed(SiteConfig config) {
        return SiteConfig.plugins(config.values());
    }

    /** A warning for each listed gem Colophon does not have: its tags and pages will be missing. */
    static void warnUnknown(SiteConfig config, String configFile, Problems problems) {
        for (String plugin : listed(config)) {
            if (!BUILT_IN.contains(plugin)) {
                problems.warning(SourcePosition.of(configFile), "plugin '" + plugin + "' is not built into Colophon;"
                        + " what it adds will be missing", "remove it from plugins:, or find a Colophon plugin for it");
            }
        }
    }
}
