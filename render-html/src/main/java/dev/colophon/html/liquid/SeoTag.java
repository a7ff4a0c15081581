package dev.colophon.html.liquid;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Template;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.filter.StandardFilters;
import dev.colophon.spi.TemplateSetup;
import dev.colophon.url.UrlPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * jekyll-seo-tag's {@code {% seo %}}: the values its Ruby "drops" compute (title, description, author,
 * canonical URL, image, JSON-LD...), ported here, rendered with the gem's own template so the markup is
 * the gem's. {@code {% seo title=false %}} leaves out the title element.
 *
 * <p>The gem formats titles and descriptions (Markdown, tags stripped, escaped) but prints the author,
 * the image's alt text and size, the locale and the canonical URL as they are written: a quote in an
 * author's name ends the attribute, and {@code </script>} ends the JSON-LD script. They are escaped here,
 * as the titles are. In safe mode an image or canonical URL that is not a web address is left out.
 */
final class SeoTag implements Node {

    private static final Pattern HOMEPAGE_OR_ABOUT = Pattern.compile("^/(about/)?(index.html?)?$");
    private static final String TEMPLATE = read("dev/colophon/html/seo/template.html");

    private final TemplateSetup setup;
    private final Template template;
    private final String args;
    private final Filter dateToXmlschema;

    private SeoTag(TemplateSetup setup, Template template, String args, Filter dateToXmlschema) {
        this.setup = setup;
        this.template = template;
        this.args = args;
        this.dateToXmlschema = dateToXmlschema;
    }

    static Node parse(TagInput input, JekyllLiquid jekyll) {
        // The gem's template, parsed with the site's engine once per use of the tag: a few per site.
        return new SeoTag(jekyll.setup(), input.engine().parse(TEMPLATE, "jekyll-seo-tag/template.html"), input.markup(),
                input.engine().filter("date_to_xmlschema"));
    }

    @Override
    public void render(Context context, StringBuilder out) {
        Map<String, Object> seo = values(context, args);
        context.push(new java.util.HashMap<>(Map.of("seo_tag", seo)));
        try {
            template.render(context, out);
        } finally {
            context.pop();
        }
    }

