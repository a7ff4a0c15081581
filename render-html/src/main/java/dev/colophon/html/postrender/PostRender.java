package dev.colophon.html.postrender;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Content;
import dev.colophon.model.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Jekyll plugins do to a page once it is laid out (their {@code post_render} hooks), for the plugins a
 * site lists, in the order it lists them: jemoji's emoji images and jekyll-mentions' profile links. Only pages
 * written as HTML are changed, as the gems check; feeds, which show the pages' content, are not.
 *
 * <pre>{@code
 * PostRender post = PostRender.of(site.config());
 * String page = post.apply(layouts.apply(...), content);
 * }</pre>
 */
public final class PostRender {

    private final List<String> plugins;
    private final Emoji emoji;
    private final Object mentions;
    /** Where a site-wide setting's problem is reported: the configuration file the build read. */
    private final String configFile;

    private PostRender(List<String> plugins, Emoji emoji, Object mentions, String configFile) {
        this.plugins = plugins;
        this.emoji = emoji;
        this.mentions = mentions;
        this.configFile = configFile;
    }

    /** The post-render steps of the plugins {@code config} lists; none when it lists none of them. */
    public static PostRender of(SiteConfig config) {
        List<String> plugins = new ArrayList<>();
        for (String plugin : SiteConfig.plugins(config.values())) {
            if (plugin.equals(Emoji.GEM) || plugin.equals(Mentions.GEM)) {
                plugins.add(plugin);
            }
        }
        return new PostRender(List.copyOf(plugins), Emoji.of(config.values()), config.values().get(Mentions.GEM),
                config.file());
    }

    /** Whether any step applies: when none does, pages are written as laid out. */
    public boolean active() {
        return !plugins.isEmpty();
    }

    /**
     * The laid-out page {@code html} of {@code content} after the steps.
     *
     * @throws SourceException when {@code jekyll-mentions:} is neither a URL nor a mapping
     */
    public String apply(String html, Content content) {
        if (plugins.isEmpty() || !(content.outputPath().endsWith(".html") || content.url().endsWith("/"))) {
            return html;
        }
        String out = html;
        for (String plugin : plugins) {
            if (plugin.equals(Emoji.GEM)) {
                out = emoji.apply(out);
            } else {
                Object own = content.frontMatter().values().get(Mentions.GEM);
                if (!Boolean.FALSE.equals(own)) {
                    boolean inPage = content.frontMatter().values().containsKey(Mentions.GEM);
                    out = new Mentions(mentionBase(inPage ? own : mentions, inPage, content, configFile)).apply(out);
                }
            }
        }
        return out;
    }

    /** The gem's {@code mention_base}: a URL, a mapping's {@code base_url}, or github.com. */
    private static String mentionBase(Object setting, boolean inPage, Content content, String configFile) {
        if (setting == null) {
            return Mentions.DEFAULT_BASE;
        }
        if (setting instanceof String url) {
            return url;
        }
        if (setting instanceof Map<?, ?> map) {
            return map.containsKey("base_url") ? String.valueOf(map.get("base_url")) : Mentions.DEFAULT_BASE;
        }
        int line = inPage ? content.frontMatter().line(Mentions.GEM) : 0;
        throw new SourceException(inPage ? new SourcePosition(content.path(), line, line == 0 ? 0 : 1)
                : SourcePosition.of(configFile), "jekyll-mentions must be a URL or a mapping with base_url, not "
                + setting, "write jekyll-mentions: https://github.com, or jekyll-mentions: {base_url: …}");
    }
}
