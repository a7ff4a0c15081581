package dev.colophon.internal.pipeline;

import dev.colophon.model.Content;
import dev.colophon.model.Site;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * jekyll-relative-links: links between Markdown sources ({@code [see](other.md)}) become links to the
 * pages those sources are written to, so a site reads the same on GitHub and on the web.
 */
final class RelativeLinks {

    static final RelativeLinks NONE = new RelativeLinks(Map.of());

    private static final Pattern HREF = Pattern.compile("(<a\\s[^>]*?href=\")([^\"#?:]+\\.(?:md|markdown))([#?][^\"]*)?\"");

    private final Map<String, String> urls;

    private RelativeLinks(Map<String, String> urls) {
        this.urls = urls;
    }

    static RelativeLinks of(Site site) {
        Map<String, String> urls = new HashMap<>();
        Stream.of(site.posts().stream(), site.pages().stream(), site.outputDocuments().stream())
                .flatMap(s -> s.map(c -> (Content) c))
                .forEach(c -> urls.put(c.path(), c.url()));
        return new RelativeLinks(urls);
    }

    /** The HTML of the file at {@code from}, its links to Markdown sources pointing at their pages. */
    String rewrite(String html, String from) {
        if (urls.isEmpty() || (!html.contains(".md") && !html.contains(".markdown"))) {
            return html;
        }
        String folder = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
        Matcher m = HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(2).startsWith("/") ? m.group(2).substring(1)
                    : Path.of(folder + m.group(2)).normalize().toString().replace('\\', '/');
            String url = urls.get(target);
            String replacement = url == null ? m.group()
                    : m.group(1) + url + (m.group(3) == null ? "" : m.group(3)) + "\"";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
