package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Site;
import dev.colophon.spi.GeneratedPage;
import dev.colophon.spi.Generator;
import dev.colophon.spi.RenderContext;
import dev.colophon.url.UrlPaths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * jekyll-redirect-from: for each {@code redirect_from:} path of a post, page or document, a small page there
 * that sends readers on to the new address; and {@code /redirects.json} listing them all, as the gem writes.
 * ({@code redirect_to:} is handled where the page itself is written: see {@link PagesRenderer}.)
 */
@AutoService(Generator.class)
public final class Redirects implements Generator {

    @Override
    public String id() {
        return "redirect-from";
    }

    @Override
    public List<GeneratedPage> generate(Site site) {
        List<GeneratedPage> out = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, GeneratedPage> pages = new LinkedHashMap<>();
        // The gem's order: documents to write (posts oldest first, then the other collections), then pages by
        // file name. Two redirects from one path write the same file; as in Jekyll, the last one wins.
        List<Post> posts = new ArrayList<>(site.posts());
        Collections.reverse(posts);
        List<Page> byName = new ArrayList<>(site.pages());
        byName.sort(Comparator.comparing((Page p) -> p.path().substring(p.path().lastIndexOf('/') + 1))
                .thenComparing(Page::path));
        Stream.of(posts.stream(), site.outputDocuments().stream(), byName.stream())
                .flatMap(s -> s.map(c -> (Content) c))
                .forEach(content -> {
                    List<String> froms = content.frontMatter().words("redirect_from");
                    // Made only for what redirects: the generator runs over every post of every build.
                    String target = froms.isEmpty() ? null : site.config().absoluteBase() + content.url();
                    for (String from : froms) {
                        String path = from.startsWith("/") ? from : "/" + from;
                        all.put(path, target);
                        GeneratedPage page = page(path, target);
                        pages.remove(page.path());
                        pages.put(page.path(), page);
                    }
                    content.frontMatter().string("redirect_to")
                            .ifPresent(to -> all.put(content.url(), to));
                });
        out.addAll(pages.values());
        if (!all.isEmpty()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("layout", "none");
            values.put("permalink", "/redirects.json");
            values.put("sitemap", false);
            // Not {% raw %}: a path with {% endraw %} in it would end it, and run the Liquid after.
            values.put("render_with_liquid", false);
            StringBuilder json = new StringBuilder("{");
            all.forEach((from, to) -> json.append(json.length() > 1 ? "," : "").append(quote(from)).append(':')
                    .append(quote(to)));
            out.add(new GeneratedPage("redirects.json", new FrontMatter(values, Map.of()),
                    json.append('}').toString()));
        }
        return out;
    }

    private static GeneratedPage page(String from, String target) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("layout", "none");
        values.put("permalink", from);
        values.put("sitemap", false);
        values.put("render_with_liquid", false);
        String path = (from.endsWith("/") ? from + "index.html" : from.endsWith(".html") ? from : from + ".html").substring(1);
        return new GeneratedPage(path, new FrontMatter(values, Map.of()), html(target));
    }

    /**
     * A page's {@code redirect_to:}, checked: a redirect to anything but a web address would run in the
     * reader's browser ({@code javascript:}) or show a document of the post's making ({@code data:}). In
     * safe mode that is an error at its line; otherwise it is written as jekyll-redirect-from writes it,
     * with a warning, since the site's own author may mean it.
     */
    static String target(Content content, String target, boolean safe, RenderContext context) {
        if (UrlPaths.isWebAddress(target)) {
            return target;
        }
        int line = content.frontMatter().line("redirect_to");
        SourcePosition at = new SourcePosition(content.path(), line, line == 0 ? 0 : 1);
        String what = "redirect_to '" + printable(target) + "' is not a web address";
        if (safe) {
            throw new SourceException(at, what, "safe mode redirects only to http:, https: or a path of the site");
        }
        context.warn(at, what + "; it is written as it is, and a reader following it runs what it says",
                "redirect to an http: or https: address, or to a path");
        return target;
    }

    /** Control characters as escapes, so that a message shows them instead of breaking its line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** jekyll-redirect-from's page, made valid HTML5 (the gem's lacks head and body, which HTML5 allows). */
    static String html(String target) {
        String url = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<!DOCTYPE html>\n<html lang=\"en-US\">\n<meta charset=\"utf-8\">\n<title>Redirecting&hellip;</title>\n"
                + "<link rel=\"canonical\" href=\"" + url + "\">\n"
                + "<script>location=\"" + target.replace("\\", "\\\\").replace("\"", "\\\"").replace("</", "<\\/")
                + "\"</script>\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + url + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<h1>Redirecting&hellip;</h1>\n"
                + "<a href=\"" + url + "\">Click here if you are not redirected.</a>\n</html>\n";
    }

    /** A JSON string: quotes, backslashes and control characters escaped (a path may hold a tab). */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
