package dev.colophon.html.liquid;

import dev.colophon.model.SiteConfig;
import java.util.List;
import java.util.Map;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Jekyll's {@code {% link PATH %}} and {@code {% post_url NAME %}}: the URL of a post, page or document
 * named by its source, with the base URL, so links break loudly at build time instead of silently on the
 * web.
 */
final class LinkTags {

    private LinkTags() {
    }

    static Tag link(SiteConfig config) {
        return new Tag("link") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String path = argument(this, context, nodes);
                String clean = path.startsWith("/") ? path.substring(1) : path;
                for (Map<?, ?> item : everything(context)) {
                    if (clean.equals(String.valueOf(item.get("path")))) {
                        return Urls.relative(String.valueOf(item.get("url")), config.baseurl());
                    }
                }
                throw new IllegalArgumentException("could not find a post, page or document '" + path
                        + "' for the link tag (the path is relative to the site root, with its extension)");
            }
        };
    }

    static Tag postUrl(SiteConfig config) {
        return new Tag("post_url") {
            @Override
            public Object render(TemplateContext context, LNode... nodes) {
                String name = argument(this, context, nodes);
                String clean = name.startsWith("/") ? name.substring(1) : name;
                if (context.get("site") instanceof Map<?, ?> site && site.get("posts") instanceof List<?> posts) {
                    for (Object post : posts) {
                        String path = String.valueOf(((Map<?, ?>) post).get("path"));
                        String withoutExtension = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path;
                        if (withoutExtension.endsWith("/" + clean)) {
                            return Urls.relative(String.valueOf(((Map<?, ?>) post).get("url")), config.baseurl());
                        }
                    }
                }
                throw new IllegalArgumentException("could not find post '" + name + "' for the post_url tag"
                        + " (name it like 2021-03-26-my-post, without extension)");
            }
        };
    }

    private static String argument(Tag tag, TemplateContext context, LNode... nodes) {
        return TagArguments.of(tag, context, nodes);
    }

    private static List<Map<?, ?>> everything(TemplateContext context) {
        java.util.ArrayList<Map<?, ?>> all = new java.util.ArrayList<>();
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
