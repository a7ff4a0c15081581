package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.html.postrender.PostRender;
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
        PostRender post = PostRender.of(site.config());
        List<Output> outputs = new ArrayList<>();
        for (Content content : contentOf(site)) {
            // What the layouts show of other posts and pages is recorded as they render.
            Set<String> inputs = Set.of(content.path(), Output.Inputs.READS, Output.Inputs.TEMPLATES,
                    Output.Inputs.CONFIG);
            // redirect_to: (jekyll-redirect-from) replaces the page with a redirect.
            String redirect = content.frontMatter().string("redirect_to").orElse(null);
            outputs.add(new Output(content.outputPath(), inputs, redirect != null
                    ? () -> bytes(Redirects.html(Redirects.target(content, redirect, site.config().safe(), context)))
                    : () -> bytes(post.apply(layouts.apply(content.layout(), content.html(), content, context),
                            content))));
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
    static byte[] bytes(String text) {
        // Encoded first, then looked at: no copy of the page as characters, which a page with typographic
        // quotes (a UTF-16 string) would need to be scanned quickly under the launcher's C1 compiler.
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (!hasForbidden(utf8)) {
            return utf8;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!forbidden(c)) {
                clean.append(c);
            }
        }
        return clean.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether UTF-8 text has a {@linkplain #forbidden forbidden} character: one byte below 0x20 or 0x7F, or
     * U+0080 to U+009F, which are 0xC2 and then 0x80 to 0x9F (0xC2 only ever starts a character).
     */
    private static boolean hasForbidden(byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b >= 0 && b < 0x20 ? b != '\t' && b != '\n' && b != '\f' && b != '\r'
                    : b == 0x7F || b == (byte) 0xC2 && i + 1 < utf8.length && (utf8[i + 1] & 0xFF) <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\f' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }
}
