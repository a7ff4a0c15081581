package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.spi.Document;
import dev.colophon.spi.SourceText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the golden files in {@code golden/json} do not show; see {@link FrontMatterGoldenTest}. */
class JsonFrontMatterReaderTest {

    static final String PATH = "content/posts/hello.md";

    private final JsonFrontMatterReader reader = new JsonFrontMatterReader();

    private Document read(String path, String text) {
        return reader.read(new SourceText(path, text)).orElseThrow();
    }

    @Test
    void identifiesItself() {
        assertEquals("json", reader.id());
        assertEquals(0, reader.order());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.md", "a.markdown", "a.mkd", "a.mkdn", "a.mkdown", "a.html", "a.htm", "_posts/A.MD"})
    void readsMarkdownAndHtmlFiles(String path) {
        assertEquals(Map.of("title", "x"), read(path, "{\"title\": \"x\"}\n").frontMatter().values());
    }

    /** A JSON file, or a script or style sheet, is JSON or code itself, not a page with front matter. */
    @ParameterizedTest
    @ValueSource(strings = {"feed.json", "manifest.webmanifest", "_includes/schema.json", "app.js", "a.txt", "README"})
    void leavesFilesThatAreNotPagesAlone(String path) {
        assertTrue(reader.read(new SourceText(path, "{\n  \"title\": \"x\"\n}\n")).isEmpty(), path);
    }

    @Test
    void leavesOtherTextAlone() {
        for (String text : List.of("{{ page.title }}\n", "{%- if x -%}\n", "{x}\n", " {\"a\": 1}\n", "---\na: 1\n---\n",
                "+++\na = 1\n+++\n", "", "{")) {
            assertTrue(reader.read(new SourceText(PATH, text)).isEmpty(), text);
        }
    }

    @Test
    void readsWindowsLineEnds() {
        Document document = read(PATH, "{\r\n  \"title\": \"Hello\",\r\n  \"draft\": true\r\n}\r\nBody\r\n");

        assertEquals(Map.of("title", "Hello", "draft", true), document.frontMatter().values());
        assertEquals(3, document.frontMatter().line("draft"));
        assertEquals("Body\r\n", document.body());
        assertEquals(5, document.bodyLine());
    }

    @Test
    void braceAloneWithNothingAfterItIsAnUnclosedBlock() {
        SourceException e = assertThrows(SourceException.class, () -> read(PATH, "{\n"));
        assertEquals(PATH + ":1:1: error: front matter is not closed (end the JSON object with a '}' that matches the"
                + " '{' on line 1, and close every string)", e.getMessage());
    }

    @Test
    void deepNestingIsAnError() {
        String deep = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}\n";
        SourceException e = assertThrows(SourceException.class, () -> read(PATH, deep));
        assertEquals("the front matter nests lists or mappings more than 50 levels deep", e.diagnostic().message());
    }

    @Test
    void yamlAndTomlReadersLeaveJsonAlone() {
        SourceText json = new SourceText(PATH, "{\"title\": \"x\"}\n");
        assertTrue(new YamlFrontMatterReader().read(json).isEmpty());
        assertTrue(new TomlFrontMatterReader().read(json).isEmpty());
    }
}
