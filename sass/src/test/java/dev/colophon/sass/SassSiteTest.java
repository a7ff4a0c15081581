package dev.colophon.sass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.SiteSource;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Page;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sites built for real: Sass pages become CSS files, Jekyll's way. */
class SassSiteTest {

    private static final String CONFIG = "feed: false\nsitemap: false\n";

    @TempDir
    Path dir;

    private TestSite site(String config) {
        return TestSite.in(dir).file("_config.yml", CONFIG + config);
    }

    /** A stylesheet's CSS, without the source map comment it ends with (checked). */
    private static String css(TestSite site, String path) {
        String css = site.output(path);
        String comment = "\n\n/*# sourceMappingURL=" + path.substring(path.lastIndexOf('/') + 1) + ".map */";
        assertTrue(css.endsWith(comment), css);
        assertTrue(site.exists(path + ".map"), path + ".map");
        return css.substring(0, css.length() - comment.length());
    }

    private static Diagnostic onlyError(TestSite site) {
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().get(0);
    }

    @Test
    void aScssPageWithFrontMatterBecomesCssImportingPartials() {
        TestSite site = site("")
                .file("assets/main.scss", "---\n---\n@import \"base\";\n.page { color: $brand; }\n")
                .file("_sass/_base.scss", "@import \"minima/colors\";\nbody { margin: 0; }\n")
                .file("_sass/minima/_colors.scss", "$brand: #2a7ae2;\n");
        site.build();
        assertEquals("body {\n  margin: 0;\n}\n\n.page {\n  color: #2a7ae2;\n}", css(site, "assets/main.css"));
        assertFalse(site.exists("assets/main.scss"));
        // Neither the page's source nor the partials are published.
        assertTrue(site.outputs().stream().noneMatch(p -> p.endsWith(".scss") || p.startsWith("_sass")),
                site.outputs().toString());
    }

    @Test
    void aSassPageUsesTheIndentedSyntax() {
        TestSite site = site("").file("css/style.sass", "---\n---\n$c: navy\nnav\n  a\n    color: $c\n");
        site.build();
        assertEquals("nav a {\n  color: navy;\n}", css(site, "css/style.css"));
    }

    @Test
    void compressedStyle() {
        TestSite site = site("sass:\n  style: compressed\n")
                .file("assets/main.scss", "---\n---\n@import \"base\";\n")
                .file("_sass/_base.scss", "nav {\n  a { color: red; }\n  p { margin: 0 auto; }\n}\n");
        site.build();
        assertEquals("nav a{color:red}nav p{margin:0 auto}", css(site, "assets/main.css"));
    }

    @Test
    void anotherSassFolder() {
        TestSite site = site("sass:\n  sass_dir: css/_partials\n")
                .file("css/main.scss", "---\n---\n@import \"grid\";\n")
                .file("css/_partials/_grid.scss", ".grid { display: grid; }\n");
        site.build();
        assertEquals(".grid {\n  display: grid;\n}", css(site, "css/main.css"));
    }

    @Test
    void loadPaths() {
        TestSite site = site("sass:\n  load_paths:\n    - _vendor/bootstrap\n    - _vendor/icons\n")
                .file("assets/main.scss", "---\n---\n@use \"buttons\";\n@import \"icons\";\n")
                .file("_vendor/bootstrap/_buttons.scss", ".btn { padding: 1px; }\n")
                .file("_vendor/icons/icons.scss", ".icon { width: 1em; }\n");
        site.build();
        assertEquals(".btn {\n  padding: 1px;\n}\n\n.icon {\n  width: 1em;\n}", css(site, "assets/main.css"));
    }

    @Test
    void liquidIsRenderedBeforeSass() {
        TestSite site = site("brand: \"#ff6600\"\n")
                .file("assets/main.scss", "---\n---\n$brand: {{ site.brand }};\na { color: $brand; }\n");
        site.build();
        assertEquals("a {\n  color: #ff6600;\n}", css(site, "assets/main.css"));
    }

    @Test
    void theScssifyAndSassifyFiltersCompile() {
        TestSite site = site("").file("inline.html", "---\n---\n{% capture s %}nav\n  a\n    color: red\n"
                // A brace inside {{ }} ends the output in Liquid, so SCSS text comes from a variable.
                + "{% endcapture %}{% capture c %}p { q: r; }{% endcapture %}"
                + "<style>{{ s | sassify }}|{{ c | scssify }}</style>\n");
        site.build();
        assertEquals("<style>nav a {\n  color: red;\n}|p {\n  q: r;\n}</style>\n", site.output("inline.html"));
    }

    @Test
    void aScssFileWithoutFrontMatterIsCopiedAsItIs() {
        String scss = "$x: 1px;\na { b: $x; }\n";
        TestSite site = site("").file("assets/vendor.scss", scss);
        site.build();
        assertEquals(scss, site.output("assets/vendor.scss"));
        assertFalse(site.exists("assets/vendor.css"));
    }

    @Test
    void aSyntaxErrorIsPlacedInThePageFile() {
        // Three lines of front matter: the body starts on line 4, the bad line is the body's second.
        TestSite site = site("").file("assets/main.scss", "---\ntitle: x\n---\na {\n  color: red;;\n  b: (1;\n}\n");
        Diagnostic error = onlyError(site);
        assertEquals(new SourcePosition("assets/main.scss", 6, 8), error.position());
        assertEquals("expected \")\"", error.message());
        assertEquals("fix the Sass syntax", error.hint());
    }