    /** The gem's Drop, computed once per render. */
    private Map<String, Object> values(Context context, String args) {
        Map<?, ?> site = map(context.get("site"));
        Map<?, ?> page = map(context.get("page"));
        Map<?, ?> paginator = map(context.get("paginator"));
        Map<?, ?> pageSeo = map(page.get("seo"));
        Map<?, ?> social = map(site.get("social"));
        String siteTitle = format(first(site.get("title"), site.get("name")));
        String tagline = format(site.get("tagline"));
        String siteDescription = format(site.get("description"));
        String pageTitle = orElse(format(page.get("title")), siteTitle);
        String url = string(page.get("url"));
        boolean homeOrAbout = url != null && HOMEPAGE_OR_ABOUT.matcher(url).find();

        String title;
        if (siteTitle != null && !siteTitle.equals(pageTitle)) {
            title = pageTitle + " | " + siteTitle;
        } else if (siteDescription != null && siteTitle != null) {
            title = siteTitle + " | " + orElse(tagline, siteDescription);
        } else {
            title = orElse(pageTitle, siteTitle);
        }
        if (paginator.get("page") instanceof Number current && current.intValue() > 1 && title != null) {
            title = "Page " + current + " of " + paginator.get("total_pages") + " for " + title;
        }

        Map<String, Object> seo = new LinkedHashMap<>();
        seo.put("version", "2.8.0");
        seo.put("title", title);
        seo.put("show_title", title != null && !args.toLowerCase(java.util.Locale.ROOT).contains("title=false"));
        seo.put("site_title", siteTitle);
        seo.put("page_title", pageTitle);
        boolean safe = setup.config().safe();
        // The excerpt is HTML already: in safe mode, Markdown would escape its tags a second time; and where
        // Markdown would leave it as it is, it is not converted again (most of this tag's time, 0.5 ms a page).
        Object excerpt = page.get("excerpt");
        String description = orElse(page.get("description") != null ? format(page.get("description"))
                : safe || excerpt != null && isOneHtmlBlock(excerpt.toString()) ? formatHtml(excerpt)
                : format(excerpt), siteDescription);
        seo.put("description", description);
        Map<String, Object> author = author(page, site);
        seo.put("author", escaped(author));
        String locale = String.valueOf(first(page.get("locale"), site.get("locale"), page.get("lang"), site.get("lang"),
                "en_US")).replace('-', '_');
        seo.put("page_locale", escapeOnce(locale));
        String own = absolute(url == null ? "" : url).replaceAll("/index\\.html$", "/");
        String given = string(page.get("canonical_url"));
        String canonical = given == null || given.isEmpty() || safe && !UrlPaths.isWebAddress(given) ? own : given;
        seo.put("canonical_url", escapeOnce(canonical));
        Map<String, Object> image = image(page, safe);
        seo.put("image", escaped(image));

        String type = pageSeo.get("type") != null ? string(pageSeo.get("type"))
                : homeOrAbout ? "WebSite" : page.get("date") != null ? "BlogPosting" : "WebPage";
        Object logo = site.get("logo") == null ? null : Urls.escapeUri(absolute(string(site.get("logo"))));
        Map<String, Object> ld = new TreeMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", type);
        String name = pageSeo.get("name") != null ? format(pageSeo.get("name"))
                : !homeOrAbout ? null : social.get("name") != null ? format(social.get("name")) : siteTitle;
        ld.put("name", name);
        ld.put("description", description);
        ld.put("url", canonical);
        ld.put("headline", pageTitle);
        Object modified = first(pageSeo.get("date_modified"), page.get("last_modified_at"), page.get("date"));
        ld.put("dateModified", modified == null ? null : xmlschema(modified, context, dateToXmlschema));
        ld.put("datePublished", page.get("date") == null ? null : xmlschema(page.get("date"), context, dateToXmlschema));
        ld.put("sameAs", pageSeo.get("links") != null ? pageSeo.get("links") : homeOrAbout ? social.get("links") : null);
        if (author.get("name") != null) {
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("@type", author.get("type") == null ? "Person" : author.get("type"));
            who.put("name", author.get("name"));
            if (author.get("url") != null) {
                who.put("url", author.get("url"));
            }
            ld.put("author", who);
        }
        if (image != null) {
            ld.put("image", image.get("path"));
        }
        if (logo != null) {
            Map<String, Object> publisher = new LinkedHashMap<>();
            publisher.put("@type", "Organization");
            // In jekyll-seo-tag's order, the same in every run (Map.of's order changes from one JVM to the next).
            Map<String, Object> logoImage = new LinkedHashMap<>();
            logoImage.put("@type", "ImageObject");
            logoImage.put("url", logo);
            publisher.put("logo", logoImage);
            if (author.get("name") != null) {
                publisher.put("name", author.get("name"));
            }
            ld.put("publisher", publisher);
        }
        if (type.equals("BlogPosting") || type.equals("CreativeWork")) {
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("@type", "WebPage");
            entity.put("@id", canonical);
            ld.put("mainEntityOfPage", entity);
        }
        ld.values().removeIf(java.util.Objects::isNull);
        seo.put("json_ld", ld);
        return seo;
    }

    /** The gem's AuthorDrop: page author, first of page authors, or site author; a name looks in site.data.authors. */
    private static Map<String, Object> author(Map<?, ?> page, Map<?, ?> site) {
        Object resolved = null;
        Object authors = page.get("authors");
        for (Object candidate : new Object[] {page.get("author"),
                authors instanceof List<?> list && !list.isEmpty() ? list.get(0) : null, site.get("author")}) {
            if (candidate != null && !candidate.toString().isEmpty()) {
                resolved = candidate;
                break;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (resolved instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v == null || v.toString().isEmpty() ? null : v));
        } else if (resolved != null) {
            out.put("name", resolved.toString());
            if (map(site.get("data")).get("authors") instanceof Map<?, ?> known && known.get(resolved) instanceof Map<?, ?> more) {
                more.forEach((k, v) -> out.put(String.valueOf(k), v));
            }
        }
        Object twitter = out.getOrDefault("twitter", out.get("name"));
        out.put("twitter", twitter instanceof String s ? s.replaceFirst("^@", "") : null);
        return out;
    }

