package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.model.Content;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes every post and page through its layouts, Jekyll's way. */
@AutoService(Renderer.class)
public final class PagesRenderer implements Renderer {

    @Override
    public String id() {
        return "html-pages";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        Layouts layouts = new Layouts(site.layouts(), context.templateEngine(), context.templateSetup());
        List<Output> outputs = new ArrayList<>();
        for (Content content : contentOf(site)) {
            Set<String> inputs = Set.of(content.path(), Output.Inputs.POSTS, Output.Inputs.TEMPLATES,
                    Output.Inputs.CONFIG);
            // redirect_to: (jekyll-redirect-from) replaces the page with a redirect.
            String redirect = content.frontMatter().string("redirect_to").orElse(null);
            outputs.add(new Output(content.outputPath(), inputs, redirect != null
                    ? () -> bytes(Redirects.html(redirect))
                    : () -> bytes(layouts.apply(content.layout(), content.html(), content, context))));
        }
        return outputs;
    }

    private static List<Content> contentOf(Site site) {
        List<Content> all = new ArrayList<>(site.posts());
        all.addAll(site.pages());
        all.addAll(site.outputDocuments());
        return all;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
