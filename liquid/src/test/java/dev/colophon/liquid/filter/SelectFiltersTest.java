package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.FilterTesting.call;
import static dev.colophon.liquid.filter.FilterTesting.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectFiltersTest {

    private static Map<String, Object> hash(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    private static final List<Object> ITEMS = List.of(hash("b", false), hash("b", "bar"), hash("b", null), hash("c", 1L));

    @Test
    void whereComparesOrTestsTruth() {
        assertEquals(List.of(hash("b", "bar")), call("where", ITEMS, "b"));
        assertEquals(List.of(hash("b", false)), call("where", ITEMS, "b", false));
        assertEquals(List.of(hash("b", "bar")), call("where", ITEMS, "b", "bar"));
        assertEquals(List.of(hash("c", 1L)), call("where", ITEMS, "c", 1.0));
        assertEquals(List.of(), call("where", null, "b"));
    }

    @Test
    void rejectIsWhereInverted() {
        assertEquals(List.of(hash("b", false), hash("b", null), hash("c", 1L)), call("reject", ITEMS, "b"));
        assertEquals(List.of(hash("b", "bar"), hash("b", null), hash("c", 1L)), call("reject", ITEMS, "b", false));
        assertEquals(List.of(), call("reject", "foobar", "oo"));
    }

    @Test
    void hasFindAndFindIndex() {
        assertEquals(true, call("has", ITEMS, "b", "bar"));
        assertEquals(false, call("has", ITEMS, "b", "baz"));
        assertEquals(false, call("has", List.of(), "b"));
        // An integer's [] is its bit: 1[2] is 0, which is truthy.
        assertEquals(true, call("has", List.of(1L, 2L, 3L), 2L));
        assertEquals(hash("b", "bar"), call("find", ITEMS, "b"));
        assertEquals(1L, call("find_index", ITEMS, "b", "bar"));
        assertEquals(0L, call("find_index", "zoo", "z"));
        assertNull(call("find_index", ITEMS, "b", "baz"));
    }

    @Test
    void itemsWithoutIndexingMakeNilAndWrongIndexesAnError() {
        assertNull(call("has", Arrays.asList("x", null, "z"), "z"));
        assertNull(call("where", Arrays.asList(hash("b", 1L), 2.5), "b"));
        assertEquals("cannot select the property '2'", error("{{ a | has: '2' }}", Map.of("a", List.of(1L, 2L))));
        assertEquals("cannot select the property 'c'", error("{{ a | reject: 'c' }}", Map.of("a", List.of("x", 1L))));
    }

    @Test
    void needsAProperty() {
        assertEquals("wrong number of arguments (given 1, expected 2..3)", error("{{ a | where }}", Map.of("a", ITEMS)));
    }
}
