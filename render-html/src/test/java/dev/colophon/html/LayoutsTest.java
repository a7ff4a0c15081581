package dev.colophon.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts and includes: nesting, and the errors a user meets, each with its place. */
class LayoutsTest {

    @TempDir
    Path temp;

    private static String firstError(TestSite site) {
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        return e.errors().get(0).toString();
    }

    @Test
    void aMissingLayoutNamesTheFileAndTheLayouts() {
        TestSite site = TestSite.in(temp)
                .file("_layouts/default.html", "{{ content }}")
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\nlayout: psot\n---\nA");
        assertEquals("_posts/2021-01-01-a.md:3:1: error: layout 'psot' does not exist "
                + "(create _layouts/psot.html, or use one of: default)", firstError(site));
    }

    @Test
    void aLayoutCycleIsAnErrorNotAStackOverflow() {
        TestSite site = TestSite.in(temp)
                .file("_layouts/a.html", "---\nlayout: b\n---\nA{{ content }}")
                .file("_layouts/b.html", "---\nlayout: a\n---\nB{{ content }}")
                .file("_posts/2021-01-01-a.md", "---\nlayout: a\n---\nx");
        // At the 'layout:' line that closes the cycle.
        assertEquals("_layouts/b.html:2:1: error: layouts nest in a cycle: a → b → a "
                + "(remove the 'layout:' that closes the cycle)", firstError(site));
    }

    @Test
    void anIncludeThatIncludesItselfIsAnError() {
        TestSite site = TestSite.in(temp)
                .file("_layouts/default.html", "{% include loop.html %}{{ content }}")
                .file("_includes/loop.html", "again {% include loop.html %}")
                .file("_posts/2021-01-01-a.md", "---\nlayout: default\n---\nx");
        String error = firstError(site);
        assertTrue(error.startsWith("_layouts/default.html:1:1: error: includes nest more than 64 deep at 'loop.html'"),
                error);
    }

    @Test
    void aMissingIncludeIsAnError() {
        TestSite site = TestSite.in(temp)
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nBefore\n\n{% include nowhere.html %}");
        assertEquals("_posts/2021-01-01-a.md:6:1: error: include _includes/nowhere.html does not exist "
                + "(create it, or fix the name in the {% include %} tag)", firstError(site));
    }

    @Test
    void aLiquidSyntaxErrorPointsAtTheLineInTheFile() {
        TestSite site = TestSite.in(temp)
                .file("_posts/2021-01-01-a.md", "---\ntitle: A\n---\nLine one\n\n{% if true %}never closed\n");
        assertEquals("_posts/2021-01-01-a.md:6:1: error: {% if %} is not closed (add {% endif %} where its block ends)",
                firstError(site));
    }

    @Test
    void manyThreadsGiveTheSameBytesAsOne() throws IOException {
        TestSite site = TestSite.in(temp).file("_config.yml", "title: Threads\nurl: https://example.org\n")
                .file("_includes/note.html", "<aside>{{ include.text }}</aside>");
        for (int i = 1; i <= 40; i++) {
            site.file(String.format("_posts/2021-02-%02d-post-%d.md", i % 28 + 1, i),
                    "---\ntitle: Post " + i + "\ntags: [t" + (i % 3) + "]\n---\nBody " + i
                            + " {% include note.html text=page.title %}\n\nMore \"text\".");
        }
        site.build(TestSite.options().withThreads(1));
        List<String> files = site.outputs();
        List<String> single = files.stream().map(site::output).toList();
        site.build(TestSite.options().withThreads(4));
        assertEquals(files, site.outputs());
        assertEquals(single, files.stream().map(site::output).toList());
        assertTrue(Files.readString(site.destination().resolve("index.html")).contains("Post 40"));
    }
}