    private Map<String, Object> image(Map<?, ?> page, boolean safe) {
        Object raw = page.get("image");
        if (raw == null) {
            return null;
        }
        Map<String, Object> image = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> image.put(String.valueOf(k), v));
            if (image.get("path") == null) {
                return null;
            }
        } else {
            image.put("path", raw.toString());
        }
        String path = image.get("path").toString();
        if (safe && !UrlPaths.isWebAddress(path)) {
            return null;
        }
        image.put("path", Urls.escapeUri(absolute(path)));
        return image;
    }

    private String absolute(String path) {
        return Urls.absolute(path, setup.config().url(), setup.config().baseurl());
    }

    /** The gem's format_string: markdownify, strip_html, normalize_whitespace, escape_once; null when empty. */
    private String format(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return plain(setup.converter().convert("md", text).orElse(text));
    }

    /**
     * Whether Markdown leaves an excerpt's HTML as it is: it opens with a block tag at the start of its line
     * (CommonMark's sixth kind of HTML block, which runs to the next blank line; kramdown's element, closed
     * where every element of ours closes, at the end of a line) and has no blank line.
     */
    static boolean isOneHtmlBlock(String html) {
        String block = html.stripLeading();
        int first = html.length() - block.length();
        boolean atLineStart = first == html.lastIndexOf('\n', first) + 1;
        return atLineStart && BLOCK_START.matcher(block).lookingAt()
                && !BLANK_LINE.matcher(block.stripTrailing()).find();
    }

    private static final Pattern BLOCK_START = Pattern.compile(
            "<(?:p|div|ul|ol|li|blockquote|h[1-6]|table|figure|dl|hr|section|article|aside|header"
                    + "|footer|nav|details|summary|fieldset|form|main)(?:[ \\t>/]|\\R|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");

    /**
     * A description that is HTML already (an excerpt): the gem's format_string without Markdown, which in
     * safe mode would show its tags as text.
     */
    private static String formatHtml(Object value) {
        return value == null ? null : plain(value.toString());
    }

    /** The gem's strip_html, normalize_whitespace and escape_once; null when nothing is left. */
    private static String plain(String html) {
        // Liquid's strip_html, which scans linearly (the regexes it is written with in Ruby are quadratic on
        // a post full of unclosed comments, and the built-in theme describes every page from its excerpt).
        String text = StandardFilters.stripHtml(html).replaceAll("\\s+", " ").strip();
        String escaped = escapeOnce(text);
        return escaped.isEmpty() ? null : escaped;
    }

    /** The values as the template prints them, in attributes: text escaped, the rest as it is. */
    private static Map<String, Object> escaped(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>(values);
        out.replaceAll((key, value) -> value instanceof String text ? escapeOnce(text) : value);
        return out;
    }

    private static String escapeOnce(String text) {
        return text.replaceAll("&(?!(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);)", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String xmlschema(Object value, Context context, Filter dateToXmlschema) {
        String formatted = JekyllFilters.xmlschema(value);
        if (!formatted.isEmpty() || dateToXmlschema == null) {
            return formatted.isEmpty() ? value.toString() : formatted;
        }
        return Texts.toS(dateToXmlschema.apply(value, List.of(), Map.of(), context));
    }

    private static Object first(Object... values) {
        for (Object value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String read(String resource) {
        // Through the class, not its loader: on the module path a loader sees no resource in a package the
        // module does not open.
        try (InputStream in = SeoTag.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
