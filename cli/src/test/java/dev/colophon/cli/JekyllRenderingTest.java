package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Jekyll's renderer shows templates (issue 16): the {@code layout} of nested layouts, and the
 * {@code content} of other files at each point of its render order. The expected values are what
 * Jekyll 4.3.1 (Debian's) builds from the same files.
 */
class JekyllRenderingTest {

    private static final String PLAIN = "feed: false\nsitemap: false\ntag_pages: false\ncategory_pages: false\n";

    @TempDir
    Path temp;

    @Test
    void nestedLayoutsLayoutDataIsMerged() {
        // just-the-docs' minimal layout sets nav_enabled: false for its parent, which reads layout.nav_enabled.
        TestSite site = TestSite.in(temp).file("_config.yml", PLAIN)
                .file("_layouts/parent.html", "---\nnav_enabled: true\ncolor: red\ndeep: {a: 1, b: 2}\n---\n"
                        + "[{{ layout.nav_enabled }} {{ layout.color }} {{ layout.deep.a }}{{ layout.deep.b }} "
                        + "{{ layout.only_child }} {{ layout.layout }}]{{ content }}")
                .file("_layouts/child.html", "---\nlayout: parent\nnav_enabled: false\nonly_child: true\n"
                        + "deep: {b: 3}\ncolor:\n---\n({{ layout.nav_enabled }} {{ layout.color }}){{ content }}")
                .file("nested.md", "---\nlayout: child\n---\nx")
                .file("plain.md", "---\nlayout: parent\n---\ny");
        site.build();
        // The child's values win, mappings merge key by key, and the child's null keeps the parent's value.
        assertEquals("[false red 13 true parent](false )<p>x</p>\n", site.output("nested.html"));
        assertEquals("[true red 12  ]<p>y</p>\n", site.output("plain.html"));
    }

    @Test
    void pageContentOfOtherPagesInALoopIsWhatJekyllHasRenderedSoFar() {
        // Jekyll renders posts oldest first, then collections, then pages by name; a file's content is its
        // source until it is rendered, its converted body after.
        TestSite site = TestSite.in(temp).file("_config.yml", PLAIN + "collections:\n  notes:\n    output: true\n")
                .file("_layouts/default.html", "{{ content }}")
                .file("_posts/2020-01-01-old.html", "---\ntitle: Old\n---\nOld {% for p in site.posts %}"
                        + "[{{ p.title }}:{{ p.content | strip | escape }}]{% endfor %}")
                .file("_posts/2021-01-01-new.md", "---\ntitle: New\n---\nNew *new*")
                .file("_notes/n.html", "---\n---\nNote {% for p in site.posts %}[{{ p.content | strip | escape }}]"
                        + "{% endfor %}{% for p in site.pages %}[{{ p.url }} {{ p.content | size }}]{% endfor %}")
                .file("a.md", "---\n---\nA *a*")
                .file("m.html", "---\n---\nM {% for p in site.html_pages %}[{{ p.url }} "
                        + "{{ p.content | strip | escape }}]{% endfor %}{% for n in site.notes %}({{ n.content | size }})"
                        + "{% endfor %}")
                .file("z.md", "---\n---\nZ *z*");
        site.build();
        // A page sees the posts, the documents and the pages named before it converted, itself and the
        // pages after it as written.
        assertEquals("M [/a.html &lt;p&gt;A &lt;em&gt;a&lt;/em&gt;&lt;/p&gt;][/m.html M {% for p in site.html_pages %}"
                + "[{{ p.url }} {{ p.content | strip | escape }}]{% endfor %}{% for n in site.notes %}"
                + "({{ n.content | size }}){% endfor %}][/z.html Z *z*](205)", site.output("m.html"));
        // The oldest post renders first: the newer post and itself are as written.
        assertEquals("Old [New:New *new*][Old:Old {% for p in site.posts %}[{{ p.title }}:{{ p.content | strip "
                + "| escape }}]{% endfor %}]", site.output("2020/01/01/old.html"));
        // A document sees the posts converted and the pages as written.
        assertEquals("Note [&lt;p&gt;New &lt;em&gt;new&lt;/em&gt;&lt;/p&gt;][Old [New:New *new*][Old:Old "
                + "{% for p in site.posts %}[{{ p.title }}:{{ p.content | strip | escape }}]{% endfor %}]]"
                + "[/a.html 5][/m.html 151][/z.html 5]", site.output("notes/n.html"));
    }

    @Test
    void pageContentInALayoutIsTheConvertedBody() {
        // Outside bodies Colophon shows every file's converted body; Jekyll would show a page named after
        // the one being written as its source (see RenderOrder).
        TestSite site = TestSite.in(temp).file("_config.yml", PLAIN)
                .file("_layouts/list.html", "{% for p in site.html_pages %}[{{ p.content | strip }}]{% endfor %}")
                .file("a.md", "---\nlayout: list\n---\nA *a*")
                .file("b.md", "---\n---\nB *b*");
        site.build();
        assertEquals("[<p>A <em>a</em></p>][<p>B <em>b</em></p>]", site.output("a.html"));
    }
}
