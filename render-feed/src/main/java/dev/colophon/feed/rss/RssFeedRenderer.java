package dev.colophon.feed.rss;

import com.google.auto.service.AutoService;
import dev.colophon.feed.AbsoluteUrls;
import dev.colophon.feed.FeedPluginSettings;
import dev.colophon.feed.Feeds;
import dev.colophon.feed.XmlText;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An RSS 2.0 feed of the newest posts, at {@code /rss.xml} by default. */
@AutoService(Renderer.class)
public final class RssFeedRenderer implements Renderer {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 822 with a four-digit year and a numeric offset, as RSS 2.0 asks and every reader parses. */
    private static final DateTimeFormatter RFC822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);

    @Override
    public String id() {
        return "rss-feed";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        SiteConfig config = site.config();
        if (!config.feed().rss()) {
            return List.of();
        }
        String path = config.feed().rssPath();
        FeedPluginSettings settings = FeedPluginSettings.of(config);
        if (!Feeds.haveUrl(config, context, "rss") || Feeds.siteHasOwn(site, path)) {
            return List.of();
        }
        return List.of(new Output(Feeds.outputPath(path), Set.of(Output.Inputs.POSTS, Output.Inputs.CONFIG),
                () -> write(config, settings, Feeds.buildTime(site, context), Feeds.titles(context), path,
                        Feeds.newest(site, config.feed().limit(), p -> true))));
    }

    private static byte[] write(SiteConfig config, FeedPluginSettings settings, Supplier<OffsetDateTime> buildTime,
            UnaryOperator<String> titles, String path, List<Post> posts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeCharacters("\n");
            xml.writeStartElement("channel");
            xml.writeCharacters("\n");
            String home = config.absoluteBase() + "/";
            String title = config.title().isEmpty() ? home : config.title();
            element(xml, "title", title);
            element(xml, "link", home);
            element(xml, "description", config.description().isEmpty() ? title : config.description());
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", Feeds.urlOf(config, path));
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            xml.writeCharacters("\n");
            if (settings.language().isPresent()) {
                element(xml, "language", settings.language().get());
            }
            element(xml, "lastBuildDate", RFC822.format(posts.isEmpty() ? buildTime.get() : posts.get(0).date()));
            element(xml, "generator", "Colophon");
            for (Post post : posts) {
                item(xml, config, titles, post);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the RSS feed: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void item(XMLStreamWriter xml, SiteConfig config, UnaryOperator<String> titles, Post post)
            throws XMLStreamException {
        String url = Feeds.urlOf(config, post);
        xml.writeStartElement("item");
        xml.writeCharacters("\n");
        element(xml, "title", titles.apply(post.title()));
        element(xml, "link", url);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(url);
        xml.writeEndElement();
        xml.writeCharacters("\n");
        element(xml, "pubDate", RFC822.format(post.date()));
        for (String term : Stream.concat(post.categories().stream(), post.tags().stream()).distinct().toList()) {
            element(xml, "category", term);
        }
        String html = config.feed().excerptOnly() || post.html().isEmpty() ? post.excerpt() : post.html();
        element(xml, "description", AbsoluteUrls.rewrite(html, url));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
