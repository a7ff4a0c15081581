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
 * when a layout for it exists: {@code tag}, {@code category}, {@code tags} (the built-in theme has all three).
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
        Taxonomies tags = Taxonomies.tags(config);
        if (tags.enabled() && layouts.containsKey("tag")) {
            site.tags().keySet().forEach(tag -> out.add(page(tags.urlOf(tag), "tag", "tag", tag,
                    "Posts tagged “" + tag + "”")));
        }
        if (tags.enabled() && !tags.index().isEmpty() && layouts.containsKey("tags") && !site.tags().isEmpty()) {
            out.add(page(tags.index(), "tags", null, null, "Tags"));
        }
        Taxonomies categories = Taxonomies.categories(config);
        if (categories.enabled() && layouts.containsKey("category")) {
            site.categories().keySet().forEach(category -> out.add(page(categories.urlOf(category), "category",
                    "category", category, "Posts in “" + category + "”")));
        }
        return out;
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
