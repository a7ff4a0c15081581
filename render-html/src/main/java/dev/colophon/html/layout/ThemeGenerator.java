package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Site;
import dev.colophon.spi.GeneratedPage;
import dev.colophon.spi.Generator;
import java.util.List;
import java.util.Map;

/**
 * The built-in theme's home page, for a site that uses that theme and has no index of its own. Being a
 * page like any other, it is paginated with {@code paginate:} and listed in the sitemap. (Jekyll themes
 * such as minima leave the index to the site; so does Colophon for them.)
 */
@AutoService(Generator.class)
public final class ThemeGenerator implements Generator {

    @Override
    public String id() {
        return "theme-home";
    }

    @Override
    public List<GeneratedPage> generate(Site site) {
        if (!site.theme().equals(Site.DEFAULT_THEME) || hasIndex(site)) {
            return List.of();
        }
        FrontMatter fm = new FrontMatter(Map.of("layout", "home", "title", site.config().title()), Map.of());
        return List.of(new GeneratedPage("index.html", fm, ""));
    }

    private static boolean hasIndex(Site site) {
        return site.pages().stream().anyMatch(p -> p.outputPath().equals("index.html"))
                || site.staticFiles().stream().anyMatch(f -> f.outputPath().equals("index.html"));
    }
}
