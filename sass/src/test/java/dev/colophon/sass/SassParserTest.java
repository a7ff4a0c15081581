package dev.colophon.sass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.ParseContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The parser on its own, with files in memory: Sass features, settings and error positions. */
class SassParserTest {

    private final SassParser parser = new SassParser();
    private final Map<String, String> files = new HashMap<>();
    private Map<String, Object> sass = Map.of();

    private ParseContext context(String path, int bodyLine) {
        SiteConfig defaults = SiteConfig.defaults();
        SiteConfig config = new SiteConfig(defaults.title(), defaults.description(), defaults.author(),
                defaults.url(), defaults.baseurl(), defaults.permalink(), defaults.timezone(), defaults.exclude(),
                defaults.include(), defaults.future(), defaults.showDrafts(), defaults.excerptSeparator(),
                defaults.feed(), defaults.pagination(), Map.of("sass", sass));
        return new ParseContext(path, bodyLine, config,
                p -> Optional.ofNullable(files.get(p)).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Highlighting.NONE);
    }

    private String css(String scss) {
        return parser.toHtml(scss, context("assets/main.scss", 3));
    }

    private SourceException error(String path, int bodyLine, String body) {
        return assertThrows(SourceException.class, () -> parser.toHtml(body, context(path, bodyLine)));
    }

    @Test
    void describesItself() {
        assertEquals("sass", parser.id());
        assertEquals(Set.of("scss", "sass"), parser.fileExtensions());
        assertEquals("css", parser.outputExtension());
    }

    @Test
    void compilesScssToExpandedCss() {
        assertEquals("nav ul {\n  margin: 0;\n}\nnav a {\n  color: #369;\n}",
                css("$c: #369;\nnav {\n  ul { margin: 0; }\n  a { color: $c; }\n}\n"));
    }

    @Test
    void compilesTheIndentedSyntaxOfSassFiles() {
        String css = parser.toHtml("$c: red\nnav\n  a\n    color: $c\n", context("assets/style.sass", 3));
        assertEquals("nav a {\n  color: red;\n}", css);
    }

    @Test
    void compressesWhenAsked() {
        sass = Map.of("style", "compressed");
        assertEquals("nav a{color:red}", css("nav {\n  a { color: red; }\n}\n"));
        sass = Map.of("style", ":compressed");
        assertEquals("nav a{color:red}", css("nav {\n  a { color: red; }\n}\n"));
    }

    @Test
    void rejectsAStyleDartSassDoesNotHave() {
        sass = Map.of("style", "fancy");
        SourceException e = error("assets/main.scss", 3, "a { b: c }");
        assertEquals(SourcePosition.of("_config.yml"), e.position());
        assertTrue(e.getMessage().contains("fancy"), e.getMessage());
    }

    @Test
    void importsPartialsFromTheSassFolderAndNextToTheImporter() {
        files.put("_sass/_base.scss", "@import \"minima/layout\";\nbody { margin: 0; }\n");
        files.put("_sass/minima/_layout.scss", "@import \"colors\";\n.wrapper { color: $brand; }\n");
        files.put("_sass/minima/_colors.scss", "$brand: #111;\n");
        files.put("assets/_local.scss", ".local { a: b; }\n");
        String css = css("@import \"base\";\n@import \"local\";\n");
        assertEquals(".wrapper {\n  color: #111;\n}\n\nbody {\n  margin: 0;\n}\n\n.local {\n  a: b;\n}", css);
    }

    @Test
    void usesModulesWithNamespaces() {
        files.put("_sass/_theme.scss", "$brand: teal;\n@mixin box { padding: 1px; }\n");
        assertEquals("a {\n  color: teal;\n  padding: 1px;\n}",
                css("@use \"theme\";\n@use \"sass:math\";\na { color: theme.$brand; @include theme.box; }\n"));
    }

    @Test
    void importsIndentedAndCssFiles() {
        files.put("_sass/_mixed.sass", "em\n  font-style: italic\n");
        files.put("_sass/vendor.css", "i { x: y; }\n");
        assertEquals("em {\n  font-style: italic;\n}\n\ni {\n  x: y;\n}",
                css("@import \"mixed\";\n@import \"vendor\";\n"));
    }

