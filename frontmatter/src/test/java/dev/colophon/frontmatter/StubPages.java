package dev.colophon.frontmatter;

import dev.colophon.model.Content;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes one page per post and page with what it was read as: title, date, tags, front matter and body. The
 * end-to-end tests of this module use it in place of the HTML renderer, whose module depends on this one.
 */
final class StubPages implements Renderer {

    @Override
    public String id() {
        return "stub-pages";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        List<Content> contents = new ArrayList<>(site.posts());
        contents.addAll(site.pages());
        return contents.stream()
                .map(content -> new Output(content.outputPath(), Set.of(content.path()), () -> page(content)))
                .toList();
    }

    private static byte[] page(Content content) {
        String text = content instanceof Post post
                ? "title: " + post.title() + "\ndate: " + post.date().toInstant() + "\ntags: " + post.tags() + "\n"
                : "title: " + content.title() + "\n";
        text += "front matter: " + content.frontMatter().values() + "\nbody: " + content.html();
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
