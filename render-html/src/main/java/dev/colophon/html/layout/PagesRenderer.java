package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.html.liquid.Theme;
import dev.colophon.model.Content;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import dev.colophon.spi.TemplateSetup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes every post and page through its layouts, Jekyll's way; and, with the default theme, the theme's
 * stylesheet.
 */
@AutoService(Renderer.class)
public final class PagesRenderer implements Renderer {

    @Override
    public String id() {
        return "html-pages";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        boolean themed = site.layouts().isEmpty();
        TemplateSetup setup = new TemplateSetup(site.config(), name -> Optional.ofNullable(site.includes().get(name)));
        Layouts layouts = new Layouts(themed ? Theme.layouts() : site.layouts(), context.templateEngine(), setup);
        List<Output> outputs = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Content content : contentOf(site)) {
            taken.add(content.outputPath());
            Set<String> inputs = Set.of(content.path(), Output.Inputs.POSTS, Output.Inputs.TEMPLATES,
                    Output.Inputs.CONFIG);
            outputs.add(new Output(content.outputPath(), inputs,
                    () -> bytes(layouts.apply(content.layout(), content.html(), content, context))));
        }
        if (themed) {
            outputs.addAll(themeOutputs(site, taken));
        }
        return outputs;
    }

    private static List<Content> contentOf(Site site) {
        List<Content> all = new ArrayList<>(site.posts());
        all.addAll(site.pages());
        return all;
    }

    /** The theme's assets, unless the site has files of the same name. */
    private static List<Output> themeOutputs(Site site, Set<String> taken) {
        Set<String> statics = new HashSet<>();
        site.staticFiles().forEach(f -> statics.add(f.outputPath()));
        List<Output> outputs = new ArrayList<>();
        for (String asset : Theme.assets()) {
            if (!statics.contains(asset) && !taken.contains(asset)) {
                outputs.add(new Output(asset, Set.of(Output.Inputs.TEMPLATES), () -> Theme.read(asset)));
            }
        }
        return outputs;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
