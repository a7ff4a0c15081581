package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.internal.post.Dates;
import dev.colophon.spi.Document;
import dev.colophon.spi.SourceText;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the golden files in {@code golden/toml} do not show; see {@link FrontMatterGoldenTest}. */
class TomlFrontMatterReaderTest {

    static final String PATH = "content/posts/hello.md";

    private final TomlFrontMatterReader reader = new TomlFrontMatterReader();

    private Document read(String text) {
        return reader.read(new SourceText(PATH, text)).orElseThrow();
    }

    @Test
    void identifiesItself() {
        assertEquals("toml", reader.id());
        assertEquals(0, reader.order());
    }

    @Test
    void readsWindowsLineEnds() {
        Document document = read("+++\r\ntitle = \"Hello\"\r\ntags = [\r\n  \"a\",\r\n]\r\ndraft = true\r\n+++\r\nBody\r\n");

        assertEquals(Map.of("title", "Hello", "tags", List.of("a"), "draft", true), document.frontMatter().values());
        assertEquals(6, document.frontMatter().line("draft")); // 1-based file lines, from the '+++' line
        assertEquals("Body\r\n", document.body());
        assertEquals(8, document.bodyLine());
    }

    @Test
    void leavesOtherFilesToOtherReaders() {
        for (String text : List.of("---\ntitle: YAML\n---\n", "{\"title\": \"JSON\"}\n", "Just text\n", "", "++\n",
                "++++\n+++\n", " +++\n+++\n")) {
            assertTrue(reader.read(new SourceText(PATH, text)).isEmpty(), text);
        }
    }

    @Test
    void yamlReaderLeavesTomlAlone() {
        assertTrue(new YamlFrontMatterReader().read(new SourceText(PATH, "+++\ntitle = \"x\"\n+++\n")).isEmpty());
    }

    /** TOML's dates come out as text the pipeline parses to the instant the same date in YAML gives. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-03-26T09:30:00+01:00       | 2021-03-26 09:30:00 +01:00",
        "2021-03-26 09:30:00Z            | 2021-03-26T09:30:00Z",
        "2021-03-26T09:30:00.5-07:00     | 2021-03-26 09:30:00.5 -0700",
        "2021-03-26T09:30:00             | 2021-03-26 09:30:00",
        "2021-03-26                      | 2021-03-26",
        "\"2021-03-26 09:30:00 +0100\"   | 2021-03-26 09:30:00 +0100",
    })
    void datesMeanWhatTheSameDatesMeanInYaml(String toml, String yaml) {
        Object fromToml = read("+++\ndate = " + toml + "\n+++\n").frontMatter().values().get("date");
        Object fromYaml = new YamlFrontMatterReader().read(new SourceText(PATH, "---\ndate: " + yaml + "\n---\n"))
                .orElseThrow().frontMatter().values().get("date");

        ZoneId zone = ZoneId.of("Europe/Paris");
        OffsetDateTime expected = Dates.parse((String) fromYaml, zone).orElseThrow();
        assertEquals(expected.toInstant(), Dates.parse((String) fromToml, zone).orElseThrow().toInstant());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String dotted = "a.".repeat(100_000) + "b = 1";
        SourceException e = assertThrows(SourceException.class, () -> read("+++\n" + dotted + "\n+++\n"));
        assertEquals("the front matter nests lists or mappings more than 50 levels deep", e.diagnostic().message());

        String arrays = "x = " + "[".repeat(1000) + "]".repeat(1000);
        assertThrows(SourceException.class, () -> read("+++\n" + arrays + "\n+++\n"));
    }

    @Test
    void syntaxErrorsCarryNoStackTraceInTheirMessage() {
        SourceException e = assertThrows(SourceException.class, () -> read("+++\n\ntitle = \n+++\n"));
        assertEquals(PATH + ":3:9: error: malformed TOML: newline not permitted here (check the TOML syntax of the"
                + " front matter: one 'key = value' per line, text in \"double quotes\" (or 'single' ones to keep"
                + " backslashes))", e.getMessage());
    }

    @Test
    @Disabled("jackson-dataformat-toml 2.18 reads 19-digit integers wrong (9223372036854775807 as 6854775807):"
            + " FasterXML/jackson-dataformats-text#663, fixed by #672 in a later Jackson")
    void nineteenDigitIntegersKeepTheirValue() {
        assertEquals(Long.MAX_VALUE, read("+++\nn = 9223372036854775807\n+++\n").frontMatter().values().get("n"));
    }

    @Test
    @Disabled("jackson-dataformat-toml 2.18 refuses a lowercase 'z' offset, which TOML 1.0 (RFC 3339) allows")
    void lowercaseZuluOffsetIsRead() {
        assertEquals("1979-05-27T07:32:00z",
                read("+++\nd = 1979-05-27T07:32:00z\n+++\n").frontMatter().values().get("d"));
    }
}
