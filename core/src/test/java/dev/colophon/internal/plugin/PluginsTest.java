package dev.colophon.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.SiteSource;
import dev.colophon.model.Site;
import java.util.Map;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.internal.output.StaticFilesRenderer;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import dev.colophon.spi.Plugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PluginsTest {

    /** A parser whose id, order and extensions a test chooses. */
    private record Parser(String id, int order, Set<String> fileExtensions) implements ContentParser {
        @Override
        public String toHtml(String body, ParseContext context) {
            return id + ":" + body;
        }
    }

    private static Plugins of(Plugin... plugins) {
        return Plugins.of(List.of(plugins), false, PluginsTest.class.getClassLoader());
    }

    @Test
    void theLowerOrderWinsAnExtension() {
        Parser markdown = new Parser("markdown", 0, Set.of("md", "markdown"));
        Parser better = new Parser("better-markdown", -10, Set.of("md"));
        Plugins plugins = of(markdown, better);
        assertSame(better, plugins.parser("md").orElseThrow());
        assertSame(markdown, plugins.parser("markdown").orElseThrow());
        assertEquals(true, plugins.parser("txt").isEmpty());
    }

    @Test
    void twoParsersClaimingOneExtensionAtOneOrderIsAnErrorNamingBoth() {
        ColophonException e = assertThrows(ColophonException.class,
                () -> of(new Parser("a", 0, Set.of("md")), new Parser("b", 0, Set.of("md"))));
        assertEquals("two content parsers claim '.md' files at order 0: " + Parser.class.getName() + " (a) and "
                + Parser.class.getName() + " (b) (give one a lower order() to make it win)", e.getMessage());
    }

    @Test
    void duplicateIdsAreAnError() {
        ColophonException e = assertThrows(ColophonException.class,
                () -> of(new Parser("same", 0, Set.of("a")), new Parser("same", 1, Set.of("b"))));
        assertEquals("two plugins have the id 'same': " + Parser.class.getName() + " and " + Parser.class.getName()
                + " (give one of them another id, or remove one from the class path)", e.getMessage());
    }

    @Test
    void pluginsGivenInCodeAreUsedWithoutDiscovery() {
        Colophon colophon = Colophon.builder().discoverPlugins(false)
                .plugin(new Parser("plain", 0, Set.of("txt")))
                .build();
        // core alone has no front matter reader, so a .txt post's whole text is its body.
        Site site = colophon.read(SiteSource.inMemory(Map.of("_posts/2021-01-01-note.txt", "hello")),
                BuildOptions.defaults());
        assertEquals("plain:hello", site.posts().get(0).html());
        assertEquals("/2021/01/01/note.html", site.posts().get(0).url());
    }

    @Test
    void builtInOnlyLeavesOutPluginsNotShippedWithColophonAndNamesThem() {
        // The test's parser lives in a package of core's tests, which ships no plugin.
        Parser own = new Parser("own", 0, Set.of("own"));
        StaticFilesRenderer statics = new StaticFilesRenderer();
        List<Plugin> skipped = new ArrayList<>();
        Plugins safe = of(own, statics).builtInOnly(skipped::add);
        assertEquals(List.of(own), skipped);
        assertTrue(safe.parser("own").isEmpty());
        assertEquals(List.of(statics), safe.renderers());
    }

    @Test
    void builtInOnlyKeepsTheSamePluginsWhenAllAreColophonsOwn() {
        Plugins plugins = of(new StaticFilesRenderer());
        assertSame(plugins, plugins.builtInOnly(p -> { throw new AssertionError(p.id()); }));
    }
}
