package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.FilterTesting.error;
import static dev.colophon.liquid.filter.FilterTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultFilterTest {

    @Test
    void replacesNilFalseAndEmpty() {
        assertEquals("foo", render("{{ nil | default: 'foo' }}"));
        assertEquals("foo", render("{{ false | default: 'foo' }}"));
        assertEquals("foo", render("{{ '' | default: 'foo' }}"));
        assertEquals("foo", render("{{ a | default: 'foo' }}", Map.of("a", List.of())));
        assertEquals("foo", render("{{ a | default: 'foo' }}", Map.of("a", Map.of())));
        assertEquals("0", render("{{ 0 | default: 'foo' }}"));
        assertEquals("", render("{{ false | default }}"));
    }

    @Test
    void allowFalseKeepsFalse() {
        assertEquals("false", render("{{ false | default: 'bar', allow_false: true }}"));
        assertEquals("bar", render("{{ false | default: allow_false: false, 'bar' }}"));
        assertEquals("bar", render("{{ nil | default: 'bar', allow_false: true }}"));
        // Without a positional argument, the keyword hash is the default value itself, as in Ruby.
        assertEquals("{\"allow_false\"=>true}", render("{{ false | default: allow_false: true }}"));
    }

    @Test
    void takesAtMostTwoArguments() {
        assertEquals("wrong number of arguments (given 4, expected 1..3)", error("{{ nil | default: 1, 2, 3 }}"));
    }
}
