package dev.colophon.internal.pipeline;

import dev.colophon.model.FrontMatter;
import dev.colophon.model.Page;
import dev.colophon.model.SiteConfig;
import dev.colophon.model.StaticFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * jekyll-readme-index (0.3): a folder's {@code README.md} becomes its index page when the folder has none, as
 * on GitHub, where a repository's readme is its front page. Settings under {@code readme_index:}: {@code
 * enabled: false} switches it off, {@code remove_originals: true} leaves the Markdown file itself out of the
 * site, and {@code with_frontmatter: true} also moves a readme with front matter (a page already) to its
 * folder's URL.
 */
final class ReadmeIndex {

    static final String GEM = "jekyll-readme-index";
    /** Jekyll's default {@code markdown_ext}. */
    private static final String MARKDOWN_EXTENSIONS = "markdown,mkdown,mkdn,mkd,md";

    private final Pattern readme;
    private final Map<?, ?> settings;

    private ReadmeIndex(Pattern readme, Map<?, ?> settings) {
        this.readme = readme;
        this.settings = settings;
    }

    static ReadmeIndex of(SiteConfig config) {
        Object listed = config.values().get("markdown_ext");
        String extensions = listed instanceof String s ? s : MARKDOWN_EXTENSIONS;
        StringBuilder alternatives = new StringBuilder();
        for (String extension : extensions.split(",")) {
            alternatives.append(alternatives.length() > 0 ? "|" : "").append(Pattern.quote("." + extension.strip()));
        }
        return new ReadmeIndex(Pattern.compile("/readme(" + alternatives + ")$", Pattern.CASE_INSENSITIVE),
                config.values().get("readme_index") instanceof Map<?, ?> map ? map : Map.of());
    }

    boolean enabled() {
        return !Boolean.FALSE.equals(settings.get("enabled"));
    }

    boolean removesOriginals() {
        return Boolean.TRUE.equals(settings.get("remove_originals"));
    }

    boolean movesPagesWithFrontMatter() {
        return Boolean.TRUE.equals(settings.get("with_frontmatter"));
    }

    /** The readmes without front matter (copied files so far) in the site's order. */
    List<StaticFile> readmes(List<StaticFile> statics) {
        return statics.stream().filter(file -> readme.matcher("/" + file.path()).find()).toList();
    }

    boolean isReadme(Page page) {
        return readme.matcher("/" + page.path()).find();
    }

    /** The front matter that makes a readme at {@code url} its folder's index: a permalink to the folder. */
    static FrontMatter asIndex(FrontMatter frontMatter, String url) {
        Map<String, Object> values = new LinkedHashMap<>(frontMatter.values());
        values.put("permalink", folder(url));
        return new FrontMatter(values, frontMatter.keyLines());
    }

    /** The folder a file's URL is in, with its closing slash: Ruby's {@code File.dirname(url) + "/"}. */
    static String folder(String url) {
        int slash = url.lastIndexOf('/', url.endsWith("/") ? url.length() - 2 : url.length() - 1);
        return slash <= 0 ? "/" : url.substring(0, slash) + "/";
    }

    /** Whether a page or file has the URL of the folder's index: the folder itself, or its index.html (.htm, .xml). */
    static boolean hasIndex(String folder, List<Page> pages, List<StaticFile> statics) {
        Pattern index = Pattern.compile("^" + Pattern.quote(folder) + "($|index\\.(html?|xhtml|xml)$)",
                Pattern.CASE_INSENSITIVE);
        List<String> urls = new ArrayList<>();
        pages.forEach(p -> urls.add(p.url()));
        statics.forEach(f -> urls.add(f.url()));
        return urls.stream().anyMatch(url -> index.matcher(url).find());
    }
}
