package dev.colophon.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our output against Rouge's, byte for byte: each {@code rouge/<language>/<case>.in} has next to it the
 * {@code <case>.html} that Rouge 3.30 (Debian's ruby-rouge, the version GitHub Pages runs) wrote with
 * {@code Rouge::Formatters::HTML} for that language. {@code src/test/scripts/regenerate-golden.sh}
 * rewrites them with Rouge; {@code src/test/scripts/compare-with-rouge.sh} compares any other files.
 */
class RougeGoldenTest {

    private final RougeHighlighter highlighter = new RougeHighlighter();

    @TestFactory
    Stream<DynamicTest> matchesRouge() throws IOException {
        return cases().map(in -> DynamicTest.dynamicTest(root().relativize(in).toString(), () -> {
            String language = in.getParent().getFileName().toString();
            String code = Files.readString(in, StandardCharsets.UTF_8);
            String expected = Files.readString(expectedFor(in), StandardCharsets.UTF_8);
            assertEquals(expected, highlighter.highlight(code, language));
        }));
    }

    @Test
    void everyLanguageHasACase() throws IOException {
        List<String> covered;
        try (Stream<Path> dirs = Files.list(root())) {
            covered = dirs.map(p -> p.getFileName().toString()).toList();
        }
        for (String language : List.of("java", "kotlin", "python", "javascript", "typescript", "json", "yaml",
                "ruby", "shell", "console", "html", "xml", "css", "scss", "sql", "go", "rust", "c", "cpp",
                "diff", "liquid", "plaintext")) {
            assertTrue(covered.contains(language), "no golden case for " + language);
            assertTrue(highlighter.languages().contains(language), language);
        }
    }

    private static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".in")).sorted().toList().stream();
        }
    }

    private static Path expectedFor(Path in) {
        String name = in.getFileName().toString();
        return in.resolveSibling(name.substring(0, name.length() - ".in".length()) + ".html");
    }

    private static Path root() {
        try {
            return Path.of(RougeGoldenTest.class.getResource("/rouge").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
