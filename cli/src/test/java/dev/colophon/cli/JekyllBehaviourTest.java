package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildResult;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll's behaviours that real sites rely on (issue 16), each as Jekyll 4.3.1 (Debian's, with
 * jekyll-paginate 1.1 and jekyll-redirect-from) builds the same files with {@code TZ=UTC}, as GitHub Pages
 * does. The expected values were taken from {@code jekyll build} of these sites.
 */
class JekyllBehaviourTest {

    private static final String PLAIN = "feed: false\nsitemap: false\ntag_pages: false\ncategory_pages: false\n";

    @TempDir
    Path temp;

    private TestSite site(String config) {
        return TestSite.in(temp).file("_config.yml", PLAIN + config).file("_layouts/default.html", "{{ content }}");
    }

    private static String post(String title, String more) {
        return "---\ntitle: " + title + "\n" + more + "---\n";
    }

    @Test
    void postsWithTheSameDateAreListedInJekyllsOrder() {
        // Jekyll sorts by date then path, and site.posts is that order reversed: same-day posts come in
        // descending order of path (x/_posts/… after _posts/… ascending, so first here).
        TestSite site = site("")
                .file("_posts/2021-01-01-b.md", post("b", "tags: [t]\n") + "{{ page.previous.title }}<{{ page.title }}>{{ page.next.title }}")
                .file("_posts/2021-01-01-a.md", post("a", "tags: [t]\n") + "{{ page.previous.title }}<{{ page.title }}>{{ page.next.title }}")
                .file("_posts/2021-01-01-c.md", post("c", "tags: [t]\n"))
                .file("x/_posts/2021-01-01-a.md", post("xa", "tags: [t]\n"))
                .file("_posts/2020-12-31-old.md", post("old", ""))
                .file("list.html", "---\n---\n{% for p in site.posts %}{{ p.title }},{% endfor %} "
                        + "{% for p in site.tags.t %}{{ p.title }},{% endfor %}");
        site.build();
        assertEquals("xa,c,b,a,old, xa,c,b,a,", site.output("list.html"));
        assertEquals("<p>a<b>c</p>\n", site.output("2021/01/01/b.html"));
        assertEquals("<p>old<a>b</p>\n", site.output("2021/01/01/a.html"));
    }

    @Test
    void aDateRubyParsesBuildsWhereJekyllPutsIt() {
        // From a post of Jekyll's own site: Ruby takes the time and ignores the offset after the second year.
        TestSite site = site("")
                .file("_posts/2023-01-01-release.md", post("Release", "date: 2023-01-29 18:30:22 2023 -0800\n"))
                .file("_posts/2023-01-01-rfc.md", post("RFC", "date: 'Fri, 26 Mar 2021 23:30:00 -0800'\n"))
                .file("_posts/2023-01-01-words.md", post("Words", "date: March 26, 2021\n"))
                .file("_posts/2023-01-01-pm.md", post("PM", "date: 2021-03-26 10:20 pm\n"));
        site.build();
        assertTrue(site.exists("2023/01/29/release.html"), site.outputs()::toString);
        assertTrue(site.exists("2021/03/27/rfc.html"), site.outputs()::toString);
        assertTrue(site.exists("2021/03/26/words.html"), site.outputs()::toString);
        assertTrue(site.exists("2021/03/26/pm.html"), site.outputs()::toString);
    }

