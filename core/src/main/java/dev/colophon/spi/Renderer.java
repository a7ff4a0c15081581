package dev.colophon.spi;

import dev.colophon.model.Site;
import java.util.List;

/**
 * Produces output files from a site: HTML pages, feeds, a sitemap, copied files. Every renderer found runs;
 * two outputs with the same path is an error naming both renderers.
 */
public interface Renderer extends Plugin {

    /**
     * Plans this renderer's outputs. The content of each is produced later, when it is written.
     *
     * @throws dev.colophon.diagnostic.SourceException for a problem in the site's files
     */
    List<Output> outputs(Site site, RenderContext context);
}
