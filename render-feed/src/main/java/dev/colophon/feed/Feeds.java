package dev.colophon.feed;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.RenderContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** What every feed shares: which posts go in, and absolute addresses. */
public final class Feeds {

    private Feeds() {
    }

    /**
     * A post's title as feeds show it: smartified, as jekyll-feed does ({@code "quotes"} become
     * {@code “quotes”}), and plain text, since feed readers show titles as text.
     */
    public static UnaryOperator<String> titles(RenderContext context) {
        return title -> PlainText.of(context.templateSetup().converter().smartify(title));
    }

    /**
     * Fails the build when feeds are on and the site has no {@code url}: a feed's links must be absolute,
     * and a feed with relative links is broken in every reader.
     */
    public static void requireUrl(SiteConfig config) {
        if (config.url().isEmpty()) {
            throw new SourceException(SourcePosition.of("_config.yml"),
                    "feeds need the site's address, and 'url' is not set",
                    "add url: https://your.host to _config.yml, or switch feeds off with feed: false");
        }
    }

    /**
     * The build time, for a feed with no post to be dated by: reading it tells the build that the feed shows
     * the time ({@link RenderContext#usesBuildTime()}), so that a remembered build is not reused later.
     */
    public static Supplier<OffsetDateTime> buildTime(Site site, RenderContext context) {
        return () -> {
            context.usesBuildTime();
            return site.time();
        };
    }

    /**
     * The newest posts for a feed: never drafts or posts dated after the build, whatever the build
     * publishes; at most {@code limit}.
     */
    public static List<Post> newest(Site site, int limit, Predicate<Post> filter) {
        return site.posts().stream()
                .filter(p -> !p.draft() && !p.date().toInstant().isAfter(site.time().toInstant()))
                .filter(filter)
                .limit(limit)
                .toList();
    }

    /** The absolute address of a post. */
    public static String urlOf(SiteConfig config, Post post) {
        return config.absoluteBase() + post.url();
    }

    /** The absolute address of a path below the site root, e.g. {@code /feed.xml}. */
    public static String urlOf(SiteConfig config, String path) {
        return config.absoluteBase() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The output file of a root-relative path: {@code /feed.xml} → {@code feed.xml}. */
    public static String outputPath(String path) {
        String out = path.startsWith("/") ? path.substring(1) : path;
        return out.endsWith("/") ? out + "index.html" : out;
    }
}