    @Test
    void anUnparseableDateIsStillAnErrorAtItsLine() {
        TestSite site = site("").file("_posts/2021-01-01-a.md", "---\ntitle: A\ndate: next tuesday\n---\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals("_posts/2021-01-01-a.md:3:1: error: date 'next tuesday' is not a date (write it as YYYY-MM-DD "
                + "or YYYY-MM-DD HH:MM:SS +HHMM)", e.errors().get(0).toString());
    }

    @Test
    void aDateWrittenDayOrMonthFirstIsReadDayFirstWithAWarning() {
        TestSite site = site("").file("_posts/2021-01-01-a.md", "---\ntitle: A\ndate: 03/04/2021\n---\n");
        BuildResult result = site.build();
        assertTrue(site.exists("2021/04/03/a.html"), site.outputs()::toString);
        assertEquals("_posts/2021-01-01-a.md:3:1: warning: date '03/04/2021' is read day first, as Jekyll reads it: "
                + "2021-04-03 (write it as YYYY-MM-DD to say which day you mean)", result.warnings().get(0).toString());
    }

    @Test
    void aDateWithAnOffsetMovesToTheSiteZoneBeforeFormingTheUrl() {
        String late = post("Late", "date: 2021-01-26 23:30:00 -0800\n") + "{{ page.date | date_to_xmlschema }}";
        TestSite utc = site("").file("_posts/2021-01-26-late.md", late);
        utc.build();
        // GitHub Pages builds in UTC: the post is on the 27th there, and its URL says so.
        assertEquals("<p>2021-01-27T07:30:00+00:00</p>\n", utc.output("2021/01/27/late.html"));
        assertFalse(utc.exists("2021/01/26/late.html"));

        TestSite pacific = site("timezone: America/Los_Angeles\n").file("_posts/2021-01-26-late.md", late);
        pacific.build();
        assertEquals("<p>2021-01-26T23:30:00-08:00</p>\n", pacific.output("2021/01/26/late.html"));
    }

    @Test
    void siteBaseurlIsAsWrittenAndRelativeUrlAsJekyllMakesIt() {
        String page = "---\n---\n[{{ site.baseurl }}] [{{ '/' | relative_url }}] [{{ '' | relative_url }}] "
                + "[{{ 'a' | relative_url }}] [{{ site.baseurl }}assets/x.css]";
        TestSite site = site("baseurl: /blog/\n").file("index.html", page);
        site.build();
        assertEquals("[/blog/] [/blog/] [/blog] [/blog/a] [/blog/assets/x.css]", site.output("index.html"));

        site.file("_config.yml", PLAIN + "baseurl: /\n").build();
        assertEquals("[/] [/] [] [/a] [/assets/x.css]", site.output("index.html"));

        site.file("_config.yml", PLAIN + "baseurl: blog\n").build();
        assertEquals("[blog] [/blog/] [/blog] [/blog/a] [blogassets/x.css]", site.output("index.html"));
    }

    @Test
    void twoRedirectsFromOneUrlTheLastWins() {
        // The gem's order: posts oldest first, then pages by file name; the last page written at a path stays.
        TestSite site = site("url: https://example.org\n")
                .file("_posts/2020-01-01-old.md", post("Old", "redirect_from: [/x/, /y/]\n"))
                .file("_posts/2021-01-01-new.md", post("New", "redirect_from: [/x/]\n"))
                .file("b.md", post("B", "redirect_from: [/y/, /z/]\n"))
                .file("a.md", post("A", "redirect_from: [/z/]\n"));
        site.build();
        assertTrue(site.output("x/index.html").contains("href=\"https://example.org/2021/01/01/new.html\""));
        assertTrue(site.output("y/index.html").contains("href=\"https://example.org/b.html\""));
        assertTrue(site.output("z/index.html").contains("href=\"https://example.org/b.html\""));
        assertEquals("{\"/x/\":\"https://example.org/2021/01/01/new.html\",\"/y/\":\"https://example.org/b.html\","
                + "\"/z/\":\"https://example.org/b.html\"}", site.output("redirects.json"));
    }

    private static final String PAGER = "---\n---\n{{ page.url }} {% for p in paginator.posts %}{{ p.title }},{% endfor %}"
            + " n={{ paginator.next_page_path }} p={{ paginator.previous_page_path }}"
            + " t={{ paginator.total_posts }}/{{ paginator.total_pages }}";

    private TestSite paginated(String config) {
        TestSite site = site("paginate: 1\n" + config).file("index.html", PAGER)
                .file("_posts/2021-01-04-hidden.md", post("Hidden", "hidden: true\n"));
        for (int i = 1; i <= 3; i++) {
            site.file("_posts/2021-01-0" + i + "-p" + i + ".md", post("p" + i, ""));
        }
        return site;
    }

    @Test
    void hiddenPostsAreLeftOutOfThePaginator() {
        TestSite site = paginated("");
        site.build();
        assertEquals("/ p3, n=/page2 p= t=3/3", site.output("index.html"));
        assertEquals("/page3/ p1, n= p=/page2 t=3/3", site.output("page3/index.html"));
        assertFalse(site.exists("page4/index.html"));
    }

    @Test
    void nextAndPreviousPagePathsAreAsJekyllPaginateWritesThem() {
        TestSite site = paginated("");
        site.build();
        // Jekyll's default paginate_path is /page:num: the paths have no trailing slash, the pages are folders.
        assertEquals("/page2/ p2, n=/page3 p=/ t=3/3", site.output("page2/index.html"));
        site.file("_config.yml", PLAIN + "paginate: 1\npaginate_path: /page:num/\n").build();
        assertEquals("/page2/ p2, n=/page3/ p=/ t=3/3", site.output("page2/index.html"));
    }

    @Test
    void aPaginatePathWithoutTrailingSlashWorks() {
        TestSite site = paginated("paginate_path: /page/:num\n");
        site.build();
        assertEquals("/ p3, n=/page/2 p= t=3/3", site.output("index.html"));
        assertEquals("/page/2/ p2, n=/page/3 p=/ t=3/3", site.output("page/2/index.html"));
        assertEquals("/page/3/ p1, n= p=/page/2 t=3/3", site.output("page/3/index.html"));

        // The nearest index.html at or above the folder of paginate_path is the one paginated.
        site.file("_config.yml", PLAIN + "paginate: 1\npaginate_path: blog/page/:num\n")
                .file("blog/index.html", PAGER).build();
        assertEquals("/blog/ p3, n=/blog/page/2 p= t=3/3", site.output("blog/index.html"));
        assertEquals("/blog/page/2/ p2, n=/blog/page/3 p=/blog/ t=3/3", site.output("blog/page/2/index.html"));
        assertEquals("/  n= p= t=/", site.output("index.html"));
    }

    @Test
    void aCollectionDocumentWithoutTitleGetsOneFromItsFileName() {
        TestSite site = site("collections:\n  recipes:\n    output: true\n")
                .file("_recipes/tomato-SOUP.md", "---\n---\n{{ page.title }}")
                .file("_recipes/2021-03-26-bread.md", "---\n---\n{{ page.title }}")
                .file("_recipes/named.md", "---\ntitle: Named\n---\n{{ page.title }}")
                .file("list.html", "---\n---\n{% for r in site.recipes %}{{ r.title }};{% endfor %}");
        site.build();
        assertEquals("Bread;Named;Tomato Soup;", site.output("list.html"));
        assertEquals("<p>Tomato Soup</p>\n", site.output("recipes/tomato-SOUP.html"));
    }

    @Test
    void htmlPagesKeepsAPageWithAPermalinkWithoutExtension() {
        TestSite site = site("")
                .file("404.md", "---\ntitle: Not found\npermalink: /404\n---\nGone.")
                .file("about.md", "---\ntitle: About\n---\nMe.")
                .file("data.json", "---\npermalink: /data/\n---\n{}")
                .file("feed.xml", "---\n---\n<feed/>")
                .file("list.html", "---\ntitle: List\n---\n{% for p in site.html_pages %}{{ p.url }};{% endfor %}");
        site.build();
        assertEquals("/404;/about.html;/data/;/list.html;", site.output("list.html"));
        assertTrue(site.exists("404.html"), site.outputs()::toString);
    }

    @Test
    void sitePagesAreInJekyllsOrderByFileNameNotByFolder() {
        // Jekyll's Reader#sort_files! sorts site.pages by file name; a folder's pages do not come together.
        TestSite site = site("")
                .file("zeta/a.md", "---\ntitle: Za\n---\n")
                .file("b.md", "---\ntitle: B\n---\n")
                .file("alpha/c.md", "---\ntitle: Ac\n---\n")
                .file("alpha/index.md", "---\ntitle: Ai\n---\n")
                .file("index.md", "---\ntitle: I\n---\n")
                .file("list.html", "---\n---\n{% for p in site.pages %}{{ p.title | default: p.name }};{% endfor %}");
        site.build();
        assertEquals("Za;B;Ac;Ai;I;list.html;", site.output("list.html"));
    }

    @Test
    void highlighterFalseStillColoursMarkdownButNotTheHighlightTag() {
        // Jekyll 4.3.1: kramdown takes config["highlighter"] || "rouge"; the tag writes plain code for false.
        TestSite site = site("highlighter: false\n").file("_posts/2021-01-01-a.md", post("A", "")
                + "```ruby\nputs 1\n```\n\n{% highlight ruby %}\nputs 2\n{% endhighlight %}\n");
        site.build();
        String html = site.output("2021/01/01/a.html");
        assertTrue(html.contains("<code><span class=\"nb\">puts</span> <span class=\"mi\">1</span>"), html);
        assertTrue(html.contains("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">"
                + "puts 2</code></pre></figure>"), html);
    }

    @Test
    void thePostsCollectionsPermalinkIsHonoured() {
        TestSite site = site("permalink: pretty\ncollections:\n  posts:\n    permalink: /blog/:year/:title/\n")
                .file("_posts/2021-03-26-hello.md", post("Hello", ""))
                .file("_posts/2021-03-27-own.md", post("Own", "permalink: /own/\n"))
                .file("about.md", post("About", ""))
                .file("list.html", "---\n---\n{% for c in site.collections %}{{ c.label }}={{ c.permalink }};{% endfor %}");
        site.build();
        assertTrue(site.exists("blog/2021/hello/index.html"), site.outputs()::toString);
        assertTrue(site.exists("own/index.html"), site.outputs()::toString);
        // Pages keep the site's permalink style.
        assertTrue(site.exists("about/index.html"), site.outputs()::toString);
        assertEquals("posts=/blog/:year/:title/;", site.output("list/index.html"));
    }

    @Test
    void siteAuthorOfAMappingPrintsAsJekyllPrintsIt() {
        // Jekyll 4.3.1: [{"name"=>"Ann", "bio"=>"B"}] [Ann]
        TestSite site = TestSite.in(temp).file("_config.yml", "author:\n  name: Ann\n  bio: B\n")
                .file("index.html", "---\n---\n[{{ site.author }}] [{{ site.author.name }}]\n");
        site.build();
        assertEquals("[{\"name\"=>\"Ann\", \"bio\"=>\"B\"}] [Ann]\n", site.output("index.html"));
    }

    @Test
    void anUnsetUrlIsNilSoSeoWritesNoCanonicalLink() {
        // Jekyll 4.3.1: [][unset]; jekyll-seo-tag writes the canonical link and og:url only {% if site.url %}.
        TestSite site = TestSite.in(temp).file("_config.yml", "title: T\nplugins: [jekyll-seo-tag]\n")
                .file("index.html", "---\n---\n[{{ site.url }}][{% if site.url %}set{% else %}unset{% endif %}]\n")
                .file("about.html", "---\ntitle: About\n---\n{% seo %}");
        site.build();
        assertEquals("[][unset]\n", site.output("index.html"));
        assertFalse(site.output("about.html").contains("canonical"), site.output("about.html"));
        assertFalse(site.output("about.html").contains("og:url"), site.output("about.html"));
    }

    @Test
    void aKeyWrittenTwiceInTheConfigurationTakesTheLastAsJekyllDoes() {
        // Jekyll 4.3.1 builds docsy-jekyll, whose _config.yml has markdown: twice; the last wins.
        TestSite site = TestSite.in(temp).file("_config.yml", "title: First\ntitle: Second\n")
                .file("_data/d.yml", "k: 1\nk: 2\n")
                .file("index.html", "---\n---\n{{ site.title }} {{ site.data.d.k }}\n");
        BuildResult result = site.build();
        assertEquals("Second 2\n", site.output("index.html"));
        assertEquals(List.of("_config.yml:2:1: warning: duplicate key 'title': this one is used, as in Jekyll (the key "
                + "is already on line 1; keep one of the two)", "_data/d.yml:2:1: warning: duplicate key 'k': this one is "
                + "used, as in Jekyll (the key is already on line 1; keep one of the two)"),
                result.warnings().stream().map(Object::toString).filter(w -> w.contains("duplicate")).sorted().toList());
    }

    @Test
    void blankLinesAfterTheFrontMatterAreNotPartOfTheBody() {
        // Jekyll 4.3.1 writes <?xml?> at the start of the file, and <p>Body</p> for the page.
        TestSite site = TestSite.in(temp).file("_config.yml", "title: T\n")
                .file("feed.xml", "---\nlayout: null\n---\n\n  \n<?xml version=\"1.0\"?><x/>\n")
                .file("a.md", "---\nlayout: null\n---\n\n\nBody\n");
        site.build();
        assertTrue(site.output("feed.xml").startsWith("<?xml"), site.output("feed.xml"));
        assertEquals("<p>Body</p>\n", site.output("a.html"));
    }

    @Test
    void aDocumentWithoutADateIsDatedAtTheBuildTime() {
        // Jekyll's Document#date: data["date"] ||= site.time (docsy-jekyll's tags page lists them by it).
        TestSite site = TestSite.in(temp).file("_config.yml", "collections:\n  things:\n    output: true\n")
                .file("_things/a.md", "---\ntitle: A\n---\nx\n")
                .file("index.html", "---\n---\n{% for t in site.things %}{% if t.date == site.time %}same"
                        + "{% endif %}{% endfor %}\n");
        site.build();
        assertEquals("same\n", site.output("index.html"));
    }

    @Test
    void anUnsetSiteTitleIsNilSoSeoTakesTheSiteName() {
        // Jekyll 4.3.1 with jekyll-seo-tag, as on jekyllrb.com's 404 page: <title>Name | Description</title>.
        TestSite site = TestSite.in(temp).file("_config.yml", "name: Jekyll\ndescription: Static sites\n"
                + "plugins: [jekyll-seo-tag]\n")
                .file("404.html", "---\n---\n{% seo %}[{{ site.title }}]");
        site.build();
        assertTrue(site.output("404.html").contains("<title>Jekyll | Static sites</title>"), site.output("404.html"));
        assertTrue(site.output("404.html").endsWith("[]"), site.output("404.html"));
    }
}
