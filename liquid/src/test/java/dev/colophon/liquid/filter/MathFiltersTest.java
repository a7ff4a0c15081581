package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.FilterTesting.call;
import static dev.colophon.liquid.filter.FilterTesting.error;
import static dev.colophon.liquid.filter.FilterTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MathFiltersTest {

    @Test
    void arithmeticKeepsIntegersAndComputesFloatsAsDecimals() {
        assertEquals("12.3", render("{{ 10.1 | plus: 2.2 }}"));
        assertEquals("0.3", render("{{ 0.1 | plus: 0.2 }}"));
        assertEquals("3.3", render("{{ 1.1 | times: 3 }}"));
        assertEquals("12", render("{{ '10' | plus: '2' }}"));
        assertEquals("-2.0", render("{{ 'foo' | minus: '2.0' }}"));
        assertEquals(13L, call("plus", " 12abc", 1L));
        assertEquals(-1L, call("minus", Map.of(), 1L));
    }

    @Test
    void integersGrowPastLong() {
        assertEquals(new BigInteger("92233720368547758070"), call("times", Long.MAX_VALUE, 10L));
        assertEquals(Long.MAX_VALUE, call("minus", new BigInteger("9223372036854775808"), 1L));
    }

    @Test
    void divisionFloorsIntegersAndFloatsGiveInfinity() {
        assertEquals("4", render("{{ 9 | divided_by: 2 }}"));
        assertEquals("-2", render("{{ -5 | divided_by: 3 }}"));
        assertEquals("2.857142857142857", render("{{ 20 | divided_by: 7.0 }}"));
        assertEquals("0.3333333333333333", render("{{ 1 | divided_by: 3.0 }}"));
        assertEquals("Infinity", render("{{ 1.0 | divided_by: 0 }}"));
        assertEquals("NaN", render("{{ 0 | divided_by: 0.0 }}"));
        assertEquals("divided by 0", error("{{ 10 | divided_by: 0 }}"));
    }

    @Test
    void moduloHasTheSignOfTheDivisor() {
        assertEquals("1", render("{{ -7 | modulo: 2 }}"));
        assertEquals("-0.5", render("{{ 7 | modulo: -2.5 }}"));
        assertEquals("3.1", render("{{ 10.1 | modulo: 7.0 }}"));
        assertEquals("divided by 0", error("{{ 1.5 | modulo: 0 }}"));
    }

    @Test
    void roundingHalfAwayFromZero() {
        assertEquals("3", render("{{ 2.5 | round }}"));
        assertEquals("-3", render("{{ -2.5 | round }}"));
        assertEquals("5.67", render("{{ '5.666666' | round: 2 }}"));
        assertEquals("5.7", render("{{ 5.666 | round: 1.2 }}"));
        assertEquals("6", render("{{ 5.666 | round: 'foo' }}"));
        assertEquals("1300", render("{{ 1250 | round: -2 }}"));
        assertEquals("10", render("{{ 5.666 | round: -1 }}"));
        assertEquals("-6", render("{{ -5.4 | floor }}"));
        assertEquals("6", render("{{ '5.1' | ceil }}"));
    }

    @Test
    void nanAndInfinityCannotBeIntegers() {
        assertEquals("Computation results in 'NaN' (Not a Number)",
                error("{{ x | round }}", Map.of("x", Double.NaN)));
        assertEquals("Computation results in '-Infinity'",
                error("{{ x | floor }}", Map.of("x", Double.NEGATIVE_INFINITY)));
        assertEquals("Infinity", render("{{ x | round: 2 }}", Map.of("x", Double.POSITIVE_INFINITY)));
        assertEquals("Infinity", render("{{ x | abs }}", Map.of("x", Double.NEGATIVE_INFINITY)));
    }

    @Test
    void bounds() {
        assertEquals("8.9", render("{{ 5.4 | at_least: 8.9 }}"));
        assertEquals("0", render("{{ -1 | at_least: 'abc' }}"));
        assertEquals("5", render("{{ 8 | at_most: 5 }}"));
        assertEquals("5.1", render("{{ '-5.1' | abs }}"));
    }

    @Test
    void sumAddsNumbersOrProperties() {
        assertEquals(6L, call("sum", List.of(1L, List.of("2", List.of(3L)))));
        assertEquals(3.5, call("sum", List.of(1L, 2.5)));
        assertEquals(3L, call("sum", List.of(Map.of("k", 1L), Map.of("k", "2"), Map.of("x", 3L)), "k"));
        assertEquals(0L, call("sum", List.of()));
        assertEquals("cannot select the property 'k'", error("{{ a | sum: 'k' }}", Map.of("a", List.of(1L))));
    }
}
