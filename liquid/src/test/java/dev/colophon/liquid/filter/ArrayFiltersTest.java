package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.FilterTesting.call;
import static dev.colophon.liquid.filter.FilterTesting.error;
import static dev.colophon.liquid.filter.FilterTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.colophon.liquid.Range;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrayFiltersTest {

    private static Map<String, Object> hash(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void joinFlattensAndWritesItemsAsRubyToS() {
        assertEquals("1 2 3", render("{{ (1..3) | join }}"));
        assertEquals("a,1,", call("join", Arrays.asList("a", 1L, null), ","));
        assertEquals("1,2,nested", call("join", List.of(1L, List.of(2L, List.of("nested"))), ","));
        assertEquals("{\"a\"=>1}", call("join", hash("a", 1L)));
        assertEquals("ab", render("{{ a | join: nosuchthing }}", Map.of("a", List.of("a", "b"))));
    }

    @Test
    void firstAndLast() {
        assertEquals("h", call("first", "hello"));
        assertEquals("o", call("last", "hello"));
        assertEquals(List.of("b", 1L), call("first", hash("b", 1L, "c", 2L)));
        assertNull(call("last", hash("b", 1L)));
        assertEquals(3L, call("last", new Range(1, 3)));
        assertNull(call("first", 12L));
    }

    @Test
    void sizeOfAnything() {
        assertEquals(3L, call("size", "héé"));
        assertEquals(2L, call("size", hash("a", 1L, "b", 2L)));
        assertEquals(8L, call("size", 5L));
        assertEquals(0L, call("size", 2.5));
        assertEquals(0L, call("size", (Object) null));
    }

    @Test
    void concatNeedsAnArray() {
        assertEquals("a#b#5#c#d", render("{{ a | concat: b | join: '#' }}",
                Map.of("a", List.of("a", List.of("b", 5L)), "b", List.of("c", "d"))));
        assertEquals("concat filter requires an array argument", error("{{ a | concat: 5 }}", Map.of("a", List.of())));
        assertEquals("concat filter requires an array argument", error("{{ a | concat: (1..2) }}", Map.of("a", List.of())));
    }

    @Test
    void mapReadsPropertiesAndRejectsItemsWithoutThem() {
        List<Object> items = List.of(hash("t", "a"), List.of(hash("t", "b")), hash("u", "c"));
        assertEquals(Arrays.asList("a", "b", null), call("map", items, "t"));
        assertEquals(Arrays.asList(null, null), call("map", Arrays.asList(null, 1.5), "t"));
        assertEquals("cannot select the property 'title'", error("{{ a | map: 'title' }}", Map.of("a", 123L)));
    }

    @Test
    void compactAndUniq() {
        assertEquals(List.of("b", "a"), call("compact", Arrays.asList("b", null, "a", null)));
        assertEquals(List.of(hash("t", 1L)), call("compact", List.of(hash("t", 1L), hash("u", 2L)), "t"));
        // Ruby's eql?: 1 and 1.0 differ, equal hashes and arrays do not.
        assertEquals(Arrays.asList(1L, 1.0, "1", hash("a", 1L), null),
                call("uniq", Arrays.asList(1L, 1.0, "1", hash("a", 1L), hash("a", 1L), null, null)));
        assertEquals(List.of(hash("t", "x", "n", 1L), hash("n", 3L)),
                call("uniq", List.of(hash("t", "x", "n", 1L), hash("t", "x", "n", 2L), hash("n", 3L)), "t"));
        assertEquals(List.of(), call("uniq", (Object) null));
        assertNull(call("uniq", Arrays.asList(hash("t", 1L), null), "t"));
    }

    @Test
    void sortIsRubysOrderWithNilLast() {
        assertEquals(List.of(1L, 2.5, 3L, 10L), call("sort", List.of(10L, 3L, 2.5, 1L)));
        assertEquals(List.of("A", "B", "a", "b"), call("sort", List.of("b", "a", "B", "A")));
        assertEquals(Arrays.asList(1L, 2L, null, null), call("sort", Arrays.asList(null, 2L, null, 1L)));
        assertEquals("cannot sort values of incompatible types", error("{{ a | sort }}", Map.of("a", List.of(1L, "2"))));
        assertEquals(List.of(hash("t", "a"), hash("t", "b"), hash("u", "c")),
                call("sort", List.of(hash("t", "b"), hash("u", "c"), hash("t", "a")), "t"));
        assertNull(call("sort", Arrays.asList(hash("t", "b"), null), "t"));
    }

    @Test
    void sortNaturalIgnoresAsciiCase() {
        assertEquals(Arrays.asList("a", "A", "b", "B", "C", null),
                call("sort_natural", Arrays.asList("b", "a", null, "C", "B", "A")));
        assertEquals("14{}", render("{{ a | sort_natural }}", Map.of("a", List.of(Map.of(), 1L, "4"))));
        assertEquals(List.of(hash("t", 1111L), hash("t", 87L), hash("t", 9L)),
                call("sort_natural", List.of(hash("t", 9L), hash("t", 1111L), hash("t", 87L)), "t"));
    }

    @Test
    void reverse() {
        assertEquals(List.of(3L, 2L, 1L), call("reverse", List.of(1L, List.of(2L, 3L))));
        assertEquals(List.of("abc"), call("reverse", "abc"));
    }
}
