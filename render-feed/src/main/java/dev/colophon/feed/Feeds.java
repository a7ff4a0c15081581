package dev.colophon.feed;

import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.FeedSettings;
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
     * Whether feeds can be written: a feed's links must be absolute, and a feed with relative links is broken
     * in every reader (and invalid Atom). Without {@code url} no feed is written and the build says so once,
     * in the renderer of the first feed that is on, as it does for the sitemap; a new site still builds.
     *
     * @param kind which feed asks: {@code atom}, {@code rss} or {@code json}
     */
    public static boolean haveUrl(SiteConfig config, RenderContext context, String kind) {
        if (!config.url().isEmpty()) {
            return true;
        }
        FeedSettings feed = config.feed();
        String first = feed.atom() || feed.tagFeeds() || !feed.categoryFeeds().isEmpty() ? "atom"
                : feed.rss() ? "rss" : "json";
        if (first.equals(kind)) {
            context.warn(SourcePosition.of(config.file()), "no feeds written: 'url' is not set",
                    "feeds need absolute addresses; add url: https://your.host to " + config.file()
                            + ", or switch them off with feed: false");
        }
        return false;
    }

    /**
     * Whether the site has a page or file of its own written where a feed (or the sitemap, robots.txt) would
     * be: then that one is written and ours is not, as jekyll-feed and jekyll-sitemap step aside.
     */
    public static boolean siteHasOwn(Site site, String path) {
        String output = outputPath(path);
        return site.pages().stream().anyMatch(page -> page.outputPath().equals(output))
                || site.staticFiles().stream().anyMatch(file -> file.outputPath().equals(output));
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
