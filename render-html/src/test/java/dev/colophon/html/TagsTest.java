package dev.colophon.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildResult;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll's tags: highlight, link, post_url, include_relative, include_cached, seo, gist; unknown names. */
class TagsTest {

    private static final String CONFIG = "title: Tags\nurl: https://example.org\nbaseurl: /b\nfeed: false\n"
            + "sitemap: false\ntag_pages: false\ncategory_pages: false\n";

    @TempDir
    Path temp;

    private TestSite site(String extraConfig) {
        return TestSite.in(temp).file("_config.yml", CONFIG + extraConfig)
                .file("_layouts/default.html", "{{ content }}")
                .file("_posts/2021-01-01-first.md", "---\ntitle: First\n---\nx")
                .file("docs/guide.md", "---\ntitle: Guide\n---\ny");
    }

    @Test
    void highlightWithoutAHighlighterEscapesTheCodeInJekyllsFigure() {
        TestSite site = site("").file("code.html", "---\n---\n{% highlight ruby %}\nputs \"<hi>\" if a && b\n{% endhighlight %}");
        site.build();
        assertEquals("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">"
                + "puts &quot;&lt;hi&gt;&quot; if a &amp;&amp; b</code></pre></figure>", site.output("code.html"));
    }

    @Test
    void highlightWithLineNumbersIsAValidTable() {
        TestSite site = site("").file("code.html", "---\n---\n{% highlight js linenos %}\na();\nb();\n{% endhighlight %}");
        site.build();
        assertEquals("<figure class=\"highlight\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\">"
                + "<pre class=\"lineno\">1\n2\n</pre></td><td class=\"code\"><pre><code class=\"language-js\" data-lang=\"js\">"
                + "a();\nb();\n</code></pre></td></tr></tbody></table></figure>", site.output("code.html"));
    }

    @Test
    void linkAndPostUrlGiveUrlsWithTheBaseUrl() {
        TestSite site = site("").file("links.html",
                "---\n---\n{% link docs/guide.md %} {% post_url 2021-01-01-first %} {% link _posts/2021-01-01-first.md %}");
        site.build();
        assertEquals("/b/docs/guide.html /b/2021/01/01/first.html /b/2021/01/01/first.html", site.output("links.html"));
    }

    @Test
    void aLinkToNothingIsAnError() {
        TestSite site = site("").file("links.html", "---\n---\n{% post_url 2020-01-01-nowhere %}");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertTrue(e.errors().get(0).toString().contains("could not find post '2020-01-01-nowhere' for the post_url tag"),
                e.errors().toString());
    }

    @Test
    void includeRelativeReadsBesideThePageAndIncludeCachedIsAnInclude() {
        TestSite site = site("")
                .file("docs/part.md", "Part with {{ include.word }}")
                .file("_includes/box.html", "[{{ include.label }}]")
                .file("docs/page.html", "---\n---\n{% include_relative part.md word=\"params\" %} {% include_cached box.html label=\"x\" %}");
        site.build();
        assertEquals("Part with params [x]", site.output("docs/page.html"));
    }

    @Test
    void anIncludeParsedOnceStillRendersWithEachPagesOwnVariables() {
        TestSite site = site("")
                .file("_includes/title.html", "<h1>{{ page.title }}{% if include.note %} ({{ include.note }}){% endif %}</h1>")
                .file("_layouts/titled.html", "{% include title.html %}{% include title.html note=page.note %}{{ content }}")
                .file("a.html", "---\nlayout: titled\ntitle: A\nnote: first\n---\n")
                .file("b.html", "---\nlayout: titled\ntitle: B\n---\n")
                .file("c.html", "---\nlayout: titled\ntitle: C\nnote: third\n---\n");
        site.build(TestSite.options().withThreads(2));
        assertEquals("<h1>A</h1><h1>A (first)</h1>", site.output("a.html"));
        assertEquals("<h1>B</h1><h1>B</h1>", site.output("b.html"));
        assertEquals("<h1>C</h1><h1>C (third)</h1>", site.output("c.html"));
    }