    @Test
    void anErrorInAPartialNamesThePartialAndItsLine() {
        TestSite site = site("")
                .file("assets/main.scss", "---\n---\n@import \"base\";\n")
                .file("_sass/_base.scss", "@import \"deep/broken\";\n")
                .file("_sass/deep/_broken.scss", "// fine\n// fine\n.x { y: z\n");
        Diagnostic error = onlyError(site);
        assertEquals(new SourcePosition("_sass/deep/_broken.scss", 3, 10), error.position());
        assertEquals("expected \"}\"", error.message());
        assertTrue(error.hint().contains("loaded by assets/main.scss"), error.hint());
    }

    @Test
    void aMissingImportIsNamed() {
        TestSite site = site("").file("assets/main.scss", "---\n---\n\n@import \"does-not-exist\";\n");
        Diagnostic error = onlyError(site);
        assertEquals(new SourcePosition("assets/main.scss", 4, 9), error.position());
        assertEquals("Can't find stylesheet to import: does-not-exist", error.message());
    }

    @Test
    void oneBrokenStylesheetDoesNotHideAnother() {
        TestSite site = site("")
                .file("a.scss", "---\n---\na {")
                .file("b.scss", "---\n---\n@import \"gone\";");
        BuildFailedException e = assertThrows(BuildFailedException.class, site::build);
        assertEquals(List.of("a.scss", "b.scss"),
                e.errors().stream().map(d -> d.position().file()).sorted().toList());
    }

    @Test
    void inMemorySitesImportThroughTheSiteFiles() {
        Map<String, String> files = Map.of(
                "_config.yml", CONFIG,
                "assets/main.scss", "---\n---\n@import \"base\";\n",
                "_sass/_base.scss", "p { margin: 0; }\n");
        Page page = Colophon.create().read(SiteSource.inMemory(files), BuildOptions.defaults().withNow(TestSite.NOW))
                .pages().stream().filter(p -> p.path().equals("assets/main.scss")).findFirst().orElseThrow();
        assertEquals("p {\n  margin: 0;\n}\n\n/*# sourceMappingURL=main.css.map */", page.html());
        assertEquals(Set.of("assets/main.css.map"), page.sidecars().keySet());
        assertEquals("assets/main.css", page.outputPath());
    }

    @Test
    void aSourceMapIsWrittenBesideEachStylesheetNamingSourcesByTheirSitePaths() throws Exception {
        TestSite site = site("")
                .file("assets/css/main.scss", "---\n---\n@import \"base\";\n.page { color: red; }\n")
                .file("_sass/_base.scss", "body { margin: 0; }\n");
        site.build();
        assertTrue(site.output("assets/css/main.css").endsWith("}\n\n/*# sourceMappingURL=main.css.map */"));
        JsonNode map = new ObjectMapper().readTree(site.output("assets/css/main.css.map"));
        assertEquals(3, map.get("version").asInt());
        assertEquals("main.css", map.get("file").asText());
        List<String> sources = new ArrayList<>();
        map.get("sources").forEach(s -> sources.add(s.asText()));
        assertEquals(List.of("_sass/_base.scss", "assets/css/main.scss"), sources.stream().sorted().toList());
        // The sources travel inside the map: neither the page's source nor the partial is published.
        String content = map.get("sourcesContent").get(sources.indexOf("_sass/_base.scss")).asText();
        assertEquals("body { margin: 0; }\n", content);
        assertFalse(map.get("mappings").asText().isEmpty());
        assertFalse(site.exists("_sass/_base.scss"));
    }

    @Test
    void aPageOfImportsOnlyIsStillListedInItsMap() throws Exception {
        TestSite site = site("").file("main.scss", "---\n---\n@import \"base\";\n")
                .file("_sass/_base.scss", "body { margin: 0; }\n");
        site.build();
        JsonNode map = new ObjectMapper().readTree(site.output("main.css.map"));
        assertEquals("[\"_sass/_base.scss\",\"main.scss\"]", map.get("sources").toString());
        assertEquals("@import \"base\";\n", map.get("sourcesContent").get(1).asText());
    }

    @Test
    void noSourceMapWhenTheSiteSaysNever() {
        TestSite site = site("sass:\n  sourcemap: never\n  style: compressed\n")
                .file("assets/main.scss", "---\n---\na { b: c; }\n");
        site.build();
        assertEquals("a{b:c}", site.output("assets/main.css"));
        assertFalse(site.exists("assets/main.css.map"));
    }

    @Test
    void developmentMeansOnlyInTheDevelopmentEnvironment() {
        TestSite site = site("sass:\n  sourcemap: :development\n").file("assets/main.scss", "---\n---\na { b: c; }\n");
        site.build(TestSite.options().withEnvironment("production"));
        assertEquals("a {\n  b: c;\n}", site.output("assets/main.css"));
        assertFalse(site.exists("assets/main.css.map"));
        site.build(TestSite.options().withEnvironment("development"));
        assertEquals("a {\n  b: c;\n}", css(site, "assets/main.css"));
    }

    @Test
    void anUnknownSourceMapSettingIsAnError() {
        TestSite site = site("sass:\n  sourcemap: sometimes\n").file("assets/main.scss", "---\n---\na { b: c; }\n");
        Diagnostic error = onlyError(site);
        assertEquals("_config.yml", error.position().file());
        assertEquals("unknown value \"sometimes\" for sass.sourcemap", error.message());
        assertEquals("use always (the default), never or development", error.hint());
    }
}
