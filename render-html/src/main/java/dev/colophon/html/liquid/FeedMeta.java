package dev.colophon.html.liquid;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.model.FeedSettings;
import dev.colophon.model.SiteConfig;

/**
 * jekyll-feed's {@code {% feed_meta %}}: a {@code <link rel="alternate">} for each feed the site writes,
 * so browsers and readers find them.
 */
final class FeedMeta implements Node {

    private final SiteConfig config;

    FeedMeta(SiteConfig config) {
        this.config = config;
    }

    @Override
    public void render(Context context, StringBuilder into) {
        FeedSettings feed = config.feed();
        if (config.url().isEmpty()) {
            return;
        }
        String title = JekyllFilters.xmlEscape(config.title().isEmpty() ? config.url() : config.title());
        StringBuilder out = new StringBuilder();
        if (feed.atom()) {
            link(out, "application/atom+xml", feed.atomPath(), title);
        }
        if (feed.rss()) {
            link(out, "application/rss+xml", feed.rssPath(), title);
        }
        if (feed.json()) {
            link(out, "application/feed+json", feed.jsonPath(), title);
        }
        into.append(out.toString().stripTrailing());
    }

    private void link(StringBuilder out, String type, String path, String title) {
        out.append("<link type=\"").append(type).append("\" rel=\"alternate\" href=\"")
                .append(JekyllFilters.xmlEscape(Urls.absolute(path, config.url(), config.baseurl())))
                .append("\" title=\"").append(title).append("\">\n");
    }
}
