package dev.colophon.feed.atom;

import com.google.auto.service.AutoService;
import dev.colophon.feed.Feeds;
import dev.colophon.model.FeedSettings;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import dev.colophon.url.UrlPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Atom 1.0 feeds (RFC 4287): the site's at {@code /feed.xml}, where jekyll-feed puts it so subscribers of
 * a Jekyll blog keep their feed, and, when asked for, one per tag and per category.
 */
@AutoService(Renderer.class)
public final class AtomFeedRenderer implements Renderer {

    @Override
    public String id() {
        return "atom-feed";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        FeedSettings settings = site.config().feed();
        if (!settings.atom() && !settings.tagFeeds() && settings.categoryFeeds().isEmpty()) {
            return List.of();
        }
        Feeds.requireUrl(site.config());
        List<Output> outputs = new ArrayList<>();
        UnaryOperator<String> titles = Feeds.titles(context);
        if (settings.atom()) {
            outputs.add(feed(site, titles, settings.atomPath(), "", p -> true));
        }
        for (String tag : site.tags().keySet()) {
            if (settings.hasTagFeed(tag)) {
                String path = settings.tagFeedPath() + UrlPaths.slugify(tag) + ".xml";
                outputs.add(feed(site, titles, path, tag, p -> p.tags().contains(tag)));
            }
        }
        for (String category : site.categories().keySet()) {
            if (settings.hasCategoryFeed(category)) {
                String path = "/feed/" + UrlPaths.slugify(category) + ".xml";
                outputs.add(feed(site, titles, path, category, p -> p.categories().contains(category)));
            }
        }
        return outputs;
    }

    private static Output feed(Site site, UnaryOperator<String> titles, String path, String topic,
            Predicate<Post> filter) {
        return new Output(Feeds.outputPath(path), Set.of(Output.Inputs.POSTS, Output.Inputs.CONFIG),
                () -> new AtomWriter(site.config(), site.time(), titles)
                        .write(path, topic, Feeds.newest(site, site.config().feed().limit(), filter)));
    }
}
