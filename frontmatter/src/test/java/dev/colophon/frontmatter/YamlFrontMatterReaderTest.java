package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.FrontMatter;
import dev.colophon.spi.Document;
import dev.colophon.spi.SourceText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlFrontMatterReaderTest {

    static final String PATH = "_posts/2024-03-09-hello.md";

    private final YamlFrontMatterReader reader = new YamlFrontMatterReader();

    private Document read(String... lines) {
        return reader.read(new SourceText(PATH, String.join("\n", lines))).orElseThrow();
    }

    private SourceException error(String... lines) {
        return assertThrows(SourceException.class, () -> read(lines));
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(PATH, line, column);
    }

    @Test
    void identifiesItself() {
        assertEquals("yaml", reader.id());
        assertEquals(0, reader.order());
    }

    @Test
    void readsTypicalPost() {
        Document document = read(
                "---",
                "layout: post",
                "title: Hello, world",
                "tags: [java, blogging]",
                "categories:",
                "  - notes",
                "draft: true",
                "---",
                "# Hello",
                "",
                "Body text.");

        FrontMatter frontMatter = document.frontMatter();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("layout", "post");
        expected.put("title", "Hello, world");
        expected.put("tags", List.of("java", "blogging"));
        expected.put("categories", List.of("notes"));
        expected.put("draft", true);
        assertEquals(expected, frontMatter.values());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(frontMatter.values().keySet()));
        assertEquals(Optional.of(true), frontMatter.bool("draft"));
        assertEquals(List.of("java", "blogging"), frontMatter.words("tags"));
        assertEquals("# Hello\n\nBody text.", document.body());
        assertEquals(9, document.bodyLine());
    }

    @Test
    void keyLinesAreFileLines() {
        FrontMatter frontMatter = read(
                "---",
                "# a comment",
                "title: Hello",
                "tags:",
                "  - a",
                "  - b",
                "",
                "layout: post",
                "---").frontMatter();

        assertEquals(Map.of("title", 3, "tags", 4, "layout", 8), frontMatter.keyLines());
        assertEquals(8, frontMatter.line("layout"));
    }

    @Test
    void keepsDecimalDigitsAsWritten() {
        FrontMatter frontMatter = read("---", "title: 1.10", "version: 2.0", "---", "").frontMatter();

        assertEquals(new BigDecimal("1.10"), frontMatter.values().get("title"));
        assertEquals(Optional.of("1.10"), frontMatter.string("title"));
        assertEquals(Optional.of("2.0"), frontMatter.string("version"));
    }

    @Test
    void keepsDatesAsWritten() {
        FrontMatter frontMatter = read(
                "---",
                "date: 2024-03-09 23:30:00 -05:00",
                "updated: 2021-03-26",
                "iso: 2024-03-09T23:30:00Z",
                "---").frontMatter();

        assertEquals("2024-03-09 23:30:00 -05:00", frontMatter.values().get("date"));
        assertEquals("2021-03-26", frontMatter.values().get("updated"));
        assertEquals("2024-03-09T23:30:00Z", frontMatter.values().get("iso"));
    }

    @Test
    void fileWithoutFrontMatterIsEmpty() {
        for (String text : List.of("", "# Title\n---\n", "----\ntitle: x\n----\n", "--- title: x\n---\n",
                " ---\ntitle: x\n---\n", "text\n---\na: 1\n---\n")) {
            assertEquals(Optional.empty(), reader.read(new SourceText(PATH, text)), text);
        }
    }

    @Test
    void emptyBlockIsEmptyFrontMatter() {
        Document document = read("---", "---", "Body");

        assertSame(FrontMatter.EMPTY, document.frontMatter());
        assertEquals("Body", document.body());
        assertEquals(3, document.bodyLine());
    }

    @Test
    void blockOfOnlyCommentsOrNullIsEmpty() {
        assertSame(FrontMatter.EMPTY, read("---", "# just a comment", "", "---", "").frontMatter());
        assertSame(FrontMatter.EMPTY, read("---", "~", "---", "").frontMatter());
    }

    @Test
    void acceptsBomAndCrlf() {
        String text = "\uFEFF---  \r\ntitle: Hello\r\ntags:\r\n  - a\r\n--- \r\nLine one\r\nLine two\r\n";

        Document document = reader.read(new SourceText(PATH, text)).orElseThrow();

        assertEquals(Map.of("title", "Hello", "tags", List.of("a")), document.frontMatter().values());
        assertEquals(Map.of("title", 2, "tags", 3), document.frontMatter().keyLines());
        assertEquals("Line one\r\nLine two\r\n", document.body());
        assertEquals(6, document.bodyLine());
    }

    @Test
    void closesWithDots() {
        Document document = read("---", "title: x", "...", "body");

        assertEquals(Map.of("title", "x"), document.frontMatter().values());
        assertEquals("body", document.body());
        assertEquals(4, document.bodyLine());
    }

    @Test
    void closingLineAtEndOfFileLeavesEmptyBody() {
        Document document = read("---", "title: x", "---");

        assertEquals("", document.body());
        assertEquals(4, document.bodyLine());
    }

    @Test
    void indentedDashesInsideBlockScalarDoNotClose() {
        Document document = read("---", "excerpt: |", "  ---", "  more", "---", "body");

        assertEquals("---\nmore\n", document.frontMatter().values().get("excerpt"));
        assertEquals(6, document.bodyLine());
    }

    @Test
    void unclosedBlockIsAnErrorAtTheOpeningLine() {
        SourceException e = error("---", "title: x", "", "Some text");

        assertEquals(at(1, 1), e.diagnostic().position());
        assertEquals("front matter is not closed", e.diagnostic().message());
        assertEquals("end the block with a line '---'", e.diagnostic().hint());
        assertEquals(PATH + ":1:1: error: front matter is not closed (end the block with a line '---')",
                e.diagnostic().toString());
    }

    @Test
    void lonelyOpeningLineIsUnclosed() {
        assertEquals(at(1, 1), error("---").diagnostic().position());
    }

    @Test
    void malformedYamlIsPlacedInTheFile() {
        SourceException e = error(
                "---",
                "title: Hello",
                "layout: post",
                "summary: a: b",
                "---");

        assertEquals(at(4, 11), e.diagnostic().position());
        assertEquals("mapping values are not allowed here", e.diagnostic().message());
        assertEquals("check the YAML syntax of the front matter", e.diagnostic().hint());
    }

    @Test
    void malformedYamlAfterBomAndCrlfIsPlacedInTheFile() {
        String text = "\uFEFF---\r\ntitle: Hello\r\ntags: [a, b\r\n---\r\n";

        SourceException e = assertThrows(SourceException.class, () -> reader.read(new SourceText(PATH, text)));

        assertEquals(at(4, 1), e.diagnostic().position());
        assertEquals("expected ',' or ']', but got <stream end>", e.diagnostic().message());
    }

    @Test
    void tabIndentationIsPlacedInTheFile() {
        SourceException e = error("---", "title: x", "tags:", "\t- a", "---");

        assertEquals(at(4, 1), e.diagnostic().position());
        assertEquals("a tab character indents this line, and YAML allows only spaces", e.diagnostic().message());
        assertEquals("indent with spaces", e.diagnostic().hint());
    }

    @Test
    void topLevelListIsRejected() {
        SourceException e = error("---", "- a", "- b", "---");

        assertEquals(at(2, 1), e.diagnostic().position());
        assertEquals("front matter must be a mapping of keys to values", e.diagnostic().message());
    }

    @Test
    void topLevelScalarIsRejected() {
        SourceException e = error("---", "", "just text", "---");

        assertEquals(at(3, 1), e.diagnostic().position());
        assertEquals("front matter must be a mapping of keys to values", e.diagnostic().message());
    }

    @Test
    void duplicateKeyIsRejectedAtTheSecondKey() {
        SourceException e = error("---", "title: a", "layout: post", "title: b", "---");

        assertEquals(at(4, 1), e.diagnostic().position());
        assertEquals("duplicate key 'title'", e.diagnostic().message());
        assertEquals("the key is already on line 2; keep one of the two", e.diagnostic().hint());
    }

    @Test
    void duplicateNestedKeyIsRejected() {
        SourceException e = error("---", "author:", "  name: a", "  name: b", "---");

        assertEquals(at(4, 3), e.diagnostic().position());
        assertEquals("duplicate key 'name'", e.diagnostic().message());
    }

    @Test
    void mergeKeysMergeWithoutOverridingWrittenKeys() {
        FrontMatter frontMatter = read(
                "---",
                "base: &base {layout: post, author: ann, comments: true}",
                "page:",
                "  author: bob",
                "  <<: *base",
                "  title: x",
                "---").frontMatter();

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("author", "bob");
        page.put("layout", "post");
        page.put("comments", true);
        page.put("title", "x");
        assertEquals(page, frontMatter.values().get("page"));
        assertEquals(List.copyOf(page.keySet()),
                List.copyOf(((Map<?, ?>) frontMatter.values().get("page")).keySet()));
    }

    @Test
    void mergeOfANonMappingIsRejected() {
        SourceException e = error("---", "page:", "  <<: text", "---");

        assertEquals(at(3, 7), e.diagnostic().position());
        assertEquals("the value of the merge key '<<' must be a mapping or a list of mappings",
                e.diagnostic().message());
    }
}
