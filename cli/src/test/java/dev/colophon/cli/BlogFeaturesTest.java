package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag and category pages, pagination, post navigation and feed links, through the default theme. */
class BlogFeaturesTest {

    @TempDir
    Path temp;

    private TestSite blog(String config, int posts) {
        TestSite site = TestSite.in(temp).file("_config.yml",
                "title: Blog\nurl: https://example.org\npermalink: /:year/:month/:day/:title:output_ext\n" + config);
        for (int i = 1; i <= posts; i++) {
            site.file(String.format("_posts/2021-01-%02d-post-%d.md", i, i), "---\ntitle: Post " + i
                    + "\ntags: [" + (i % 2 == 0 ? "even" : "odd") + ", Java Tools]\ncategories: [notes]\n---\n"
                    + "Excerpt of " + i + ".\n\nRest of " + i + ".");
        }
        return site;
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void tagAndCategoryPagesListTheirPostsAndPostsLinkToThem() {
        TestSite site = blog("", 3);
        site.build();
        String even = site.output("tags/even/index.html");
        assertTrue(even.contains("<h1 class=\"page-title\">Posts tagged “even”</h1>"), even);
        assertTrue(even.contains("<a href=\"/2021/01/02/post-2.html\">Post 2</a>"), even);
        assertFalse(even.contains("Post 1<"), even);
        String odd = site.output("tags/odd/index.html");
        assertTrue(odd.indexOf("Post 3") < odd.indexOf("Post 1"), "newest first");
        assertTrue(site.output("tags/java-tools/index.html").contains("Post 2"), "slugged");
        assertTrue(site.output("categories/notes/index.html").contains("Post 3"));
        String index = site.output("tags/index.html");
        assertTrue(index.contains("<a href=\"/tags/java-tools/\">Java Tools</a> <span class=\"count\">3</span>"), index);
        String post = site.output("2021/01/02/post-2.html");
        assertTrue(post.contains("<a class=\"tag\" href=\"/tags/even/\">even</a>"), post);
    }

    @Test
    void tagPagePathsAreConfigurableAndCanBeSwitchedOff() {
        TestSite site = blog("tag_pages:\n  path: /topics/:name.html\n  index: /topics/\ncategory_pages: false\n", 2);
        site.build();
        assertTrue(site.exists("topics/even.html"));
        assertTrue(site.exists("topics/index.html"));
        assertFalse(site.exists("tags/even/index.html"));
        assertFalse(site.exists("categories/notes/index.html"));
        assertTrue(site.output("2021/01/02/post-2.html").contains("href=\"/topics/even.html\""));
    }

    @Test
    void aJekyllSitesOwnTagLayoutMakesNoTagPagesUnlessAskedFor() {
        // Jekyll writes no tag pages; a site's own tag layout serves a plugin's pages (jekyll-archives).
        TestSite site = blog("", 2).file("_layouts/default.html", "{{ content }}")
                .file("_layouts/tag.html", "<h1>{{ page.tag }}</h1>").file("_layouts/category.html", "{{ page.category }}");
        site.build();
        assertFalse(site.exists("tags/even/index.html"));
        assertFalse(site.exists("categories/notes/index.html"));

        site.file("_config.yml", "title: Blog\nurl: https://example.org\ntag_pages: true\n").build();
        assertTrue(site.output("tags/even/index.html").contains("<h1>even</h1>"));
        assertFalse(site.exists("categories/notes/index.html"));
    }

    @Test
    void theHomePageIsPaginated() {
        TestSite site = blog("paginate: 2\n", 5);
        site.build();
        String first = site.output("index.html");
        assertEquals(2, count(first, "<li>\n<p class=\"post-meta\">"), first);
        assertTrue(first.contains("Post 5") && first.contains("Post 4") && !first.contains("Post 3<"), first);
        assertTrue(first.contains("<p>Excerpt of 5.</p>"), "excerpts of converted posts");
        assertTrue(first.contains("Page 1 of 3"));
        // jekyll-paginate's paths: Jekyll's default paginate_path, /page:num, has no trailing slash.
        assertTrue(first.contains("<a class=\"next\" rel=\"next\" href=\"/page2\">"), first);
        String second = site.output("page2/index.html");
        assertTrue(second.contains("Post 3") && second.contains("Post 2"), second);
        assertTrue(second.contains("<a class=\"previous\" rel=\"prev\" href=\"/\">"), second);
        assertTrue(second.contains("href=\"/page3\""), second);
        String third = site.output("page3/index.html");
        assertTrue(third.contains("Post 1") && !third.contains("class=\"next\""), third);
        assertFalse(site.exists("page4/index.html"));
        assertTrue(site.output("sitemap.xml").contains("<loc>https://example.org/page3/</loc>"));
    }

    @Test
    void aSitesOwnIndexSeesThePaginatorInItsBody() {
        TestSite site = blog("paginate: 2\npaginate_path: /blog/page-:num/\n", 3)
                .file("blog/index.html", "---\nlayout: page\ntitle: Blog\n---\n"
                        + "{% for post in paginator.posts %}[{{ post.title }}]{% endfor %} {{ paginator.page }}/{{ paginator.total_pages }}"
                        + " next={{ paginator.next_page_path }}");
        site.build();
        assertTrue(site.output("blog/index.html").contains("[Post 3][Post 2] 1/2 next=/blog/page-2/"));
        assertTrue(site.output("blog/page-2/index.html").contains("[Post 1] 2/2 next="));
    }

    @Test
    void postsLinkToTheirNeighboursAndPagesToTheFeeds() {
        TestSite site = blog("", 3);
        site.build();
        String middle = site.output("2021/01/02/post-2.html");
        assertTrue(middle.contains("<a class=\"previous\" rel=\"prev\" href=\"/2021/01/01/post-1.html\">← Post 1</a>"), middle);
        assertTrue(middle.contains("<a class=\"next\" rel=\"next\" href=\"/2021/01/03/post-3.html\">Post 3 →</a>"), middle);
        assertFalse(site.output("2021/01/03/post-3.html").contains("class=\"next\""));
        assertTrue(middle.contains("<link type=\"application/atom+xml\" rel=\"alternate\" href=\"https://example.org/feed.xml\" title=\"Blog\">"), middle);
        assertTrue(middle.contains("<link type=\"application/rss+xml\" rel=\"alternate\" href=\"https://example.org/rss.xml\""), middle);
        assertTrue(middle.contains("<link type=\"application/feed+json\" rel=\"alternate\" href=\"https://example.org/feed.json\""), middle);
    }

    @Test
    void aPageOnTheUrlOfATagPageIsAnError() {
        TestSite site = blog("", 2).file("even.md", "---\ntitle: Mine\npermalink: /tags/even/\n---\nMine.");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals("tags/even/index.html: error: the URL /tags/even/ is also the URL of even.md "
                + "(give one of them another permalink)", e.errors().get(0).toString());
    }

    @Test
    void excerptsCarryTheFootnotesAndLinksTheyUseWithIdsOfTheirOwn() {
        TestSite site = blog("", 0)
                .file("index.html", "---\n---\n{% for post in site.posts %}{{ post.excerpt }}{% endfor %}")
                .file("_posts/2021-01-01-one.md", "---\ntitle: One\n---\nFirst[^1], see [docs].\n\nMore.\n\n"
                        + "[^1]: The first note.\n[^2]: Not in the excerpt.\n[docs]: https://example.org/docs\n")
                .file("_posts/2021-01-02-two.md", "---\ntitle: Two\n---\nSecond[^1].\n\n[^1]: The second note.\n");
        site.build();
        String index = site.output("index.html");
        // As Jekyll: the definitions the excerpt uses come along, so its notes and links resolve...
        assertTrue(index.contains("The first note."), index);
        assertTrue(index.contains("<a href=\"https://example.org/docs\">docs</a>"), index);
        assertFalse(index.contains("Not in the excerpt"), index);
        // ...but each post's notes are its own: ids stay unique on the page, and links reach them.
        assertEquals(1, count(index, "id=\"fn:2021-01-01-one:1\""), index);
        assertEquals(1, count(index, "href=\"#fn:2021-01-01-one:1\""), index);
        assertEquals(1, count(index, "id=\"fn:2021-01-02-two:1\""), index);
        assertEquals(1, count(index, "href=\"#fnref:2021-01-02-two:1\""), index);
        assertEquals(0, count(index, "\"fn:1\""), index);
        // The post's own page keeps kramdown's ids.
        assertTrue(site.output("2021/01/01/one.html").contains("id=\"fn:1\""));
    }

    @Test
    void aPagesDirIsTheFolderOfItsUrlAsInJekyll() {
        String body = "---\n%s---\n[{{ page.dir }}]";
        TestSite site = blog("", 0)
                .file("docs/guide.md", body.formatted(""))
                .file("about.md", body.formatted("permalink: /about/\n"))
                .file("notes/deep/x.html", body.formatted("permalink: /flat.html\n"));
        site.build();
        assertTrue(site.output("docs/guide.html").contains("[/docs/]"), site.output("docs/guide.html"));
        assertTrue(site.output("about/index.html").contains("[/about/]"), site.output("about/index.html"));
        assertTrue(site.output("flat.html").contains("[/]"), site.output("flat.html"));
    }

    @Test
    void tagsThatSlugAlikeShareAPageAndTagsWithoutLettersGetOne() {
        TestSite site = blog("feed:\n  tags: true\n", 0)
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\ntags: [C++, party]\n---\nA.")
                .file("_posts/2021-01-02-b.md", "---\ntitle: B\ntags: [\"C#\", \"🎉\"]\n---\nB.");
        site.build();
        // "C++" and "C#" are both "c": one page, the first tag's, instead of a failed build.
        assertTrue(site.output("tags/c/index.html").contains("Posts tagged “C#”")
                || site.output("tags/c/index.html").contains("Posts tagged “C++”"));
        // "🎉" has no letter to slug: its code point names its page and feed.
        assertTrue(site.output("tags/u1f389/index.html").contains("Posts tagged “🎉”"));
        assertTrue(site.exists("feed/by_tag/u1f389.xml"));
        assertTrue(site.exists("feed/by_tag/c.xml"));
        String index = site.output("tags/index.html");
        assertTrue(index.contains("href=\"/tags/u1f389/\""), index);
        assertFalse(index.contains("href=\"/tags//\""), index);
    }
}
