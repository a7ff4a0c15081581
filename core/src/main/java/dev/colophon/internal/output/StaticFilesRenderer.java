package dev.colophon.internal.output;

import dev.colophon.model.Site;
import dev.colophon.model.StaticFile;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.util.List;
import java.util.Set;

/** Copies the site's static files as they are. Built into core: every site has some. */
public final class StaticFilesRenderer implements Renderer {

    @Override
    public String id() {
        return "static-files";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        return site.staticFiles().stream()
                .map((StaticFile file) -> new Output(file.outputPath(), Set.of(file.path()),
                        () -> context.readSource(file.path())))
                .toList();
    }
}
