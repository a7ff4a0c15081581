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
        if (!Feeds.haveUrl(site.config(), context, "atom")) {
            return List.of();
        }
        List<Output> outputs = new ArrayList<>();
        UnaryOperator<String> titles = Feeds.titles(context);
        if (settings.atom() && !Feeds.siteHasOwn(site, settings.atomPath())) {
            outputs.add(feed(site, context, titles, settings.atomPath(), "", p -> true));
        }
        // Tags whose slugs are equal ("C++", "C#") share one feed, the first tag's; a tag with nothing to
        // slug ("🎉") has none: the alternative is a build that fails on two files at one path.
        java.util.Set<String> paths = new java.util.HashSet<>();
        // Grouping 10,000 posts by tag costs more than the rest of a dev server's save: only when asked for.
        for (String tag : settings.tagFeeds() ? site.tags().keySet() : java.util.Set.<String>of()) {
            String slug = UrlPaths.slugOrCodePoints(UrlPaths.slugify(tag), tag);
            String path = settings.tagFeedPath() + slug + ".xml";
            if (settings.hasTagFeed(tag) && !slug.isEmpty() && paths.add(path) && !Feeds.siteHasOwn(site, path)) {
                outputs.add(feed(site, context, titles, path, tag, p -> p.tags().contains(tag)));
            }
        }
        for (String category : settings.categoryFeeds().isEmpty() ? java.util.Set.<String>of()
                : site.categories().keySet()) {
            String slug = UrlPaths.slugOrCodePoints(UrlPaths.slugify(category), category);
            if (settings.hasCategoryFeed(category) && !slug.isEmpty() && paths.add("/feed/" + slug + ".xml")
                    && !Feeds.siteHasOwn(site, "/feed/" + slug + ".xml")) {
                String path = "/feed/" + slug + ".xml";
                outputs.add(feed(site, context, titles, path, category, p -> p.categories().contains(category)));
            }
        }
        return outputs;
    }

    private static Output feed(Site site, RenderContext context, UnaryOperator<String> titles, String path,
            String topic, Predicate<Post> filter) {
        return new Output(Feeds.outputPath(path), Set.of(Output.Inputs.POSTS, Output.Inputs.CONFIG),
                () -> new AtomWriter(site.config(), Feeds.buildTime(site, context), titles)
                        .write(path, topic, Feeds.newest(site, site.config().feed().limit(), filter)));
    }
}
