package dev.colophon.model;

import java.util.List;
import java.util.Objects;

/**
 * The {@code feed:} settings, with jekyll-feed's names where it has them.
 *
 * @param atom whether to write the Atom feed ({@code feed.atom}, default true)
 * @param rss whether to write the RSS 2.0 feed ({@code feed.rss}, default true)
 * @param json whether to write the JSON Feed ({@code feed.json}, default true)
 * @param atomPath {@code feed.path}, default {@code /feed.xml} (jekyll-feed's)
 * @param rssPath {@code feed.rss_path}, default {@code /rss.xml}
 * @param jsonPath {@code feed.json_path}, default {@code /feed.json}
 * @param limit the number of posts in each feed ({@code feed.limit}, or jekyll-feed's
 *     {@code feed.posts_limit}), default 10
 * @param excerptOnly {@code feed.excerpt_only}: entries carry the excerpt, not the whole post; default false
 * @param tagFeeds {@code feed.tags}: an Atom feed per tag; default false
 * @param tagFeedPath {@code feed.tags.path}: where per-tag feeds go, default {@code /feed/by_tag/}
 * @param tagFeedsOnly {@code feed.tags.only}: only these tags get a feed; empty means all
 * @param tagFeedsExcept {@code feed.tags.except}: these tags get no feed
 * @param categoryFeeds {@code feed.categories}: the categories that get an Atom feed at
 *     {@code /feed/CATEGORY.xml}; {@code ["*"]} (from {@code true}) means every category
 */
public record FeedSettings(
        boolean atom,
        boolean rss,
        boolean json,
        String atomPath,
        String rssPath,
        String jsonPath,
        int limit,
        boolean excerptOnly,
        boolean tagFeeds,
        String tagFeedPath,
        List<String> tagFeedsOnly,
        List<String> tagFeedsExcept,
        List<String> categoryFeeds) {

    public static final FeedSettings DEFAULTS = new FeedSettings(true, true, true, "/feed.xml", "/rss.xml",
            "/feed.json", 10, false, false, "/feed/by_tag/", List.of(), List.of(), List.of());

    public FeedSettings {
        Objects.requireNonNull(atomPath, "atomPath");
        Objects.requireNonNull(rssPath, "rssPath");
        Objects.requireNonNull(jsonPath, "jsonPath");
        Objects.requireNonNull(tagFeedPath, "tagFeedPath");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + limit);
        }
        tagFeedsOnly = List.copyOf(tagFeedsOnly);
        tagFeedsExcept = List.copyOf(tagFeedsExcept);
        categoryFeeds = List.copyOf(categoryFeeds);
    }

    /** Whether any feed is written. */
    public boolean any() {
        return atom || rss || json || tagFeeds || !categoryFeeds.isEmpty();
    }

    /** Whether a tag gets its own feed. */
    public boolean hasTagFeed(String tag) {
        return tagFeeds && (tagFeedsOnly.isEmpty() || tagFeedsOnly.contains(tag)) && !tagFeedsExcept.contains(tag);
    }

    /** Whether a category gets its own feed. */
    public boolean hasCategoryFeed(String category) {
        return categoryFeeds.contains("*") || categoryFeeds.contains(category);
    }
}
