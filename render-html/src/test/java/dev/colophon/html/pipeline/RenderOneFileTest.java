package dev.colophon.html.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.RenderedPage;
import dev.colophon.SiteSource;
import dev.colophon.diagnostic.BuildFailedException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Colophon#render(SiteSource, String, BuildOptions)} converts what the page uses, not every post. */
class RenderOneFileTest {

    private static final Colophon COLOPHON = Colophon.create();

    private static Map<String, String> site() {
        Map<String, String> files = new HashMap<>();
        files.put("_config.yml", "title: T\nurl: https://example.org\n");
        files.put("_posts/2021-01-01-good.md", "---\ntitle: Good\n---\nA *good* post.\n");
        files.put("_posts/2021-01-02-broken.md", "---\ntitle: Broken\n---\n{% if true %}never closed\n");
        return files;
    }

    @Test
    void anotherPostsBrokenLiquidDoesNotStopThePreviewOfThisOne() {
        RenderedPage page = COLOPHON.render(SiteSource.inMemory(site()), "_posts/2021-01-01-good.md",
                BuildOptions.defaults());

        assertTrue(page.html().contains("A <em>good</em> post."), page.html());
        assertEquals("<p>A <em>good</em> post.</p>", page.content().html().strip());
    }

    @Test
    void theFilesOwnBrokenLiquidIsReportedAtItsLine() {
        BuildFailedException e = assertThrows(BuildFailedException.class, () -> COLOPHON.render(
                SiteSource.inMemory(site()), "_posts/2021-01-02-broken.md", BuildOptions.defaults()));

        assertEquals("_posts/2021-01-02-broken.md", e.errors().get(0).position().file());
        assertEquals(4, e.errors().get(0).position().line(), e.getMessage());
    }

    @Test
    void aSiteThatCannotBeReadStillStopsIt() {
        Map<String, String> files = site();
        files.put("_posts/2021-01-03-bad-yaml.md", "---\ntitle: [unclosed\n---\ntext\n");

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> COLOPHON.render(
                SiteSource.inMemory(files), "_posts/2021-01-01-good.md", BuildOptions.defaults()));

        assertEquals("_posts/2021-01-03-bad-yaml.md", e.errors().get(0).position().file());
    }
}
