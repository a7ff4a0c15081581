package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.SourceText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlDataReaderTest {

    private final YamlDataReader reader = new YamlDataReader();

    private Object read(String path, String text) {
        return reader.read(new SourceText(path, text));
    }

    @Test
    void identifiesItself() {
        assertEquals("yaml-data", reader.id());
        assertEquals(0, reader.order());
        assertEquals(Set.of("yml", "yaml"), reader.fileExtensions());
    }

    @Test
    void readsConfig() {
        Object config = read("_config.yml", """
                # Site settings
                title: My Blog
                description: >-
                  Notes on the JVM.
                url: "https://example.com"
                baseurl: ""
                permalink: /:year/:month/:day/:title/
                timezone: America/New_York
                paginate: 5
                version: 1.10
                show_drafts: false
                author:
                  name: Ann
                  email: ann@example.com
                exclude:
                  - Gemfile
                  - vendor/
                """);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("title", "My Blog");
        expected.put("description", "Notes on the JVM.");
        expected.put("url", "https://example.com");
        expected.put("baseurl", "");
        expected.put("permalink", "/:year/:month/:day/:title/");
        expected.put("timezone", "America/New_York");
        expected.put("paginate", 5L);
        expected.put("version", new BigDecimal("1.10"));
        expected.put("show_drafts", false);
        expected.put("author", Map.of("name", "Ann", "email", "ann@example.com"));
        expected.put("exclude", List.of("Gemfile", "vendor/"));
        assertEquals(expected, config);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(((Map<?, ?>) config).keySet()));
    }

    @Test
    void emptyFileIsAnEmptyMap() {
        for (String text : List.of("", "\uFEFF", "# only a comment\n", "~\n")) {
            Object value = read("_config.yml", text);

            assertEquals(Map.of(), value, text);
            assertInstanceOf(LinkedHashMap.class, value);
        }
    }

    @Test
    void dataFileMayBeAList() {
        assertEquals(List.of(Map.of("name", "Ann"), Map.of("name", "Bob")),
                read("_data/members.yml", "- name: Ann\n- name: Bob\n"));
    }

    @Test
    void acceptsBomAndCrlf() {
        assertEquals(Map.of("title", "x", "n", 1L), read("_config.yml", "\uFEFFtitle: x\r\nn: 1\r\n"));
    }

    @Test
    void errorsArePlacedInTheFile() {
        SourceException e = assertThrows(SourceException.class,
                () -> read("_config.yml", "title: x\nurl: http://a: b\n"));

        assertEquals(new SourcePosition("_config.yml", 2, 14), e.diagnostic().position());
        assertEquals("mapping values are not allowed here", e.diagnostic().message());
        assertEquals("_config.yml:2:14: error: mapping values are not allowed here"
                + " (check the YAML syntax of the file)", e.diagnostic().toString());
    }

    @Test
    void duplicateKeyIsRejected() {
        SourceException e = assertThrows(SourceException.class, () -> read("_config.yml", "a: 1\nb: 2\na: 3\n"));

        assertEquals(new SourcePosition("_config.yml", 3, 1), e.diagnostic().position());
        assertEquals("duplicate key 'a'", e.diagnostic().message());
    }

    @Test
    void secondDocumentIsRejected() {
        SourceException e = assertThrows(SourceException.class, () -> read("_config.yml", "a: 1\n---\nb: 2\n"));

        assertEquals(new SourcePosition("_config.yml", 2, 1), e.diagnostic().position());
        assertEquals("expected a single document in the stream but found another document",
                e.diagnostic().message());
    }
}
