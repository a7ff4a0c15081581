package dev.colophon.examples;

import com.google.auto.service.AutoService;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A plugin of our own: writes {@code /posts.txt}, one line per post, newest first. Being on the class path
 * is all it takes: {@code @AutoService} registers it for {@link java.util.ServiceLoader}.
 */
@AutoService(Renderer.class)
public final class PostsTxtRenderer implements Renderer {

    @Override
    public String id() {
        return "example-posts-txt";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        // The content is produced only when the file is written, and depends only on the list of posts.
        return List.of(new Output("posts.txt", Set.of(Output.Inputs.POSTS), () -> text(site)));
    }

    private static byte[] text(Site site) {
        StringBuilder out = new StringBuilder();
        for (Post post : site.posts()) {
            out.append(post.date().toLocalDate()).append("  ")
                    .append(site.config().absoluteBase()).append(post.url()).append("  ")
                    .append(post.title()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
