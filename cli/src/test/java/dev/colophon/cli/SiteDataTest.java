package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll's site data: _data, collections, front matter defaults, jekyll.environment, related posts. */
class SiteDataTest {

    private static final String PLAIN = "feed: false\nsitemap: false\ntag_pages: false\ncategory_pages: false\n";

    @TempDir
    Path temp;

    private TestSite site(String config) {
        return TestSite.in(temp).file("_config.yml", PLAIN + config)
                .file("_layouts/default.html", "{{ content }}");
    }

    @Test
    void dataFilesInEveryFormatAndNestedFolders() {
        TestSite site = site("")
                .file("_data/nav.yml", "- title: Home\n  url: /\n- title: About\n  url: /about/\n")
                .file("_data/team/people.json", "{\"lead\": {\"name\": \"Ada\", \"age\": 36}}")
                .file("_data/prices.csv", "item,price\ntea,2.50\n\"cake, large\",4\n")
                .file("_data/hours.tsv", "day\topen\nMon\t9\n")
                .file("data.html", "---\n---\n{% for link in site.data.nav %}[{{ link.title }} {{ link.url }}]{% endfor %}"
                        + " {{ site.data.team.people.lead.name }} {{ site.data.team.people.lead.age | plus: 1 }}"
                        + " {% for row in site.data.prices %}({{ row.item }}={{ row.price }}){% endfor %}"
                        + " {{ site.data.hours[0].day }}{{ site.data.hours[0].open }}");
        site.build();
        assertEquals("[Home /][About /about/] Ada 37 (tea=2.50)(cake, large=4) Mon9", site.output("data.html"));
    }

    @Test
    void aBrokenDataFileIsAnErrorAtItsLine() {
        TestSite site = site("").file("_data/bad.json", "{\n  \"a\": 1,\n  \"a\": 2\n}");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertTrue(e.errors().get(0).toString().startsWith("_data/bad.json:3:"), e.errors().toString());
    }

    @Test
    void collectionsWriteDocumentsWhenAskedAndListThemInOrder() {
        TestSite site = site("""
                collections:
                  recipes:
                    output: true
                    permalink: /cook/:path/
                    sort_by: order
                  notes:
                    output: false
                """)
                .file("_recipes/bread.md", "---\ntitle: Bread\norder: 2\n---\nFlour *and* water.")
                .file("_recipes/soup/tomato.md", "---\ntitle: Tomato soup\norder: 1\n---\nTomatoes.")
                .file("_recipes/photo.png", "PNG")
                .file("_notes/secret.md", "---\ntitle: Secret\n---\nNot written.")
                .file("list.html", "---\n---\n{% for r in site.recipes %}{{ r.title }} {{ r.url }} {{ r.collection }};{% endfor %}"
                        + " {% for c in site.collections %}{{ c.label }}:{{ c.docs.size }}:{{ c.output }} {% endfor %}"
                        + "{{ site.notes[0].title }}");
        site.build();
        assertEquals("Tomato soup /cook/soup/tomato/ recipes;Bread /cook/bread/ recipes; "
                + "posts:0:true recipes:2:true notes:1:false Secret", site.output("list.html"));
        assertEquals("<p>Flour <em>and</em> water.</p>\n", site.output("cook/bread/index.html"));
        assertTrue(site.exists("recipes/photo.png"), site.outputs()::toString);
        assertFalse(site.outputs().stream().anyMatch(p -> p.contains("secret")), site.outputs()::toString);
    }

    @Test
    void frontMatterDefaultsByPathAndType() {
        TestSite site = site("""
                defaults:
                  - scope: {path: ""}
                    values: {layout: default, author: Everyone}
                  - scope: {path: "", type: posts}
                    values: {layout: post, author: Poster}
                  - scope: {path: "docs"}
                    values: {author: Docs team}
                """)
                .file("_layouts/post.html", "POST {{ page.author }}: {{ content }}")
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nA.")
                .file("_posts/2021-01-02-b.md", "---\ntitle: B\nauthor: Bee\n---\nB.")
                .file("docs/guide.html", "---\n---\n{{ page.author }} {{ page.layout }}")
                .file("about.html", "---\n---\n{{ page.author }}");
        site.build();
        assertEquals("POST Poster: <p>A.</p>\n", site.output("2021/01/01/a.html"));
        assertEquals("POST Bee: <p>B.</p>\n", site.output("2021/01/02/b.html"));
        assertEquals("Docs team default", site.output("docs/guide.html"));
        assertEquals("Everyone", site.output("about.html"));
    }

    @Test
    void environmentAndRelatedPosts() {
        TestSite site = site("")
                .file("_layouts/post.html", "{{ jekyll.environment }} {% for p in site.related_posts %}{{ p.title }},{% endfor %}");
        for (int i = 1; i <= 12; i++) {
            site.file(String.format("_posts/2021-01-%02d-p%d.md", i, i), "---\nlayout: post\ntitle: P" + i + "\n---\nx");
        }
        site.build(TestSite.options().withEnvironment("production"));
        assertEquals("production P12,P11,P10,P9,P8,P7,P6,P5,P4,P2,", site.output("2021/01/03/p3.html"));
    }
}
