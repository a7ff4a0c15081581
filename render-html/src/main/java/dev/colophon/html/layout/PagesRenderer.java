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

    /**
     * The page's bytes, without the control characters HTML and XML forbid (NUL, U+0001, U+007F...): a
     * title or a data file can carry them, {@code escape} leaves them, and one would make the page
     * invalid. Tab, line feed, form feed and carriage return stay.
     */
    private static byte[] bytes(String text) {
        // An array rather than charAt: a page with typographic quotes is a UTF-16 string, whose charAt is a
        // bounds-checked call per character under the launcher's C1 compiler.
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length && !forbidden(chars[i])) {
            i++;
        }
        if (i == chars.length) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder clean = new StringBuilder(chars.length).append(chars, 0, i);
        for (; i < chars.length; i++) {
            if (!forbidden(chars[i])) {
                clean.append(chars[i]);
            }
        }
        return clean.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean forbidden(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }
}
