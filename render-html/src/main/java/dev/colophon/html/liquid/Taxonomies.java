package dev.colophon.html.liquid;

import java.util.Map;

/**
 * Where tag and category pages go: {@code tag_pages} and {@code category_pages} in {@code _config.yml},
 * each {@code false} or a mapping with {@code enabled}, {@code path} (with {@code :name}, the slugged
 * name) and, for tags, {@code index} (the page listing every tag).
 *
 * @param enabled whether the pages are generated (default true, when a layout for them exists)
 * @param path the URL pattern, {@code /tags/:name/} or {@code /categories/:name/} by default
 * @param index the URL of the index of all of them, or empty for none
 */
public record Taxonomies(boolean enabled, String path, String index) {

    public static Taxonomies tags(Map<?, ?> site) {
        return of(site.get("tag_pages"), "/tags/:name/", "/tags/");
    }

    public static Taxonomies categories(Map<?, ?> site) {
        return of(site.get("category_pages"), "/categories/:name/", "");
    }

    private static Taxonomies of(Object value, String path, String index) {
        if (value instanceof Boolean on) {
            return new Taxonomies(on, path, index);
        }
        if (value instanceof Map<?, ?> map) {
            boolean enabled = !Boolean.FALSE.equals(map.get("enabled"));
            String p = map.get("path") == null ? path : map.get("path").toString();
            String i = map.get("index") == null ? index : map.get("index").toString();
            return new Taxonomies(enabled, p.startsWith("/") ? p : "/" + p, i.isEmpty() || i.startsWith("/") ? i : "/" + i);
        }
        return new Taxonomies(true, path, index);
    }

    /** The URL path of one tag's or category's page. */
    public String urlOf(String name) {
        return path.replace(":name", dev.colophon.url.UrlPaths.slugOrCodePoints(Slugs.slugify(name, "default", false),
                name));
    }
}
