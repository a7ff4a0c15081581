package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.SourceText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How scalars become values: narrowly, so that what is written stays written. */
class ScalarConversionTest {

    private final YamlFrontMatterReader reader = new YamlFrontMatterReader();

    private Map<String, Object> values(String yaml) {
        return reader.read(new SourceText("p.md", "---\n" + yaml + "\n---\n")).orElseThrow().frontMatter().values();
    }

    private Object value(String yaml) {
        return values("v: " + yaml).get("v");
    }

    static Stream<Arguments> scalars() {
        return Stream.of(
                // booleans in any case, as Jekyll's Psych reads them (yes/no, on/off too); y and n stay text
                Arguments.of("true", true), Arguments.of("False", false), Arguments.of("TRUE", true),
                Arguments.of("tRuE", true), Arguments.of("yes", true), Arguments.of("No", false),
                Arguments.of("on", true), Arguments.of("OFF", false), Arguments.of("y", "y"), Arguments.of("n", "n"),
                // nulls
                Arguments.of("", null), Arguments.of("~", null), Arguments.of("null", null),
                Arguments.of("Null", null), Arguments.of("NULL", null), Arguments.of("nULL", "nULL"),
                // decimal integers that fit a long
                Arguments.of("42", 42L), Arguments.of("-7", -7L), Arguments.of("+5", 5L), Arguments.of("0", 0L),
                Arguments.of("1_000", 1000L), Arguments.of("9223372036854775807", Long.MAX_VALUE),
                // other integer spellings stay text
                Arguments.of("007", "007"), Arguments.of("0x1F", "0x1F"), Arguments.of("0o17", "0o17"),
                Arguments.of("9223372036854775808", "9223372036854775808"), Arguments.of("1,000", "1,000"),
                Arguments.of("12:30:00", "12:30:00"),
                // decimal floats keep their digits
                Arguments.of("1.10", new BigDecimal("1.10")), Arguments.of("-3.5", new BigDecimal("-3.5")),
                Arguments.of("2e3", new BigDecimal("2e3")), Arguments.of("1.5E-3", new BigDecimal("1.5E-3")),
                Arguments.of(".5", new BigDecimal(".5")), Arguments.of("1.", new BigDecimal("1.")),
                Arguments.of("0.0", new BigDecimal("0.0")),
                // what has no BigDecimal, or would print huge, stays text
                Arguments.of(".inf", ".inf"), Arguments.of("-.Inf", "-.Inf"), Arguments.of(".nan", ".nan"),
                Arguments.of("1e1000", "1e1000"), Arguments.of("00.5", "00.5"), Arguments.of("1.2.3", "1.2.3"),
                // dates and times stay as written
                Arguments.of("2021-03-26", "2021-03-26"),
                Arguments.of("2024-03-09 23:30:00 -05:00", "2024-03-09 23:30:00 -05:00"),
                // quoted scalars are text
                Arguments.of("'42'", "42"), Arguments.of("\"true\"", "true"), Arguments.of("''", ""),
                Arguments.of("\"~\"", "~"), Arguments.of("'1.10'", "1.10"),
                // standard tags
                Arguments.of("!!str 42", "42"), Arguments.of("!!str", ""), Arguments.of("!!int \"42\"", 42L),
                Arguments.of("!!int 99999999999999999999", new BigDecimal("99999999999999999999")),
                Arguments.of("!!float 1", new BigDecimal("1")), Arguments.of("!!float .inf", ".inf"),
                Arguments.of("!!bool 'TRUE'", true), Arguments.of("!!null whatever", null),
                Arguments.of("!!timestamp 2021-03-26", "2021-03-26"),
                // the non-specific tag: SnakeYAML resolves it like an untagged scalar, but quotes still win
                Arguments.of("! 42", 42L), Arguments.of("! '42'", "42"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scalars")
    void convertsScalar(String yaml, Object expected) {
        Object actual = value(yaml);

        assertEquals(expected, actual);
        if (expected != null) {
            assertEquals(expected.getClass(), actual.getClass());
        }
    }

    @Test
    void collectionsArePlainListsAndMaps() {
        Map<String, Object> values = values("nested:\n  list: [1, a, {k: v}]\n  map: {x: ~}\nempty: []");

        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", List.of(1L, "a", Map.of("k", "v")));
        nested.put("map", Collections.singletonMap("x", null));
        assertEquals(nested, values.get("nested"));
        assertEquals(ArrayList.class, ((Map<?, ?>) values.get("nested")).get("list").getClass());
        assertEquals(LinkedHashMap.class, values.get("nested").getClass());
        assertEquals(List.of(), values.get("empty"));
    }

    @Test
    void keysAreTheirText() {
        assertEquals(List.of("1.10", "true", "~", "2021-03-26", "42"),
                List.copyOf(values("1.10: a\ntrue: b\n~: c\n2021-03-26: d\n'42': e").keySet()));
    }

    @Test
    void valueThatDoesNotFitItsTagIsRejected() {
        SourceException e = assertThrows(SourceException.class, () -> values("a: 1\nb: !!int abc"));

        assertEquals(new SourcePosition("p.md", 3, 4), e.diagnostic().position());
        assertEquals("'abc' is not a decimal integer", e.diagnostic().message());
        assertEquals("write a value that fits the tag '!!int', or remove the tag", e.diagnostic().hint());
    }

    @Test
    void collectionWithAScalarTagIsRejected() {
        SourceException e = assertThrows(SourceException.class, () -> values("a: !!str [x]"));

        assertEquals("YAML tag '!!str' is not allowed", e.diagnostic().message());
    }
}