    @Test
    void looksInTheConfiguredSassFolderAndLoadPaths() {
        sass = Map.of("sass_dir", "css/partials", "load_paths", List.of("node_modules/lib", "./vendor/"));
        files.put("css/partials/_a.scss", ".a { x: 1; }\n");
        files.put("node_modules/lib/_b.scss", ".b { x: 2; }\n");
        files.put("vendor/_c.scss", ".c { x: 3; }\n");
        files.put("_sass/_d.scss", ".d { x: 4; }\n");
        assertEquals(".a {\n  x: 1;\n}\n\n.b {\n  x: 2;\n}\n\n.c {\n  x: 3;\n}\n\n.d {\n  x: 4;\n}",
                css("@import \"a\", \"b\", \"c\", \"d\";\n"));
    }

    @Test
    void loadPathsComeBeforeTheSassFolder() {
        sass = Map.of("load_paths", "vendor");
        files.put("vendor/_x.scss", ".vendor { a: b; }\n");
        files.put("_sass/_x.scss", ".sass { a: b; }\n");
        assertEquals(".vendor {\n  a: b;\n}", css("@import \"x\";"));
    }

    @Test
    void plainCssImportsAreLeftToTheBrowser() {
        assertEquals("@import \"https://fonts.example/x.css\";\n@import url(print.css) print;",
                css("@import \"https://fonts.example/x.css\";\n@import url(print.css) print;\n"));
    }

    @Test
    void nonAsciiCssDeclaresItsCharsetAsDartSassDoes() {
        assertEquals("@charset \"UTF-8\";\na::before {\n  content: \"é\";\n}", css("a::before { content: \"é\"; }"));
    }

    @Test
    void placesASyntaxErrorInThePageFile() {
        // The body starts on line 5 of the file (after four lines of front matter); the error is on its
        // second line, where Sass, reading "color red" as a nested selector, wants a "{" (column 12).
        SourceException e = error("assets/main.scss", 5, "a {\n  color red;\n}\n");
        assertEquals(new SourcePosition("assets/main.scss", 6, 12), e.position());
        assertTrue(e.getMessage().contains("expected \"{\""), e.getMessage());
        assertEquals("fix the Sass syntax", e.diagnostic().hint());
    }

    @Test
    void placesAnErrorInAPartialInThatPartial() {
        files.put("_sass/_base.scss", "body {\n  margin: 0;\n  color: $nope;\n}\n");
        SourceException e = error("assets/main.scss", 3, "@import \"base\";\n");
        assertEquals(new SourcePosition("_sass/_base.scss", 3, 10), e.position());
        assertEquals("Undefined variable", e.diagnostic().message());
        assertTrue(e.diagnostic().hint().contains("loaded by assets/main.scss"), e.diagnostic().hint());
    }

    @Test
    void namesAMissingImport() {
        SourceException e = error("assets/main.scss", 3, "a { b: c; }\n@import \"nowhere/to-be-found\";\n");
        assertEquals(new SourcePosition("assets/main.scss", 4, 9), e.position());
        assertEquals("Can't find stylesheet to import: nowhere/to-be-found", e.diagnostic().message());
        assertTrue(e.diagnostic().hint().contains("_sass/"), e.diagnostic().hint());
        SourceException use = error("assets/main.scss", 1, "@use \"gone\";\n");
        assertEquals("Can't find stylesheet to import: gone", use.diagnostic().message());
    }

    @Test
    void reportsAnAmbiguousImportWithoutAJavaStackTrace() {
        files.put("_sass/_base.scss", "");
        files.put("_sass/base.scss", "");
        SourceException e = error("assets/main.scss", 3, "@import \"base\";\n");
        assertEquals(new SourcePosition("assets/main.scss", 3, 9), e.position());
        assertTrue(e.diagnostic().message().startsWith("It's not clear which file to import"),
                e.diagnostic().message());
        assertTrue(!e.diagnostic().message().contains("\tat "), e.diagnostic().message());
    }

    @Test
    void anImportLoopIsAnErrorNotAHang() {
        files.put("_sass/_a.scss", "@import \"b\";\n");
        files.put("_sass/_b.scss", "@import \"a\";\n");
        SourceException e = error("assets/main.scss", 3, "@import \"a\";\n");
        assertEquals("_sass/_b.scss", e.position().file());
    }

    @Test
    void aFailedStylesheetDoesNotHarmTheNext() {
        error("assets/main.scss", 1, "a {");
        assertEquals("a {\n  b: c;\n}", css("a { b: c; }"));
    }

    @Test
    void compilesFromManyThreadsAtOnce() throws Exception {
        files.put("_sass/_base.scss", "$w: 1px;\n");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                results.add(pool.submit(() -> css("@import \"base\";\n.n" + n + " { width: $w * " + n + "; }")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(".n" + i + " {\n  width: " + i + "px;\n}", results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
