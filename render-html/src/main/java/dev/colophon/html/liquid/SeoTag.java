package dev.colophon.html.liquid;

import dev.colophon.model.SiteConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * jekyll-seo-tag's {@code {% seo %}}: the page's title, description, canonical link, Open Graph and Twitter
 * metadata, and a JSON-LD description, built from the same keys as the gem's ({@code title},
 * {@code description}, {@code url}, {@code author}, {@code image}, {@code lang}...). {@code {% seo title=false %}}
 * leaves out the title element.
 */
final class SeoTag extends Tag {

    private final SiteConfig config;

    SeoTag(SiteConfig config) {
        super("seo");
        this.config = config;
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        StringBuilder args = new StringBuilder();
        for (LNode node : nodes) {
            args.append(asString(node.render(context), context));
        }
        boolean withTitle = !args.toString().replace(" ", "").contains("title=false");
        Map<?, ?> page = context.get("page") instanceof Map<?, ?> p ? p : Map.of();
        String siteTitle = text(config.values().get("title"));
        String pageTitle = text(page.get("title"));
        String url = text(page.get("url"));
        boolean home = url.equals("/") || url.equals("/index.html");
        String title = pageTitle.isEmpty() || pageTitle.equals(siteTitle)
                ? (home && !config.description().isEmpty() ? siteTitle + " | " + config.description() : siteTitle)
                : siteTitle.isEmpty() ? pageTitle : pageTitle + " | " + siteTitle;
        String description = text(page.get("description"));
        if (description.isEmpty()) {
            description = text(page.get("excerpt")).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        }
        if (description.isEmpty()) {
            description = config.description();
        }
        String canonical = Urls.absolute(url.isEmpty() ? "/" : url, config.url(), config.baseurl());
        boolean post = page.get("date") != null && "posts".equals(text(page.get("collection")));
        StringBuilder out = new StringBuilder("<!-- Begin Jekyll SEO tag v2.8.0 -->\n");
        if (withTitle && !title.isEmpty()) {
            out.append("<title>").append(escape(title)).append("</title>\n");
        }
        out.append("<meta name=\"generator\" content=\"Jekyll v4.3.1\">\n");
        meta(out, "property", "og:title", pageTitle.isEmpty() ? siteTitle : pageTitle);
        meta(out, "property", "og:locale", text(config.values().getOrDefault("lang", "en_US")).replace('-', '_'));
        meta(out, "name", "description", description);
        meta(out, "property", "og:description", description);
        if (!config.url().isEmpty()) {
            out.append("<link rel=\"canonical\" href=\"").append(escape(canonical)).append("\">\n");
            meta(out, "property", "og:url", canonical);
        }
        meta(out, "property", "og:site_name", siteTitle);
        meta(out, "property", "og:type", post ? "article" : "website");
        if (post) {
            meta(out, "property", "article:published_time", JekyllFilters.xmlschema(page.get("date")));
        }
        meta(out, "name", "twitter:card", "summary");
        meta(out, "property", "twitter:title", pageTitle.isEmpty() ? siteTitle : pageTitle);
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", post ? "BlogPosting" : "WebPage");
        if (!description.isEmpty()) {
            ld.put("description", description);
        }
        ld.put("headline", pageTitle.isEmpty() ? siteTitle : pageTitle);
        if (!config.url().isEmpty()) {
            ld.put("url", canonical);
        }
        if (!config.author().name().isEmpty()) {
            ld.put("author", Map.of("@type", "Person", "name", config.author().name()));
        }
        // </ inside a script would end it early; JSON allows the escape.
        out.append("<script type=\"application/ld+json\">\n")
                .append(JekyllFilters.Json.write(ld).replace("</", "<\\/"))
                .append("</script>\n<!-- End Jekyll SEO tag -->\n");
        return out.toString();
    }

    private static void meta(StringBuilder out, String attribute, String name, String content) {
        if (content != null && !content.isEmpty()) {
            out.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
                    .append(escape(content)).append("\">\n");
        }
    }

    private static String escape(String text) {
        return JekyllFilters.xmlEscape(text);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
