package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.html.liquid.Theme;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import dev.colophon.spi.TemplateSetup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes every post and page through its layouts, Jekyll's way; and, with the default theme, the home
 * page and the theme's stylesheet.
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
            outputs.addAll(themeOutputs(site, context, layouts, taken));
        }
        return outputs;
    }

    private static List<Content> contentOf(Site site) {
        List<Content> all = new ArrayList<>(site.posts());
        all.addAll(site.pages());
        return all;
    }

    /** The home page, when the site has no index of its own, and the theme's assets. */
    private static List<Output> themeOutputs(Site site, RenderContext context, Layouts layouts, Set<String> taken) {
        List<Output> outputs = new ArrayList<>();
        Set<String> statics = new HashSet<>();
        site.staticFiles().forEach(f -> statics.add(f.outputPath()));
        if (!taken.contains("index.html") && !statics.contains("index.html")) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("layout", "home");
            Page home = new Page("index.html", site.config().title(), new dev.colophon.model.FrontMatter(values, Map.of()),
                    "", "home", "/", "index.html");
            outputs.add(new Output("index.html", Set.of(Output.Inputs.POSTS, Output.Inputs.TEMPLATES,
                    Output.Inputs.CONFIG), () -> bytes(layouts.apply("home", "", home, context))));
        }
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
