package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.source.SourceRules;
import dev.colophon.model.Author;
import dev.colophon.model.FeedSettings;
import dev.colophon.model.Pagination;
import dev.colophon.model.SiteConfig;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the values read from {@code _config.yml} into a typed {@link SiteConfig}, once, at the edge.
 * A known key with a value of the wrong type is an error at that key's line.
 */
final class ConfigReader {

    /** A configuration file as read, to place a problem at the line of its key. */
    record Text(String path, String text) {
    }

    /** The files the values were merged from, in the order read: a key's line is looked for from the last. */
    private final List<Text> files;
    /** The file named when no file holds the key: the last one named, whose keys win. */
    private final String path;
    private final Problems problems;

    ConfigReader(String path, String text, Problems problems) {
        this(List.of(new Text(path, text)), path, problems);
    }

    ConfigReader(List<Text> files, String path, Problems problems) {
        this.files = List.copyOf(files);
        this.path = path;
        this.problems = problems;
    }

    /**
     * The keys of one configuration file: an empty file has none.
     *
     * @throws SourceException when the file is not a mapping
     */
    static Map<String, Object> mapping(Object data, String path) {
        if (data == null) {
            return new LinkedHashMap<>();
        }
        if (!(data instanceof Map<?, ?> raw)) {
            throw new SourceException(new SourcePosition(path, 1, 1),
                    "the configuration must be a mapping of keys to values", "write one 'key: value' per line");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        raw.forEach((k, v) -> values.put(String.valueOf(k), v));
        return values;
    }

    /**
     * {@code over}'s keys over {@code base}'s, as Jekyll merges its configuration files: a mapping in both is
     * merged key by key, anything else (a list too) replaced.
     */
    static Map<String, Object> merge(Map<?, ?> base, Map<?, ?> over) {
        Map<String, Object> merged = new LinkedHashMap<>();
        base.forEach((k, v) -> merged.put(String.valueOf(k), v));
        over.forEach((k, v) -> {
            String key = String.valueOf(k);
            merged.put(key, merged.get(key) instanceof Map<?, ?> was && v instanceof Map<?, ?> now ? merge(was, now) : v);
        });
        return merged;
    }

    SiteConfig read(Object data) {
        Map<String, Object> values = mapping(data, path);
        SiteConfig defaults = SiteConfig.defaults();
        // Kept in values (as site.safe); checked here because a typo must not leave a site unprotected.
        bool(values, "safe", false);
        String url = string(values, "url", "");
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (!url.isEmpty() && !url.matches("(?i)https?://[^/\\s]+(/[^\\s]*)?")) {
            problems.error(position("url"), "url '" + url + "' is not an http(s) address",
                    "write the scheme and host, e.g. url: https://example.org");
        }
        // Read where files are read (SiteReader); checked here so a wrong type is an error at its line.
        integer(values, CONTENT_SIZE_LIMIT, DEFAULT_CONTENT_SIZE_LIMIT_MB, CONTENT_SIZE_LIMIT);
        keepFiles(values);
        return new SiteConfig(
                string(values, "title", ""),
                string(values, "description", ""),
                author(values),
                url,
                baseurl(string(values, "baseurl", "")),
                string(values, "permalink", SiteConfig.DEFAULT_PERMALINK),
                zone(values),
                globs(values, "exclude"),
                globs(values, "include"),
                bool(values, "future", defaults.future()),
                bool(values, "show_drafts", defaults.showDrafts()),
                string(values, "excerpt_separator", SiteConfig.DEFAULT_EXCERPT_SEPARATOR),
                feed(values.get("feed"), values),
                pagination(values),
                values,
                path);
    }

    /**
     * The feed settings. A site that lists its Jekyll plugins gets what they write: with jekyll-feed, its Atom
     * feed (RSS and JSON only when asked for), without it, no feed unless {@code feed:} asks; a site that lists
     * none gets all three feeds.
     */
    private FeedSettings feed(Object value, Map<String, Object> values) {
        boolean jekyllSite = SiteConfig.listsPlugins(values);
        FeedSettings all = FeedSettings.DEFAULTS;
        FeedSettings d = jekyllSite ? new FeedSettings(true, false, false, all.atomPath(), all.rssPath(),
                all.jsonPath(), all.limit(), all.excerptOnly(), false, all.tagFeedPath(), List.of(), List.of(),
                List.of()) : all;
        if (value == null) {
            return !jekyllSite || SiteConfig.plugins(values).contains("jekyll-feed") ? d : off(d);
        }
        if (value instanceof Boolean on) {
            return on ? d : off(d);
        }
        if (!(value instanceof Map<?, ?> raw)) {
            wrongType("feed", "a mapping of feed settings, or false");
            return d;
        }
        Map<String, Object> feed = new LinkedHashMap<>();
        raw.forEach((k, v) -> feed.put(String.valueOf(k), v));
        int limit = integer(feed, "limit", integer(feed, "posts_limit", d.limit(), "feed"), "feed");
        boolean tagFeeds = false;
        String tagPath = d.tagFeedPath();
        List<String> only = List.of();
        List<String> except = List.of();
        Object tags = feed.get("tags");
        if (tags instanceof Boolean b) {
            tagFeeds = b;
        } else if (tags instanceof Map<?, ?> tagMap) {
            Map<String, Object> t = new LinkedHashMap<>();
            tagMap.forEach((k, v) -> t.put(String.valueOf(k), v));
            tagFeeds = !Boolean.FALSE.equals(t.get("enabled"));
            tagPath = path(t, "path", tagPath, "feed");
            only = strings(t, "only");
            except = strings(t, "except");
        } else if (tags != null) {
            wrongType("feed", "feed.tags", "true, false, or a mapping with path, only and except");
        }
        Object categories = feed.get("categories");
        List<String> categoryFeeds = categories instanceof Boolean b ? (b ? List.of("*") : List.of())
                : strings(feed, "categories");
        return new FeedSettings(
                bool(feed, "atom", d.atom(), "feed"), bool(feed, "rss", d.rss(), "feed"), bool(feed, "json", d.json(), "feed"),
                path(feed, "path", d.atomPath(), "feed"), path(feed, "rss_path", d.rssPath(), "feed"),
                path(feed, "json_path", d.jsonPath(), "feed"),
                limit, bool(feed, "excerpt_only", d.excerptOnly(), "feed"),
                tagFeeds, tagPath.endsWith("/") ? tagPath : tagPath + "/", only, except, categoryFeeds);
    }

    private static FeedSettings off(FeedSettings d) {
        return new FeedSettings(false, false, false, d.atomPath(), d.rssPath(), d.jsonPath(), d.limit(),
                d.excerptOnly(), false, d.tagFeedPath(), List.of(), List.of(), List.of());
    }

    private Pagination pagination(Map<String, Object> values) {
        int perPage = integer(values, "paginate", 0, "paginate");
        String path = string(values, "paginate_path", Pagination.OFF.path());
        if (!path.contains(":num")) {
            problems.error(position("paginate_path"), "paginate_path '" + path + "' has no :num",
                    "write it like /page:num");
            path = Pagination.OFF.path();
        }
        return new Pagination(perPage, path.startsWith("/") ? path : "/" + path);
    }

    /** Megabytes a post or page may have: a bigger file is most likely not a post (a misnamed dump). */
    static final String CONTENT_SIZE_LIMIT = "content_size_limit";
    static final int DEFAULT_CONTENT_SIZE_LIMIT_MB = 16;

    private int integer(Map<String, Object> values, String key, int fallback, String topKey) {
        Object value = values.get(key);
        if (value == null || (value instanceof Boolean b && !b)) {
            return value == null ? fallback : 0;
        }
        if (value instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        wrongType(topKey, name(topKey, key), "a whole number, 0 or more");
        return fallback;
    }

    private String path(Map<String, Object> values, String key, String fallback, String topKey) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            wrongType(topKey, name(topKey, key), "a path such as " + fallback);
            return fallback;
        }
        String path = value.toString().strip();
        return path.startsWith("/") ? path : "/" + path;
    }

