package dev.colophon.internal.pipeline;

import dev.colophon.model.FrontMatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front matter keys of a site moved from Hugo, read as their Jekyll plugins' keys: {@code aliases} as
 * jekyll-redirect-from's {@code redirect_from} (added to it), {@code lastmod} as {@code last_modified_at} (which
 * the sitemap, the feeds and {@code {% seo %}} read) unless that is set. The Hugo keys stay as written.
 */
final class HugoKeys {

    private HugoKeys() {
    }

    static FrontMatter apply(FrontMatter frontMatter) {
        Map<String, Object> values = frontMatter.values();
        boolean aliases = values.get("aliases") != null;
        boolean lastmod = values.get("lastmod") != null && values.get("last_modified_at") == null;
        if (!aliases && !lastmod) {
            return frontMatter;
        }
        Map<String, Object> out = new LinkedHashMap<>(values);
        Map<String, Integer> lines = new LinkedHashMap<>(frontMatter.keyLines());
        if (aliases) {
            List<Object> from = new ArrayList<>(list(values.get("redirect_from")));
            from.addAll(list(values.get("aliases")));
            out.put("redirect_from", from);
            lines.putIfAbsent("redirect_from", frontMatter.line("aliases"));
        }
        if (lastmod) {
            out.put("last_modified_at", values.get("lastmod"));
            lines.put("last_modified_at", frontMatter.line("lastmod"));
        }
        return new FrontMatter(out, lines);
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
    }
}
