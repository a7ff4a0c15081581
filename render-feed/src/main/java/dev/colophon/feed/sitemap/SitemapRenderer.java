package dev.colophon.feed.sitemap;

import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.feed.FeedPluginSettings;
import dev.colophon.feed.Feeds;
import dev.colophon.feed.LastModified;
import dev.colophon.feed.XmlText;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.model.StaticFile;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code /sitemap.xml} (sitemaps.org) listing every post and HTML page, and a {@code /robots.txt} pointing
 * at it unless the site has its own — jekyll-sitemap's behaviour. A page or post with {@code sitemap:
 * false} is left out; {@code sitemap: false} in {@code _config.yml} turns both files off.
 */
@AutoService(Renderer.class)
public final class SitemapRenderer implements Renderer {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Override
    public String id() {
        return "sitemap";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        SiteConfig config = site.config();
        FeedPluginSettings.check(config, context);
        if (!FeedPluginSettings.of(config).sitemap()) {
            return List.of();
        }
        if (config.url().isEmpty()) {
            context.warn(SourcePosition.of(config.file()), "no sitemap written: 'url' is not set",
                    "a sitemap needs absolute addresses; add url: https://your.host to " + config.file());
            return List.of();
        }
        List<Output> outputs = new ArrayList<>();
        // As jekyll-sitemap, a site's own sitemap.xml (a page of a theme, say) is written instead of this one.
        if (!Feeds.siteHasOwn(site, "/sitemap.xml")) {
            outputs.add(new Output("sitemap.xml", Set.of(Output.Inputs.POSTS, Output.Inputs.PAGES,
                    Output.Inputs.CONFIG), () -> write(site)));
        }
        if (!Feeds.siteHasOwn(site, "/robots.txt")) {
            outputs.add(new Output("robots.txt", Set.of(Output.Inputs.CONFIG),
                    () -> ("Sitemap: " + Feeds.urlOf(config, "/sitemap.xml") + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return outputs;
    }

    private static byte[] write(Site site) {
        SiteConfig config = site.config();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            for (Post post : site.posts()) {
                if (listed(post.frontMatter().values().get("sitemap"))) {
                    url(xml, Feeds.urlOf(config, post), post.frontMatter().string("last_modified_at")
                            .flatMap(t -> LastModified.parse(t, post.date())).orElse(post.date()));
                }
            }
            for (Page page : site.pages()) {
                if (page.outputPath().endsWith(".html") && listed(page.frontMatter().values().get("sitemap"))
                        && !page.frontMatter().has("redirect_to") && !page.url().equals("/404.html")) {
                    url(xml, Feeds.urlOf(config, page.url()), page.frontMatter().string("last_modified_at")
                            .flatMap(t -> LastModified.parse(t, config.timezone())).orElse(null));
                }
            }
            for (StaticFile file : site.staticFiles()) {
                String name = file.outputPath().toLowerCase(Locale.ROOT);
                if ((name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".pdf")) && !name.equals("404.html")) {
                    url(xml, Feeds.urlOf(config, dev.colophon.url.UrlPaths.encodePath(file.url())), null);
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static boolean listed(Object sitemap) {
        return !Boolean.FALSE.equals(sitemap);
    }

    private static void url(XMLStreamWriter xml, String loc, OffsetDateTime lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(XmlText.clean(loc));
        xml.writeEndElement();
        if (lastmod != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastmod.withNano(0)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
