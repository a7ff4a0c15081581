package dev.colophon.model;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The site's settings, typed once at the edge from {@code _config.yml}. Keys Colophon does not know are
 * kept in {@link #values()} so templates can still reach them as {@code site.KEY}.
 *
 * @param title the site title; may be empty
 * @param description the tagline; may be empty
 * @param author the author, {@link Author#NONE} when not set
 * @param url the scheme and host the site is served from, without a trailing slash, e.g.
 *     {@code https://example.org}; empty when not set
 * @param baseurl the path below {@code url} the site lives under, e.g. {@code /blog}, or empty
 * @param permalink {@code permalink}: the style or pattern of posts (unless {@link #postsPermalink()} says
 *     otherwise) and of pages' endings (Jekyll's default is {@code date})
 * @param timezone the zone for dates written without an offset; UTC by default (Jekyll uses the machine's
 *     zone, which makes the same site build differently on different machines)
 * @param exclude source paths or globs left out of the build
 * @param include source paths kept although their names start with {@code _} or {@code .}
 * @param future whether posts dated after the build time are published
 * @param showDrafts whether drafts are published
 * @param excerptSeparator the text that ends a post's excerpt
 * @param feed the feeds' settings
 * @param pagination the home page's pagination
 * @param values every key of {@code _config.yml}, as read, for templates
 * @param file the configuration file, relative to the source, that messages about a setting name: the one
 *     read, or the last of several (whose keys win); {@code _config.yml} when the site has none
 */
public record SiteConfig(
        String title,
        String description,
        Author author,
        String url,
        String baseurl,
        String permalink,
        ZoneId timezone,
        List<String> exclude,
        List<String> include,
        boolean future,
        boolean showDrafts,
        String excerptSeparator,
        FeedSettings feed,
        Pagination pagination,
        Map<String, Object> values,
        String file) {

    /** The key of {@link #keepFiles()}. */
    public static final String KEEP_FILES = "keep_files";
    /** Jekyll's default {@code keep_files}. */
    public static final List<String> DEFAULT_KEEP_FILES = List.of(".git", ".svn");
    /** The configuration file of a site that names none. */
    public static final String DEFAULT_FILE = "_config.yml";
    /** Jekyll's default permalink style. */
    public static final String DEFAULT_PERMALINK = "date";
    /** Jekyll's default excerpt separator: the first blank line. */
    public static final String DEFAULT_EXCERPT_SEPARATOR = "\n\n";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(baseurl, "baseurl");
        Objects.requireNonNull(permalink, "permalink");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(excerptSeparator, "excerptSeparator");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(pagination, "pagination");
        Objects.requireNonNull(file, "file");
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Settings read from {@code _config.yml}. */
    public SiteConfig(String title, String description, Author author, String url, String baseurl, String permalink,
            ZoneId timezone, List<String> exclude, List<String> include, boolean future, boolean showDrafts,
            String excerptSeparator, FeedSettings feed, Pagination pagination, Map<String, Object> values) {
        this(title, description, author, url, baseurl, permalink, timezone, exclude, include, future, showDrafts,
                excerptSeparator, feed, pagination, values, DEFAULT_FILE);
    }

    /** A configuration with every default and no keys: what a site without {@code _config.yml} gets. */
    public static SiteConfig defaults() {
        return new SiteConfig("", "", Author.NONE, "", "", DEFAULT_PERMALINK, java.time.ZoneOffset.UTC,
                List.of(), List.of(), false, false, DEFAULT_EXCERPT_SEPARATOR, FeedSettings.DEFAULTS, Pagination.OFF,
                Map.of());
    }

    /** This configuration with drafts and future posts switched on or off, as the command line asks. */
    public SiteConfig withPublishing(boolean showDrafts, boolean future) {
        return new SiteConfig(title, description, author, url, baseurl, permalink, timezone, exclude, include,
                future, showDrafts, excerptSeparator, feed, pagination, values, file);
    }

    /**
     * Whether the configuration lists its Jekyll plugins ({@code plugins:} or the older {@code gems:}), as a
     * Jekyll site does: such a site gets the feed and sitemap only of the plugins it lists.
     */
    public boolean listsPlugins() {
        return listsPlugins(values);
    }

    /** Whether {@code plugins:} or {@code gems:} lists this Jekyll plugin, e.g. {@code jekyll-feed}. */
    public boolean lists(String plugin) {
        return plugins(values).contains(plugin);
    }

    /** {@link #listsPlugins()} of configuration values not yet read into a SiteConfig. */
    public static boolean listsPlugins(Map<String, Object> values) {
        return values.get("plugins") instanceof List<?> || values.get("gems") instanceof List<?>;
    }

    /** The Jekyll plugins {@code plugins:} and {@code gems:} list, in order. */
    public static java.util.Set<String> plugins(Map<String, Object> values) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String key : List.of("plugins", "gems")) {
            if (values.get(key) instanceof List<?> list) {
                list.forEach(item -> out.add(String.valueOf(item)));
            }
        }
        return out;
    }

    /**
     * Jekyll's {@code safe: true}: the site's content is untrusted, so raw HTML and script links in its
     * Markdown are neutralised, only Colophon's own plugins run and symbolic links are not followed. Off
     * unless {@code _config.yml} or the build options switch it on.
     */
    public boolean safe() {
        return Boolean.TRUE.equals(values.get("safe"));
    }

    /**
     * This configuration with safe mode on or off, as {@code --safe} asks; templates see it as
     * {@code site.safe}, as in Jekyll.
     */
    public SiteConfig withSafe(boolean safe) {
        Map<String, Object> withSafe = new LinkedHashMap<>(values);
        withSafe.put("safe", safe);
        return new SiteConfig(title, description, author, url, baseurl, permalink, timezone, exclude, include,
                future, showDrafts, excerptSeparator, feed, pagination, withSafe, file);
    }

    /**
     * Jekyll's {@code keep_files}: paths in the destination, relative to it, that a build keeps although it
     * does not write them, such as the {@code .git} folder of a site deployed from its own repository.
     * {@code .git} and {@code .svn} unless the configuration lists others; the configuration reader has
     * checked each is a plain relative path.
     */
    public List<String> keepFiles() {
        Object value = values.get(KEEP_FILES);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? DEFAULT_KEEP_FILES : List.of(String.valueOf(value));
    }

    /**
     * The permalink style or pattern of posts: {@code collections: posts: permalink:} when set, as Jekyll's
     * posts collection takes it over the site's {@code permalink} (which pages keep using), else
     * {@link #permalink()}.
     */
    public String postsPermalink() {
        if (values.get("collections") instanceof Map<?, ?> collections
                && collections.get("posts") instanceof Map<?, ?> posts && posts.get("permalink") != null
                && !(posts.get("permalink") instanceof Map) && !(posts.get("permalink") instanceof List)) {
            return posts.get("permalink").toString();
        }
        return permalink;
    }

    /** The absolute address of the site root, e.g. {@code https://example.org/blog}; empty when {@code url} is not set. */
    public String absoluteBase() {
        return url.isEmpty() ? "" : url + baseurl;
    }
}
