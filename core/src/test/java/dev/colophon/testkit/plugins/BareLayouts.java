package dev.colophon.testkit.plugins;

import dev.colophon.model.Content;
import dev.colophon.model.Site;
import dev.colophon.model.Template;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes every post and page, wrapped in its layouts without a template engine: the text
 * {@code {{ content }}} of a layout is replaced by what it wraps, and a layout's own {@code layout:} wraps it
 * in turn. A layout that is not there leaves the HTML as it is.
 */
public final class BareLayouts implements Renderer {

    @Override
    public String id() {
        return "test-bare-layouts";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        List<Content> all = new ArrayList<>(site.posts());
        all.addAll(site.pages());
        all.addAll(site.outputDocuments());
        List<Output> outputs = new ArrayList<>();
        for (Content content : all) {
            outputs.add(new Output(content.outputPath(), Set.of(content.path(), Output.Inputs.TEMPLATES),
                    () -> wrap(site, content.layout(), content.html()).getBytes(StandardCharsets.UTF_8)));
        }
        return outputs;
    }

    private static String wrap(Site site, String layoutName, String html) {
        String out = html;
        // Bounded, so that a layout naming itself cannot loop.
        for (int depth = 0; depth < 10 && layoutName != null && site.layouts().containsKey(layoutName); depth++) {
            Template layout = site.layouts().get(layoutName);
            out = layout.body().replace("{{ content }}", out);
            layoutName = layout.parentLayout();
        }
        return out;
    }
}
