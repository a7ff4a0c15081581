package dev.colophon.html.liquid;

import dev.colophon.diagnostic.ColophonException;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import dev.colophon.spi.TemplateSetup;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in theme's {@code colophon_images} filter, which its layouts apply to a page's HTML: an image
 * alone in its paragraph with a title ({@code ![alt](src "title")}) becomes a {@code <figure>} captioned
 * with the title; a local image gets the {@code width} and {@code height} of its file, so the page does not
 * move as it loads; every image but the first gets {@code loading="lazy"} (the first is likely in view).
 * {@code colophon_images: "lazy"} makes every image lazy, for excerpts further down a page. Colophon's own
 * filter, not Jekyll's: themes that do not use it render images as Jekyll does.
 */
final class ThemeImages implements Filter {

    private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE = Pattern.compile("<p>\\s*(<img\\b[^>]*\\btitle=\"([^\"]*)\"[^>]*>)\\s*</p>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("\\s+title=\"[^\"]*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final TemplateSetup setup;
    /** Sizes by site path, read once per build: the same picture is on its post, the home page and a tag page. */
    private final Map<String, Optional<ImageSize>> sizes = new ConcurrentHashMap<>();

    ThemeImages(TemplateSetup setup) {
        this.setup = setup;
    }

    @Override
    public Object apply(Object input, List<Object> args, Map<String, Object> options, Context context) {
        String html = Texts.toS(input);
        if (!html.contains("<img") && !html.contains("<IMG")) {
            return html;
        }
        boolean allLazy = "lazy".equals(Texts.toS(JekyllFilters.arg(JekyllFilters.args(args, options, 0, 1), 0)));
        String folder = pageFolder(context);
        Matcher m = IMAGE.matcher(figures(html));
        StringBuilder out = new StringBuilder(html.length() + 128);
        boolean first = !allLazy;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(image(m.group(), folder, first, context)));
            first = false;
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Images alone in a paragraph, with a title, as figures with that title as the caption. */
    private static String figures(String html) {
        if (!html.contains("title=")) {
            return html;
        }
        Matcher m = FIGURE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String caption = m.group(2);
            String image = TITLE.matcher(m.group(1)).replaceFirst("");
            m.appendReplacement(out, Matcher.quoteReplacement(caption.isBlank() ? m.group()
                    : "<figure>" + image + "<figcaption>" + caption + "</figcaption></figure>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String image(String tag, String folder, boolean first, Context context) {
        StringBuilder extra = new StringBuilder();
        if (!has(tag, "width") && !has(tag, "height")) {
            String src = attribute(tag, "src");
            if (src != null) {
                sizeOf(src, folder, context).ifPresent(size -> extra.append(" width=\"").append(size.width())
                        .append("\" height=\"").append(size.height()).append('"'));
            }
        }
        if (!first && !has(tag, "loading")) {
            extra.append(" loading=\"lazy\"");
        }
        if (extra.isEmpty()) {
            return tag;
        }
        int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
        while (end > 0 && Character.isWhitespace(tag.charAt(end - 1))) {
            end--;
        }
        return tag.substring(0, end) + extra + tag.substring(end);
    }

    /** The size of the site's file at {@code src}; empty for a remote, missing, refused or unknown image. */
    private Optional<ImageSize> sizeOf(String src, String folder, Context context) {
        String url = src.replace("&amp;", "&");
        if (SCHEME.matcher(url).find() || url.startsWith("//") || url.isEmpty()) {
            return Optional.empty();
        }
        url = url.replaceAll("[?#].*", "");
        String baseurl = siteText(context, "baseurl").replaceAll("/+$", "");
        if (!baseurl.isEmpty() && url.startsWith(baseurl + "/")) {
            url = url.substring(baseurl.length());
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String joined = decoded.startsWith("/") ? decoded.substring(1) : folder + decoded;
        String path = Path.of(joined).normalize().toString().replace('\\', '/');
        if (path.isEmpty() || path.startsWith("..") || path.startsWith("/")) {
            return Optional.empty();
        }
        return sizes.computeIfAbsent(path, this::read);
    }

    private Optional<ImageSize> read(String path) {
        try {
            return setup.files().apply(path).flatMap(ImageSize::of);
        } catch (ColophonException | java.io.UncheckedIOException e) {
            // A file templates may not read (hidden, excluded in safe mode) keeps its img as written.
            return Optional.empty();
        }
    }

    /** The folder of the page's URL, site-relative, for images given relative to the page. */
    private static String pageFolder(Context context) {
        Object url = context.get("page") instanceof Map<?, ?> page ? page.get("url") : null;
        String path = url == null ? "" : url.toString();
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(1, slash + 1);
    }

    private static String siteText(Context context, String key) {
        Object value = context.get("site") instanceof Map<?, ?> site ? site.get(key) : null;
        return value == null || !Values.truthy(value) ? "" : value.toString();
    }

    private static boolean has(String tag, String name) {
        return Pattern.compile("\\s" + name + "\\s*=", Pattern.CASE_INSENSITIVE).matcher(tag).find();
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE)
                .matcher(tag);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }
}
