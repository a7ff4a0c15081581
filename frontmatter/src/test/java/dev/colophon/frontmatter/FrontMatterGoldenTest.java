package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.model.FrontMatter;
import dev.colophon.spi.Document;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the TOML and JSON readers: each {@code golden/READER/NAME.md} is read, and what came out
 * (every value with its Java type, the line of each top-level key, the body and its line, or the error as it
 * is printed) must equal {@code NAME.expected} beside it. To see what a new input gives, add it with an
 * empty {@code .expected} file and read the failure.
 */
class FrontMatterGoldenTest {

    @TestFactory
    Stream<DynamicTest> toml() {
        return cases("toml", new TomlFrontMatterReader());
    }

    @TestFactory
    Stream<DynamicTest> json() {
        return cases("json", new JsonFrontMatterReader());
    }

    private static Stream<DynamicTest> cases(String folder, FrontMatterReader reader) {
        Path dir = resource("golden/" + folder);
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString();
            Path expected = input.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".expected");
            String text = Files.readString(input);
            assertEquals(Files.readString(expected), describe(reader, name, text), name);
        }));
    }

    /** What a reader makes of a file, one fact a line. */
    static String describe(FrontMatterReader reader, String path, String text) {
        Optional<Document> document;
        try {
            document = reader.read(new SourceText(path, text));
        } catch (SourceException e) {
            return e.diagnostic() + "\n";
        }
        if (document.isEmpty()) {
            return "not front matter\n";
        }
        StringBuilder out = new StringBuilder();
        FrontMatter frontMatter = document.get().frontMatter();
        frontMatter.values().forEach((key, value) -> {
            out.append(key).append(" (line ").append(frontMatter.line(key)).append(") = ");
            value(out, value, "  ");
        });
        out.append("body (line ").append(document.get().bodyLine()).append(") = ")
                .append(quoted(document.get().body())).append('\n');
        return out.toString();
    }

    private static void value(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            out.append("Map\n");
            map.forEach((key, item) -> {
                out.append(indent).append(key).append(" = ");
                value(out, item, indent + "  ");
            });
        } else if (value instanceof List<?> list) {
            out.append("List\n");
            for (Object item : list) {
                out.append(indent).append("- ");
                value(out, item, indent + "  ");
            }
        } else if (value instanceof String text) {
            out.append("String ").append(quoted(text)).append('\n');
        } else if (value == null) {
            out.append("null\n");
        } else {
            out.append(value.getClass().getSimpleName()).append(' ').append(value).append('\n');
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }

    private static Path resource(String name) {
        try {
            return Path.of(FrontMatterGoldenTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
