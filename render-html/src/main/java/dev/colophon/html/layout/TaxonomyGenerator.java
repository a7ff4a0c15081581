package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.html.liquid.Taxonomies;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Site;
import dev.colophon.model.Template;
import dev.colophon.spi.GeneratedPage;
import dev.colophon.spi.Generator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page per tag and per category listing its posts, and a page listing every tag. Each is generated only
 * when a layout for it exists: {@code tag}, {@code category}, {@code tags} (the built-in theme has all three),
 * and only for a site that uses a theme or asks for them ({@code tag_pages}, {@code category_pages}): Jekyll
 * writes no such pages, and a Jekyll site's own {@code tag} layout serves a plugin's pages, not these.
 */
@AutoService(Generator.class)
public final class TaxonomyGenerator implements Generator {

    @Override
    public String id() {
        return "taxonomy-pages";
    }

    @Override
    public List<GeneratedPage> generate(Site site) {
        Map<String, Template> layouts = site.layouts();
        Map<String, Object> config = site.config().values();
        List<GeneratedPage> out = new ArrayList<>();
        boolean themed = !site.theme().isEmpty();
        Taxonomies tags = Taxonomies.tags(config);
        boolean tagPages = tags.enabled() && (themed || config.containsKey("tag_pages"));
        if (tagPages && layouts.containsKey("tag")) {
            pageNames(site.tags().keySet(), tags).forEach((url, tag) -> out.add(page(url, "tag", "tag", tag,
                    "Posts tagged “" + tag + "”")));
        }
        if (tagPages && !tags.index().isEmpty() && layouts.containsKey("tags") && !site.tags().isEmpty()) {
            out.add(page(tags.index(), "tags", null, null, "Tags"));
        }
        Taxonomies categories = Taxonomies.categories(config);
        if (categories.enabled() && (themed || config.containsKey("category_pages")) && layouts.containsKey("category")) {
            pageNames(site.categories().keySet(), categories).forEach((url, category) -> out.add(page(url,
                    "category", "category", category, "Posts in “" + category + "”")));
        }
        return out;
    }

    /**
     * One name per page URL. Names whose slugs are equal ("C++" and "C#" are both "c") share a URL: the
     * first, in the site's order, gets the page, instead of a build that fails on two pages at one URL.
     */
    private static Map<String, String> pageNames(java.util.Set<String> names, Taxonomies taxonomy) {
        Map<String, String> byUrl = new LinkedHashMap<>();
        for (String name : names) {
            byUrl.putIfAbsent(taxonomy.urlOf(name), name);
        }
        return byUrl;
    }

    private static GeneratedPage page(String url, String layout, String key, String name, String title) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("layout", layout);
        values.put("title", title);
        values.put("permalink", url);
        if (key != null) {
            values.put(key, name);
        }
        String path = (url.endsWith("/") ? url + "index.html" : url).substring(1);
        return new GeneratedPage(path, new FrontMatter(values, Map.of()), "");
    }
}
