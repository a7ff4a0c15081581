package dev.colophon.html.liquid;

import dev.colophon.liquid.Filter;
import dev.colophon.model.FeedSettings;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.TemplateSetup;
import java.util.Map;

/**
 * Filters the built-in theme uses, named {@code colophon_*} so that no Jekyll theme or plugin filter is
 * shadowed: {@code colophon_images} ({@link ThemeImages}), and the addresses its header links to, which
 * only the build knows: {@code colophon_feed_url} (the site's first feed, Atom before RSS before JSON Feed)
 * and {@code colophon_tags_url} (the page listing every tag); each {@code ""} when the site has none.
 */
final class ThemeFilters {

    private ThemeFilters() {
    }

    static void register(Map<String, Filter> filters, TemplateSetup setup) {
        SiteConfig config = setup.config();
        filters.put("colophon_images", new ThemeImages(setup));
        filters.put("colophon_feed_url", JekyllFilters.text((in, c) -> feedPath(config)));
        filters.put("colophon_tags_url", JekyllFilters.text((in, c) -> {
            Taxonomies tags = Taxonomies.tags(config.values());
            return tags.enabled() ? tags.index() : "";
        }));
    }

    private static String feedPath(SiteConfig config) {
        FeedSettings feed = config.feed();
        // Feeds need absolute links, and so the site's address: without one none is written (FeedMeta too).
        if (config.url().isEmpty()) {
            return "";
        }
        String path = feed.atom() ? feed.atomPath() : feed.rss() ? feed.rssPath() : feed.json() ? feed.jsonPath() : "";
        return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    }
}
