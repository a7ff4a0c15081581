package dev.colophon.spi;

import dev.colophon.model.Site;
import java.util.List;

/**
 * Adds pages that have no source file, such as tag pages or a theme's home page: Jekyll's generators.
 * Generated pages then go through the same steps as pages read from disk (Liquid, conversion, layout,
 * pagination), and count for URL clashes and the sitemap.
 *
 * <p>Generators run after the posts are converted and before the pages are, so they see every post with
 * its body and excerpt.
 */
public interface Generator extends Plugin {

    /**
     * The pages to add.
     *
     * @param site the site so far: converted posts, pages not yet converted
     */
    List<GeneratedPage> generate(Site site);
}
