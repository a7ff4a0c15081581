package dev.colophon.feed.atom;

import dev.colophon.feed.AbsoluteUrls;
import dev.colophon.feed.Feeds;
import dev.colophon.feed.XmlText;
import dev.colophon.model.Post;
import dev.colophon.model.SiteConfig;
import dev.colophon.url.UrlPaths;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one Atom document with the JDK's StAX writer, which escapes text and attributes. */
final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 3339 as RFC 4287 wants it: upper-case T, seconds, Z for UTC. */
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SiteConfig config;
    private final Supplier<OffsetDateTime> buildTime;
    private final UnaryOperator<String> titles;

    /** @param titles makes a post's title as the feed shows it, see {@link Feeds#titles} */
    AtomWriter(SiteConfig config, Supplier<OffsetDateTime> buildTime, UnaryOperator<String> titles) {
        this.config = config;
        this.buildTime = buildTime;
        this.titles = titles;
    }

    /**
     * @param path the feed's own path, e.g. {@code /feed.xml}
     * @param topic the tag or category the feed is about, or empty for the whole site
     */
    byte[] write(String path, String topic, List<Post> posts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml);
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            String home = config.absoluteBase() + "/";
            newline(xml);
            element(xml, "id", Feeds.urlOf(config, path));
            String title = config.title().isEmpty() ? home : config.title();
            element(xml, "title", topic.isEmpty() ? title : title + " · " + topic);
            if (!config.description().isEmpty()) {
                element(xml, "subtitle", config.description());
            }
            element(xml, "updated", date(posts.stream().map(AtomWriter::updated)
                    .max(Comparator.comparing(OffsetDateTime::toInstant)).orElseGet(buildTime)));
            link(xml, "self", Feeds.urlOf(config, path), "application/atom+xml");
            link(xml, "alternate", home, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", config.author().name().isEmpty() ? title : config.author().name());
            if (!config.author().email().isEmpty()) {
                element(xml, "email", config.author().email());
            }
            if (!config.author().url().isEmpty()) {
                element(xml, "uri", config.author().url());
            }
            xml.writeEndElement();
            newline(xml);
            element(xml, "generator", "Colophon");
            for (Post post : posts) {
                entry(xml, post);
            }
            xml.writeEndElement();
            newline(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private void entry(XMLStreamWriter xml, Post post) throws XMLStreamException {
        String url = Feeds.urlOf(config, post);
        xml.writeStartElement("entry");
        newline(xml);
        // jekyll-feed's id (the post's id, absolute): a site moving from Jekyll keeps its entries' identity,
        // so readers do not show every post again.
        element(xml, "id", config.absoluteBase() + UrlPaths.idOf(post.url()));
        element(xml, "title", titles.apply(post.title()));
        link(xml, "alternate", url, "text/html");
        element(xml, "published", date(post.date()));
        element(xml, "updated", date(updated(post)));
        for (String term : Stream.concat(post.categories().stream(), post.tags().stream()).distinct().toList()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", XmlText.clean(term));
            newline(xml);
        }
        if (!post.excerpt().isEmpty()) {
            html(xml, "summary", post.excerpt(), url);
        }
        if (!config.feed().excerptOnly()) {
            html(xml, "content", post.html(), url);
        }
        xml.writeEndElement();
        newline(xml);
    }

    /**
     * HTML with its links made absolute, and xml:base set to the post as jekyll-feed does, for readers
     * that resolve against it.
     */
    private static void html(XMLStreamWriter xml, String name, String html, String base) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("type", "html");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "base", base);
        xml.writeCharacters(XmlText.clean(AbsoluteUrls.rewrite(html, base)));
        xml.writeEndElement();
        newline(xml);
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
        newline(xml);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
        newline(xml);
    }

    /** One element a line: a feed is read by people debugging it too. */
    private static void newline(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n");
    }


    static OffsetDateTime updated(Post post) {
        return post.frontMatter().string("last_modified_at")
                .flatMap(text -> dev.colophon.feed.LastModified.parse(text, post.date()))
                .orElse(post.date());
    }

    private static String date(OffsetDateTime date) {
        return RFC3339.format(date.withNano(0));
    }
}
