package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.html.liquid.Slugs;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.GeneratedPage;
import dev.colophon.spi.Generator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * jekyll-archives (2.2): pages listing the posts of a year, month, day, tag or category, for a site that lists
 * the gem in {@code plugins:}. Configured as the gem is, under {@code jekyll-archives:} with {@code enabled}
 * ({@code all}, {@code true}, or a list of {@code year}, {@code month}, {@code day}, {@code tags},
 * {@code categories}), {@code layout} (default {@code archive}), {@code layouts} by type and {@code permalinks}
 * by type ({@code :year}, {@code :month}, {@code :day}, {@code :name}, {@code :type}). Layouts see the gem's
 * {@code page.type}, {@code page.title} (the tag or category as written; nil for dates), {@code page.date} (the
 * start of the period's first day; nil for names) and {@code page.posts}, newest first.
 */
@AutoService(Generator.class)
public final class Archives implements Generator {

    static final String GEM = "jekyll-archives";
    private static final Map<String, String> PERMALINKS = Map.of("year", "/:year/", "month", "/:year/:month/",
            "day", "/:year/:month/:day/", "tag", "/tag/:name/", "category", "/category/:name/");

    @Override
    public String id() {
        return "archives";
    }

    @Override
    public List<GeneratedPage> generate(Site site) {
        if (!SiteConfig.plugins(site.config().values()).contains(GEM)) {
            return List.of();
        }
        Settings settings = Settings.of(site.config().values().get(GEM), site.config().timezone());
        // The gem's order: tags, categories, then each year followed by its months, each followed by its days.
        // Two archives at one URL write one file; as in Jekyll, the last one wins (in the first one's place).
        Map<String, GeneratedPage> pages = new LinkedHashMap<>();
        List<Post> oldestFirst = new ArrayList<>(site.posts());
        Collections.reverse(oldestFirst);
        if (settings.enabled("tags")) {
            byName(oldestFirst, true).forEach((tag, posts) ->
                    add(pages, settings.page("tag", tag, null, posts)));
        }
        if (settings.enabled("categories")) {
            byName(oldestFirst, false).forEach((category, posts) ->
                    add(pages, settings.page("category", category, null, posts)));
        }
        for (var year : byDate(oldestFirst, "uuuu", true).entrySet()) {
            if (settings.enabled("year")) {
                add(pages, settings.page("year", null, List.of(year.getKey()), year.getValue()));
            }
            for (var month : byDate(year.getValue(), "MM", false).entrySet()) {
                if (settings.enabled("month")) {
                    add(pages, settings.page("month", null, List.of(year.getKey(), month.getKey()), month.getValue()));
                }
                for (var day : byDate(month.getValue(), "dd", false).entrySet()) {
                    if (settings.enabled("day")) {
                        add(pages, settings.page("day", null, List.of(year.getKey(), month.getKey(), day.getKey()),
                                day.getValue()));
                    }
                }
            }
        }
        return List.copyOf(pages.values());
    }

    private static void add(Map<String, GeneratedPage> pages, GeneratedPage page) {
        pages.put(page.path(), page);
    }

    /** Jekyll's {@code site.post_attr_hash}: names in the order first used, oldest post first; posts newest first. */
    private static Map<String, List<Post>> byName(List<Post> oldestFirst, boolean tags) {
        Map<String, List<Post>> out = new LinkedHashMap<>();
        for (Post post : oldestFirst) {
            for (String name : tags ? post.tags() : post.categories()) {
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(post);
            }
        }
        out.values().forEach(Collections::reverse);
        return out;
    }

    /**
     * The posts grouped by a field of their date, groups in the order first met, posts newest first: the gem
     * groups years going through the posts oldest first, and months and days through a year's posts, newest first.
     */
    private static Map<String, List<Post>> byDate(List<Post> posts, String pattern, boolean oldestFirst) {
        var format = java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        Map<String, List<Post>> out = new LinkedHashMap<>();
        for (Post post : posts) {
            out.computeIfAbsent(format.format(post.date()), k -> new ArrayList<>()).add(post);
        }
        if (oldestFirst) {
            out.values().forEach(Collections::reverse);
        }
        return out;
    }

    /** The {@code jekyll-archives:} settings over the gem's defaults. */
    private record Settings(Object enabled, String layout, Map<String, String> layouts,
            Map<String, String> permalinks, ZoneId zone) {

        static Settings of(Object raw, ZoneId zone) {
            Map<?, ?> config = raw instanceof Map<?, ?> map ? map : Map.of();
            Map<String, String> permalinks = new LinkedHashMap<>(PERMALINKS);
            permalinks.putAll(strings(config.get("permalinks")));
            Object layout = config.containsKey("layout") ? config.get("layout") : "archive";
            return new Settings(config.get("enabled"), layout == null ? "" : layout.toString(),
                    strings(config.get("layouts")), permalinks, zone);
        }

        private static Map<String, String> strings(Object raw) {
            Map<String, String> out = new LinkedHashMap<>();
            if (raw instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    if (v != null) {
                        out.put(String.valueOf(k), v.toString());
                    }
                });
            }
            return out;
        }

        boolean enabled(String type) {
            return Boolean.TRUE.equals(enabled) || "all".equals(enabled)
                    || enabled instanceof List<?> list && list.contains(type);
        }

        /**
         * One archive page: for a name ({@code tag}, {@code category}) the name as written, else the date's
         * year, month and day as in the URL ({@code 2024}, {@code 03}, {@code 09}).
         */
        GeneratedPage page(String type, String name, List<String> date, List<Post> posts) {
            Map<String, String> placeholders = new LinkedHashMap<>();
            if (date != null) {
                List<String> keys = List.of("year", "month", "day");
                for (int i = 0; i < date.size(); i++) {
                    placeholders.put(keys.get(i), date.get(i));
                }
            } else {
                placeholders.put("name", Slugs.slugify(name, "default", false));
            }
            placeholders.put("type", type);
            String url = url(permalinks.getOrDefault(type, ""), placeholders);
            String path = url.endsWith("/") ? url.substring(1) + "index.html" : url.substring(1);
            String file = path.substring(path.lastIndexOf('/') + 1);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("layout", layouts.getOrDefault(type, layout));
            // A folder URL follows from the path; another is written as permalink (which Jekyll leaves nil).
            if (!url.endsWith("/")) {
                values.put("permalink", url);
            }
            values.put("type", type);
            values.put("title", name);
            // The gem's Date.new(year, month, day), the missing parts 1: as a time at the start of that day, which
            // is what Jekyll's date filters make of a Date, and what templates here get for dates.
            int[] parts = {0, 1, 1};
            for (int i = 0; date != null && i < date.size(); i++) {
                parts[i] = Integer.parseInt(date.get(i));
            }
            values.put("date", date == null ? null : LocalDate.of(parts[0], parts[1], parts[2]).atStartOfDay(zone));
            values.put("name", file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
            // The posts themselves: the page's view shows them as site.posts does.
            values.put("posts", List.copyOf(posts));
            return new GeneratedPage(path, new FrontMatter(values, Map.of()), "");
        }

        /** Jekyll's {@code URL} from a template and placeholders, then sanitized as Jekyll does. */
        private static String url(String template, Map<String, String> placeholders) {
            String url = template;
            for (var placeholder : placeholders.entrySet()) {
                if (url.indexOf(':') < 0) {
                    break;
                }
                url = url.replace(":" + placeholder.getKey(), placeholder.getValue());
            }
            url = ("/" + url).replace("..", "/").replace("./", "");
            return url.replaceAll("/{2,}", "/");
        }
    }
}
