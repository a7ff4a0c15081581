package dev.colophon.html.liquid;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Template;
import dev.colophon.model.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Jekyll's {@code {% link PATH %}} and {@code {% post_url NAME %}}: the URL of a post, page or document
 * named by its source, with the base URL, so links break loudly at build time instead of silently on the
 * web.
 */
final class LinkTags {

    private LinkTags() {
    }

    /** {@code link}: its path may be written with Liquid, {@code {% link {{ page.other }} %}}, as in Jekyll. */
    static Node link(TagInput input, SiteConfig config) {
        String markup = input.markup().strip();
        Template path = markup.contains("{{") ? input.engine().parse(markup, input.templateName()) : null;
        return (context, out) -> {
            String written = markup;
            if (path != null) {
                StringBuilder rendered = new StringBuilder();
                path.render(context, rendered);
                written = rendered.toString().strip();
            }
            String clean = written.startsWith("/") ? written.substring(1) : written;
            for (Map<?, ?> item : everything(context)) {
                if (clean.equals(String.valueOf(item.get("path")))) {
                    out.append(Urls.relative(String.valueOf(item.get("url")), config.baseurl()));
                    return;
                }
            }
            throw LiquidException.argument("could not find a post, page or document '" + written
                    + "' for the link tag (the path is relative to the site root, with its extension)");
        };
    }

    static Node postUrl(TagInput input, SiteConfig config) {
        String name = input.markup().strip();
        String clean = name.startsWith("/") ? name.substring(1) : name;
        return (context, out) -> {
            if (context.get("site") instanceof Map<?, ?> site && site.get("posts") instanceof List<?> posts) {
                for (Object post : posts) {
                    String path = String.valueOf(((Map<?, ?>) post).get("path"));
                    String withoutExtension = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path;
                    if (withoutExtension.endsWith("/" + clean)) {
                        out.append(Urls.relative(String.valueOf(((Map<?, ?>) post).get("url")), config.baseurl()));
                        return;
                    }
                }
            }
            throw LiquidException.argument("could not find post '" + name + "' for the post_url tag"
                    + " (name it like 2021-03-26-my-post, without extension)");
        };
    }

    private static List<Map<?, ?>> everything(Context context) {
        List<Map<?, ?>> all = new ArrayList<>();
        if (context.get("site") instanceof Map<?, ?> site) {
            addAll(all, site.get("posts"));
            addAll(all, site.get("pages"));
            if (site.get("collections") instanceof List<?> collections) {
                for (Object collection : collections) {
                    if (!"posts".equals(((Map<?, ?>) collection).get("label"))) {
                        addAll(all, ((Map<?, ?>) collection).get("docs"));
                    }
                }
            }
        }
        return all;
    }

    private static void addAll(List<Map<?, ?>> into, Object list) {
        if (list instanceof List<?> items) {
            items.forEach(i -> into.add((Map<?, ?>) i));
        }
    }
}
