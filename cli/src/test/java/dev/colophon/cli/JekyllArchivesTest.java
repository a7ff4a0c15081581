package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jekyll-archives: the pages and page variables jekyll-archives 2.2.1 writes under Jekyll 4.3, checked against it. */
class JekyllArchivesTest {

    private static final String CONFIG = "url: https://example.org\nfeed: false\n";
    private static final String ARCHIVE = "type={{ page.type }}|title={{ page.title }}|date={{ page.date | date: \"%F\" }}"
            + "|name={{ page.name }}|path={{ page.path }}|url={{ page.url }}|layout={{ page.layout }}|[{{ content }}]\n"
            + "{% for post in page.posts %}- {{ post.title }} {{ post.url }} {{ post.date | date: \"%F\" }}\n{% endfor %}";

    @TempDir
    Path temp;

    private TestSite site(String archives) {
        return TestSite.in(temp).file("_config.yml", CONFIG + archives)
                .file("_layouts/archive.html", ARCHIVE)
                .file("_layouts/year.html", "YEAR {{ page.date | date: \"%Y\" }} {{ page.posts | map: \"title\" | join: \",\" }}")
                .file("_posts/2023-01-05-first.md", "---\ntitle: First\ntags: [Java, \"C++\", Hello World]\n"
                        + "categories: News\n---\none")
                .file("_posts/2023-01-05-second.md", "---\ntitle: Second\ntags: java\n---\ntwo")
                .file("_posts/2023-03-09-third.md", "---\ntitle: Third\ntags: [Ünïcode tag, \"C#\"]\ncategory: News\n---\nthree")
                .file("dev/_posts/2024-05-31-fourth.md", "---\ntitle: Fourth\ntags: [Java]\n---\nfour");
    }

    @Test
    void everyArchiveWithTheGemsPathsAndVariables() {
        TestSite site = site("plugins: [jekyll-archives]\njekyll-archives:\n  enabled: all\n  layouts:\n    year: year\n"
                + "  permalinks:\n    month: /:year/:month/archive.html\n");
        site.build();
        for (String path : List.of("2023/index.html", "2023/01/archive.html", "2023/01/05/index.html",
                "2023/03/archive.html", "2023/03/09/index.html", "2024/index.html", "2024/05/archive.html",
                "2024/05/31/index.html", "category/news/index.html", "category/dev/index.html", "tag/java/index.html",
                "tag/c/index.html", "tag/hello-world/index.html", "tag/ünïcode-tag/index.html")) {
            assertTrue(site.exists(path), path + " in " + site.outputs());
        }
        // Posts of one day newest first, then by path, as Jekyll sorts them.
        assertEquals("type=day|title=|date=2023-01-05|name=index|path=2023/01/05/index.html|url=/2023/01/05/"
                + "|layout=archive|[]\n- Second /2023/01/05/second.html 2023-01-05\n"
                + "- First /news/2023/01/05/first.html 2023-01-05\n", site.output("2023/01/05/index.html"));
        assertEquals("type=month|title=|date=2023-01-01|name=archive|path=2023/01/archive.html"
                + "|url=/2023/01/archive.html|layout=archive|[]\n- Second /2023/01/05/second.html 2023-01-05\n"
                + "- First /news/2023/01/05/first.html 2023-01-05\n", site.output("2023/01/archive.html"));
        assertEquals("YEAR 2023 Third,Second,First", site.output("2023/index.html"));
        assertEquals("type=category|title=dev|date=|name=index|path=category/dev/index.html|url=/category/dev/"
                + "|layout=archive|[]\n- Fourth /dev/2024/05/31/fourth.html 2024-05-31\n",
                site.output("category/dev/index.html"));
        assertTrue(site.output("category/news/index.html").startsWith("type=category|title=News|"));
        // Tag names are slugged for the URL and kept as written for the title.
        assertTrue(site.output("tag/ünïcode-tag/index.html").startsWith("type=tag|title=Ünïcode tag|date=|name=index"
                + "|path=tag/ünïcode-tag/index.html|url=/tag/%C3%BCn%C3%AFcode-tag/|"), site.output("tag/ünïcode-tag/index.html"));
        assertTrue(site.output("tag/hello-world/index.html").contains("|title=Hello World|"));
    }

    @Test
    void namesWithOneSlugShareAPageAndTheLastWritten() {
        TestSite site = site("plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [tags]\n");
        site.build();
        // "Java" (first used by the oldest post) and "java" slug alike, as do "C++" and "C#": Jekyll writes both,
        // the later one over the first.
        assertEquals("type=tag|title=java|date=|name=index|path=tag/java/index.html|url=/tag/java/|layout=archive|[]\n"
                + "- Second /2023/01/05/second.html 2023-01-05\n", site.output("tag/java/index.html"));
        assertTrue(site.output("tag/c/index.html").startsWith("type=tag|title=C#|"));
        assertFalse(site.exists("2023/index.html") || site.exists("category/news/index.html"), "only tags enabled");
    }

    @Test
    void onlyWhenListedAndEnabled() {
        TestSite site = site("jekyll-archives:\n  enabled: all\n");
        site.build();
        assertFalse(site.exists("2023/index.html") || site.exists("tag/java/index.html"), "not listed in plugins:");

        site.file("_config.yml", CONFIG + "plugins: [jekyll-archives]\n").build();
        assertFalse(site.exists("2023/index.html") || site.exists("tag/java/index.html"), "nothing enabled by default");

        site.file("_config.yml", CONFIG + "plugins: [jekyll-archives]\njekyll-archives:\n  enabled: [year, categories]\n"
                + "  layout: year\n  permalinks:\n    year: /archive/:type/:year/\n").build();
        assertEquals("YEAR 2024 Fourth", site.output("archive/year/2024/index.html"));
        assertTrue(site.output("category/news/index.html").startsWith("YEAR  Third,First"),
                site.output("category/news/index.html"));
        assertFalse(site.exists("2023/01/index.html") || site.exists("tag/java/index.html"));
    }
}
