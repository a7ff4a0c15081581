package dev.colophon.sass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Import resolution alone, without Dart Sass: Sass's file-name rules over the site's files. */
class ImportResolverTest {

    private static ImportResolver resolver(List<String> loadPaths, String... paths) {
        Map<String, byte[]> files = new java.util.HashMap<>();
        for (String path : paths) {
            files.put(path, "a { b: c }".getBytes(StandardCharsets.UTF_8));
        }
        return new ImportResolver(p -> Optional.ofNullable(files.get(p)), loadPaths);
    }

    private static String found(ImportResolver resolver, String url, boolean fromImport) {
        return resolver.canonicalize(url, fromImport).flatMap(ImportResolver::path).orElse("(none)");
    }

    @Test
    void partialsAndExtensionsAreFoundInTheLoadPaths() {
        ImportResolver r = resolver(List.of("_sass"), "_sass/_base.scss", "_sass/plain.sass", "_sass/old.css",
                "_sass/minima/_layout.scss");
        assertEquals("_sass/_base.scss", found(r, "base", false));
        assertEquals("_sass/_base.scss", found(r, "base.scss", false));
        assertEquals("_sass/_base.scss", found(r, "_base", false));
        assertEquals("_sass/plain.sass", found(r, "plain", false));
        assertEquals("_sass/old.css", found(r, "old", true));
        assertEquals("_sass/minima/_layout.scss", found(r, "minima/layout", true));
        assertEquals("(none)", found(r, "nope", true));
    }

    @Test
    void loadPathsAreTriedInOrder() {
        ImportResolver r = resolver(List.of("vendor", "_sass"), "_sass/_a.scss", "vendor/_a.scss", "_sass/_b.scss");
        assertEquals("vendor/_a.scss", found(r, "a", false));
        assertEquals("_sass/_b.scss", found(r, "b", false));
    }

    @Test
    void theRootIsALoadPathWhenConfiguredSo() {
        assertEquals("css/_x.scss", found(resolver(List.of(""), "css/_x.scss"), "css/x", false));
    }

    @Test
    void relativeUrlsArriveResolvedAgainstTheImportingFile() {
        ImportResolver r = resolver(List.of("_sass"), "assets/_local.scss", "_sass/_base.scss");
        assertEquals("assets/_local.scss", found(r, "colophon:/assets/local", false));
        assertEquals("_sass/_base.scss", found(r, "colophon:/_sass/base", false));
        assertEquals("(none)", found(r, "colophon:/assets/base", false));
    }

    @Test
    void indexFilesStandForTheirFolder() {
        ImportResolver r = resolver(List.of("_sass"), "_sass/theme/_index.scss");
        assertEquals("_sass/theme/_index.scss", found(r, "theme", false));
    }

    @Test
    void importOnlyFilesServeOnlyImports() {
        ImportResolver r = resolver(List.of("_sass"), "_sass/_lib.scss", "_sass/_lib.import.scss");
        assertEquals("_sass/_lib.import.scss", found(r, "lib", true));
        assertEquals("_sass/_lib.scss", found(r, "lib", false));
    }

    @Test
    void aPartialAndAFileOfTheSameNameAreAmbiguous() {
        ImportResolver r = resolver(List.of("_sass"), "_sass/_base.scss", "_sass/base.scss");
        var e = assertThrows(ImportResolver.AmbiguousImportException.class, () -> r.canonicalize("base", false));
        assertTrue(e.getMessage().contains("_sass/_base.scss, _sass/base.scss"), e.getMessage());
    }

    @Test
    void importsCannotClimbOutOfTheSite() {
        ImportResolver r = resolver(List.of("_sass"), "_sass/_base.scss");
        assertEquals("(none)", found(r, "../../etc/passwd", false));
        assertEquals("_sass/_base.scss", found(r, "../_sass/base", false));
        assertEquals("(none)", found(r, "https://example.org/x", false));
        assertEquals("(none)", found(r, "/etc/passwd", false));
    }

    @Test
    void urlsRoundTripPathsWithOddCharacters() {
        for (String path : List.of("assets/main.scss", "a b/c(d).scss", "ünï/cödé.scss", "(scssify)")) {
            assertEquals(path, ImportResolver.path(ImportResolver.url(path)).orElseThrow());
        }
        assertEquals(Optional.empty(), ImportResolver.path("file:///x.scss"));
    }

    @Test
    void loadedContentsAreThoseOfTheFileFound() {
        ImportResolver r = resolver(List.of("_sass"), "_sass/_base.scss");
        String url = r.canonicalize("base", false).orElseThrow();
        assertEquals("a { b: c }", new String(r.load(url).orElseThrow(), StandardCharsets.UTF_8));
    }
}
