package dev.colophon.html.liquid;

import dev.colophon.model.FeedSettings;
import dev.colophon.model.SiteConfig;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * jekyll-feed's {@code {% feed_meta %}}: a {@code <link rel="alternate">} for each feed the site writes,
 * so browsers and readers find them.
 */
final class FeedMeta extends Tag {

    private final SiteConfig config;

    FeedMeta(SiteConfig config) {
        super("feed_meta");
        this.config = config;
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        FeedSettings feed = config.feed();
        if (config.url().isEmpty()) {
            return "";
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
        return out.toString().stripTrailing();
    }

    private void link(StringBuilder out, String type, String path, String title) {
        out.append("<link type=\"").append(type).append("\" rel=\"alternate\" href=\"")
                .append(JekyllFilters.xmlEscape(Urls.absolute(path, config.url(), config.baseurl())))
                .append("\" title=\"").append(title).append("\">\n");
    }
}
