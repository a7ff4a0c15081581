package dev.colophon.feed.atom;

import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.util.List;
import java.util.Set;

/**
 * An Atom 1.0 feed (RFC 4287) of the newest posts at {@code /feed.xml}, where jekyll-feed puts it, so
 * subscribers of a Jekyll blog keep their feed.
 */
@AutoService(Renderer.class)
public final class AtomFeedRenderer implements Renderer {

    /** Where the feed is written. */
    public static final String PATH = "feed.xml";
    /** How many posts the feed carries, jekyll-feed's default. */
    public static final int LIMIT = 10;

    @Override
    public String id() {
        return "atom-feed";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        SiteConfig config = site.config();
        if (config.url().isEmpty()) {
            // A feed needs absolute links; without a url there is no honest feed to write.
            context.warn(SourcePosition.of("_config.yml"), "no feed written: 'url' is not set",
                    "set url: https://your.host in _config.yml");
            return List.of();
        }
        List<Post> newest = site.posts().stream().limit(LIMIT).toList();
        return List.of(new Output(PATH, Set.of(Output.Inputs.POSTS, Output.Inputs.CONFIG),
                () -> new AtomWriter(config, site.time()).write(newest)));
    }
}
