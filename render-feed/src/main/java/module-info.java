/** Atom, RSS and JSON feeds and the sitemap: plugins only, nothing exported. */
module dev.colophon.feed {
    requires dev.colophon.core;
    requires java.xml;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static com.google.auto.service;

    provides dev.colophon.spi.Renderer with dev.colophon.feed.atom.AtomFeedRenderer,
            dev.colophon.feed.json.JsonFeedRenderer, dev.colophon.feed.rss.RssFeedRenderer,
            dev.colophon.feed.sitemap.SitemapRenderer;
}
