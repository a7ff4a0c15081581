package dev.colophon.feed.atom;

import dev.colophon.model.Post;
import dev.colophon.model.SiteConfig;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one Atom document with the JDK's StAX writer, which escapes text and attributes. */
final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 3339 as RFC 4287 wants it: upper-case T, seconds, and Z for UTC. */
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SiteConfig config;
    private final OffsetDateTime buildTime;

    AtomWriter(SiteConfig config, OffsetDateTime buildTime) {
        this.config = config;
        this.buildTime = buildTime;
    }

    byte[] write(List<Post> posts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            String home = config.absoluteBase() + "/";
            element(xml, "id", home);
            element(xml, "title", config.title().isEmpty() ? home : config.title());
            if (!config.description().isEmpty()) {
                element(xml, "subtitle", config.description());
            }
            OffsetDateTime updated = posts.isEmpty() ? buildTime : posts.stream().map(AtomWriter::updated)
                    .max(java.util.Comparator.comparing(OffsetDateTime::toInstant)).orElseThrow();
            element(xml, "updated", date(updated));
            link(xml, "self", config.absoluteBase() + "/" + AtomFeedRenderer.PATH, "application/atom+xml");
            link(xml, "alternate", home, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", config.author().name().isEmpty() ? home : config.author().name());
            if (!config.author().email().isEmpty()) {
                element(xml, "email", config.author().email());
            }
            if (!config.author().url().isEmpty()) {
                element(xml, "uri", config.author().url());
            }
            xml.writeEndElement();
            element(xml, "generator", "Colophon");
            for (Post post : posts) {
                entry(xml, post);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private void entry(XMLStreamWriter xml, Post post) throws XMLStreamException {
        String url = config.absoluteBase() + post.url();
        xml.writeStartElement("entry");
        element(xml, "id", url);
        element(xml, "title", post.title());
        link(xml, "alternate", url, "text/html");
        element(xml, "published", date(post.date()));
        element(xml, "updated", date(updated(post)));
        for (String category : post.categories()) {
            category(xml, category);
        }
        for (String tag : post.tags()) {
            category(xml, tag);
        }
        if (!post.excerpt().isEmpty()) {
            html(xml, "summary", post.excerpt(), url);
        }
        html(xml, "content", post.html(), url);
        xml.writeEndElement();
    }

    /** HTML content, with xml:base set to the post so its relative links resolve, as jekyll-feed does. */
    private static void html(XMLStreamWriter xml, String name, String html, String base) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("type", "html");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "base", base);
        xml.writeCharacters(XmlText.clean(html));
        xml.writeEndElement();
    }

    private static void category(XMLStreamWriter xml, String term) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", XmlText.clean(term));
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static OffsetDateTime updated(Post post) {
        return post.frontMatter().string("last_modified_at")
                .flatMap(text -> {
                    try {
                        return java.util.Optional.of(OffsetDateTime.parse(text.strip().replace(' ', 'T')));
                    } catch (java.time.format.DateTimeParseException e) {
                        return java.util.Optional.empty();
                    }
                })
                .orElse(post.date());
    }

    private static String date(OffsetDateTime date) {
        return RFC3339.format(date.withNano(0));
    }
}