    @Test
    void aCachedIncludeParsedOnceStillRendersWithEachPagesOwnParameters() {
        TestSite site = site("")
                .file("_includes/title.html", "<h1>{{ page.title }}{% if include.note %} ({{ include.note }}){% endif %}</h1>")
                .file("_layouts/titled.html", "{% include_cached title.html note=page.note %}{{ content }}")
                .file("a.html", "---\nlayout: titled\ntitle: A\nnote: first\n---\n")
                .file("b.html", "---\nlayout: titled\ntitle: B\n---\n");
        site.build(TestSite.options().withThreads(2));
        assertEquals("<h1>A (first)</h1>", site.output("a.html"));
        assertEquals("<h1>B</h1>", site.output("b.html"));
    }

    @Test
    void anIncludeRenderedInsideItselfNestsCorrectly() {
        TestSite site = site("")
                .file("_data/menu.yml", "- name: a\n  children:\n    - name: a1\n      children:\n        - name: a1x\n"
                        + "    - name: a2\n- name: b\n")
                .file("_includes/tree.html", "{% for node in include.nodes %}<li>{{ node.name }}{% if node.children %}"
                        + "<ul>{% include tree.html nodes=node.children %}</ul>{% endif %}</li>{% endfor %}")
                .file("menu.html", "---\n---\n<ul>{% include tree.html nodes=site.data.menu %}</ul>");
        site.build();
        assertEquals("<ul><li>a<ul><li>a1<ul><li>a1x</li></ul></li><li>a2</li></ul></li><li>b</li></ul>",
                site.output("menu.html"));
    }

    @Test
    void seoAndGist() {
        TestSite site = site("").file("about.html", "---\ntitle: About <us>\ndescription: Who & why\n---\n{% seo %}{% gist ada/1234abcd hello.rb %}");
        site.build();
        String html = site.output("about.html");
        // jekyll-seo-tag's own markup and rules: titles go through markdownify and strip_html, so "<us>"
        // is taken for a tag and dropped, exactly as the gem does.
        assertTrue(html.contains("<title>About | Tags</title>"), html);
        assertTrue(html.contains("<meta name=\"description\" content=\"Who &amp; why\" />"), html);
        assertTrue(html.contains("<link rel=\"canonical\" href=\"https://example.org/b/about.html\" />"), html);
        assertTrue(html.contains("\"@type\":\"WebPage\""), "only /about/ counts as the site's page for the gem: " + html);
        assertTrue(html.contains("<script src=\"https://gist.github.com/ada/1234abcd.js?file=hello.rb\"> </script>"), html);
    }

    @Test
    void seoJsonLdIsWrittenInOneOrderEveryRun() {
        TestSite site = site("logo: /logo.png\nauthor: Ada\n").file("_posts/2021-01-01-hi.md", "---\ntitle: Hi\n---\n{% seo %}");
        site.build();
        // jekyll-seo-tag's order; a Map.of here came out in another order in about half of the runs.
        assertTrue(site.output("2021/01/01/hi.html").contains(
                "\"publisher\":{\"@type\":\"Organization\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://example.org/b/logo.png\"},"),
                site.output("2021/01/01/hi.html"));
    }

    @Test
    void unknownFiltersAndTagsAreWarningsByDefault() {
        TestSite site = site("").file("odd.html", "---\n---\nA {{ 'x' | shout }}\n{% sparkle %}B");
        BuildResult result = site.build();
        assertEquals("A x\nB", site.output("odd.html"));
        assertEquals("odd.html:3:12: warning: unknown Liquid filter 'shout', left as it is (check its name, or add the plugin that provides it)",
                result.warnings().get(0).toString());
        assertEquals("odd.html:4:4: warning: unknown Liquid tag 'sparkle', left as it is (check its name, or add the plugin that provides it)",
                result.warnings().get(1).toString());
    }

    @Test
    void unknownFiltersAreErrorsInStrictMode() {
        TestSite site = site("liquid:\n  strict_filters: true\n").file("odd.html", "---\n---\nA\n{{ 'x' | shout }}");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals("odd.html:4:10: error: unknown Liquid filter 'shout' (check its name, or add the plugin that provides it)",
                e.errors().get(0).toString());
    }
}
