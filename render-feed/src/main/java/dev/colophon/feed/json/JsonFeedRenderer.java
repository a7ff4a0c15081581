package dev.colophon.feed.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.colophon.feed.AbsoluteUrls;
import dev.colophon.feed.FeedPluginSettings;
import dev.colophon.feed.Feeds;
import dev.colophon.feed.LastModified;
import dev.colophon.feed.PlainText;
import dev.colophon.feed.XmlText;
import dev.colophon.model.Author;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Set;

/** A JSON Feed 1.1 of the newest posts, at {@code /feed.json} by default, written with Jackson. */
@AutoService(Renderer.class)
public final class JsonFeedRenderer implements Renderer {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Override
    public String id() {
        return "json-feed";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        SiteConfig config = site.config();
        if (!config.feed().json()) {
            return List.of();
        }
        String path = config.feed().jsonPath();
        FeedPluginSettings settings = FeedPluginSettings.of(config);
        if (!Feeds.haveUrl(config, context, "json") || Feeds.siteHasOwn(site, path)) {
            return List.of();
        }
        return List.of(new Output(Feeds.outputPath(path), Set.of(Output.Inputs.POSTS, Output.Inputs.CONFIG),
                () -> write(config, settings, Feeds.titles(context), path,
                        Feeds.newest(site, config.feed().limit(), p -> true))));
    }

    private static byte[] write(SiteConfig config, FeedPluginSettings settings, UnaryOperator<String> titles,
            String path, List<Post> posts) {
        ObjectNode feed = Lazy.MAPPER.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        String home = config.absoluteBase() + "/";
        feed.put("title", text(config.title().isEmpty() ? home : config.title()));
        feed.put("home_page_url", home);
        feed.put("feed_url", Feeds.urlOf(config, path));
        if (!config.description().isEmpty()) {
            feed.put("description", text(config.description()));
        }
        settings.language().ifPresent(language -> feed.put("language", language));
        if (!config.author().name().isEmpty()) {
            feed.set("authors", authors(config.author()));
        }
        ArrayNode items = feed.putArray("items");
        for (Post post : posts) {
            items.add(item(config, titles, post));
        }
        try {
            return (Lazy.MAPPER.writeValueAsString(feed) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON feed: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode item(SiteConfig config, UnaryOperator<String> titles, Post post) {
        String url = Feeds.urlOf(config, post);
        ObjectNode item = Lazy.MAPPER.createObjectNode();
        item.put("id", url);
        item.put("url", url);
        item.put("title", text(titles.apply(post.title())));
        String html = config.feed().excerptOnly() || post.html().isEmpty() ? post.excerpt() : post.html();
        item.put("content_html", text(AbsoluteUrls.rewrite(html, url)));
        if (!post.excerpt().isEmpty()) {
            item.put("summary", text(PlainText.of(post.excerpt())));
        }
        item.put("date_published", RFC3339.format(post.date().withNano(0)));
        post.frontMatter().string("last_modified_at").flatMap(t -> LastModified.parse(t, post.date()))
                .ifPresent(modified -> item.put("date_modified", RFC3339.format(modified.withNano(0))));
        Set<String> tags = new LinkedHashSet<>(post.categories());
        tags.addAll(post.tags());
        if (!tags.isEmpty()) {
            ArrayNode array = item.putArray("tags");
            tags.forEach(tag -> array.add(text(tag)));
        }
        if (!config.author().name().isEmpty()) {
            item.set("authors", authors(config.author()));
        }
        return item;
    }

    private static ArrayNode authors(Author author) {
        ArrayNode authors = Lazy.MAPPER.createArrayNode();
        ObjectNode node = authors.addObject();
        node.put("name", text(author.name()));
        if (!author.url().isEmpty()) {
            node.put("url", author.url());
        }
        return authors;
    }

    /**
     * Text without lone surrogates, which would make the output invalid UTF-8. Control characters are
     * allowed in JSON (Jackson escapes them) but removed too, so every format carries the same text.
     */
    private static String text(String value) {
        return XmlText.clean(value);
    }

    /**
     * Made on first use, not when the plugin is discovered: a Jackson mapper takes tens of milliseconds to
     * build in a cold JVM, and many builds never need this one.
     */
    private static final class Lazy {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