    private boolean bool(Map<String, Object> values, String key, boolean fallback, String topKey) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        wrongType(topKey, name(topKey, key), "true or false");
        return fallback;
    }

    private static String baseurl(String value) {
        String base = value.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.isEmpty() && !base.startsWith("/")) {
            base = "/" + base;
        }
        return base;
    }

    private Author author(Map<String, Object> values) {
        Object value = values.get("author");
        if (value == null) {
            return Author.NONE;
        }
        if (value instanceof Map<?, ?> map) {
            return new Author(text(map.get("name")), text(map.get("bio")), text(map.get("email")),
                    text(map.get("url")));
        }
        if (value instanceof List) {
            wrongType("author", "a name or a mapping with name, bio, email and url");
            return Author.NONE;
        }
        return new Author(text(value), "", "", "");
    }

    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : value.toString();
    }

    private ZoneId zone(Map<String, Object> values) {
        String zone = string(values, "timezone", "");
        if (zone.isEmpty()) {
            // Jekyll falls back to the machine's zone; UTC keeps builds the same on every machine.
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.error(position("timezone"), "timezone '" + zone + "' is not a known time zone",
                    "use an IANA name such as Europe/Berlin or America/New_York");
            return ZoneOffset.UTC;
        }
    }

    private String string(Map<String, Object> values, String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            wrongType(key, "a single value");
            return fallback;
        }
        return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    }

    private boolean bool(Map<String, Object> values, String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        wrongType(key, "true or false");
        return fallback;
    }

    /** keep_files (read by the writer): each a path inside the destination, which it must not leave. */
    private void keepFiles(Map<String, Object> values) {
        for (String path : strings(values, SiteConfig.KEEP_FILES)) {
            String normal = path.replace('\\', '/');
            boolean inside = !normal.isEmpty() && !normal.startsWith("/") && !normal.matches("^[A-Za-z]:.*")
                    && java.util.Arrays.stream(normal.split("/")).noneMatch(part -> part.equals(".."));
            if (!inside) {
                problems.error(position(SiteConfig.KEEP_FILES), "keep_files entry '" + path
                        + "' is not a path inside the destination",
                        "list paths relative to the destination, such as .git, without '..'");
            }
        }
    }

    private List<String> strings(Map<String, Object> values, String key) {
        Object value = values.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map || item instanceof List || item == null) {
                    wrongType(key, "a list of paths");
                    return List.of();
                }
                out.add(item.toString());
            }
        } else if (value instanceof Map) {
            wrongType(key, "a list of paths");
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }

    /**
     * The entries of exclude or include, each a path or a glob; a glob that is not one (an unclosed '[') is
     * an error at its line, and left out.
     */
    private List<String> globs(Map<String, Object> values, String key) {
        List<String> out = new ArrayList<>();
        for (String entry : strings(values, key)) {
            String problem = SourceRules.isGlob(entry) ? SourceRules.globProblem(entry) : null;
            if (problem == null) {
                out.add(entry);
            } else {
                problems.error(position(key, entry), key + " pattern '" + entry + "' is not a valid glob: " + problem,
                        "write \\[ for a '[' that is part of a name");
            }
        }
        return out;
    }

    /** Where an entry of a top-level key's list is: the first place its text appears after the key. */
    private SourcePosition position(String key, String entry) {
        SourcePosition at = position(key);
        String text = files.stream().filter(f -> f.path().equals(at.file())).reduce((a, b) -> b)
                .map(Text::text).orElse("");
        int offset = 0;
        for (int line = 1; line < at.line() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        int found = at.line() == 0 ? -1 : text.indexOf(entry, offset);
        if (found < 0) {
            return at;
        }
        int line = at.line();
        int lineStart = offset;
        for (int i = offset; i < found; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(at.file(), line, found - lineStart + 1);
    }

    private void wrongType(String key, String expected) {
        wrongType(key, key, expected);
    }

    /** A wrong type for {@code name} (a key, or a dotted path below one), reported at the line of {@code key}. */
    private void wrongType(String key, String name, String expected) {
        problems.error(position(key), "'" + name + "' must be " + expected, "see the configuration section of the README");
    }

    private static String name(String topKey, String key) {
        return topKey.equals(key) ? key : topKey + "." + key;
    }

    /**
     * The line of a top-level key, in the last file that sets it (its value won): config files are small, so
     * a scan beats carrying positions around.
     */
    private SourcePosition position(String key) {
        Pattern pattern = Pattern.compile("^(['\"]?)" + Pattern.quote(key) + "\\1\\s*:", Pattern.MULTILINE);
        for (int f = files.size() - 1; f >= 0; f--) {
            String text = files.get(f).text();
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                int line = 1;
                for (int i = 0; i < m.start(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                return new SourcePosition(files.get(f).path(), line, 1);
            }
        }
        return SourcePosition.of(path);
    }
}
