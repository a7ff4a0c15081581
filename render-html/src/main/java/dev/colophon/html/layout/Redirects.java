package dev.colophon.html.layout;

import com.google.auto.service.AutoService;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Site;
import dev.colophon.spi.GeneratedPage;
import dev.colophon.spi.Generator;
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
                    String target = site.config().absoluteBase() + content.url();
                    for (String from : content.frontMatter().words("redirect_from")) {
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
            StringBuilder json = new StringBuilder("{");
            all.forEach((from, to) -> json.append(json.length() > 1 ? "," : "").append(quote(from)).append(':')
                    .append(quote(to)));
            out.add(new GeneratedPage("redirects.json", new FrontMatter(values, Map.of()),
                    "{% raw %}" + json.append('}') + "{% endraw %}"));
        }
        return out;
    }

    private static GeneratedPage page(String from, String target) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("layout", "none");
        values.put("permalink", from);
        values.put("sitemap", false);
        String path = (from.endsWith("/") ? from + "index.html" : from.endsWith(".html") ? from : from + ".html").substring(1);
        return new GeneratedPage(path, new FrontMatter(values, Map.of()), "{% raw %}" + html(target) + "{% endraw %}");
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

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
