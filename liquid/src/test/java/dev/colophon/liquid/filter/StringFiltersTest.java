package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.FilterTesting.call;
import static dev.colophon.liquid.filter.FilterTesting.error;
import static dev.colophon.liquid.filter.FilterTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringFiltersTest {

    @Test
    void caseFiltersAreLocaleIndependentAndCapitalizeLowersTheRest() {
        assertEquals("Hello world", render("{{ 'hELLO WORLD' | capitalize }}"));
        assertEquals("Élan", render("{{ 'élan' | capitalize }}"));
        assertEquals("Ssa", render("{{ 'ßa' | capitalize }}"));
        assertEquals("TITLE", render("{{ 'title' | upcase }}"));
        assertEquals("STRASSE", render("{{ 'straße' | upcase }}"));
        assertEquals("5", render("{{ 5 | downcase }}"));
    }

    @Test
    void stripRemovesAsciiWhiteSpaceAndNul() {
        assertEquals("a", call("strip", "\u0000 \t a \n\u0000"));
        assertEquals("a \u0000", call("lstrip", "\u0000 a \u0000"));
        assertEquals("\u0000 a", call("rstrip", "\u0000 a \u0000"));
        assertEquals("\u00a0a", call("strip", "\u00a0a"));
        assertEquals("a b c", call("squish", "  a \t\n b   c "));
        assertNull(call("squish", (Object) null));
    }

    @Test
    void splitFollowsRubyStringSplit() {
        assertEquals(List.of("", "a", "b"), call("split", ",a,b,,", ","));
        assertEquals(List.of("a", "b", "c"), call("split", "  a  b \n c ", " "));
        assertEquals(List.of("a", "b", "c"), call("split", "abc", ""));
        assertEquals(List.of(), call("split", ",,", ","));
        assertEquals(List.of(), call("split", "", ","));
        assertEquals("H#e#l#l#o", render("{{ 'Hello' | split: nil | join: '#' }}"));
        assertEquals("hello th#ere", render("{{ 'hello th1ere' | split: 1 | join: '#' }}"));
    }

    @Test
    void sliceCountsCharactersNotUtf16Units() {
        assertEquals("éllo", render("{{ 'héllo wörld' | slice: 1, 4 }}"));
        assertEquals("llo", render("{{ 'héllo' | slice: -3, 3 }}"));
        assertEquals("😀", render("{{ '😀ab' | slice: 0 }}"));
        assertEquals("", render("{{ 'héllo' | slice: 6 }}"));
        assertEquals("", render("{{ 'Liquid' | slice: -2, -1 }}"));
        assertEquals("b", render("{{ 'abc' | slice: '0x1' }}"));
        assertEquals("invalid integer", error("{{ 'Liquid' | slice: 2.2 }}"));
        assertEquals("3#4#5", render("{{ a | slice: 2, 3 | join: '#' }}", Map.of("a", List.of(1, 2, 3, 4, 5))));
        assertEquals("4#5", render("{{ a | slice: -2, 9 | join: '#' }}", Map.of("a", List.of(1, 2, 3, 4, 5))));
    }

    @Test
    void truncateCountsTheEllipsisIn() {
        assertEquals("Ground control to...", render("{{ 'Ground control to Major Tom.' | truncate: 20 }}"));
        assertEquals("Ground control, and so on",
                render("{{ 'Ground control to Major Tom.' | truncate: 25, ', and so on' }}"));
        assertEquals("😀a", render("{{ '😀ab😀' | truncate: 2, '' }}"));
        assertEquals("...", render("{{ 'hello world' | truncate: -1 }}"));
        assertEquals("invalid integer", error("{{ 'abc' | truncate: nosuchthing }}"));
    }

    @Test
    void truncatewordsSplitsOnAsciiWhiteSpace() {
        assertEquals("one two...", render("{{ '    one    two three    four  ' | truncatewords: 2 }}"));
        assertEquals("one...", render("{{ 'one two three' | truncatewords: 0 }}"));
        assertEquals("one two three", render("{{ 'one two three' | truncatewords: 3 }}"));
        assertEquals("测试测试测试测试", render("{{ '测试测试测试测试' | truncatewords: 5 }}"));
        assertEquals("\u00a0a\u3000b c...", call("truncatewords", "\u00a0a\u3000b c d", 2L));
    }

    @Test
    void replaceReadsRubyBackslashSequencesButReplaceLastDoesNot() {
        assertEquals("Take your protein pills and put your helmet on",
                render("{{ 'Take my protein pills and put my helmet on' | replace: 'my', 'your' }}"));
        assertEquals("abb[a]\\c", call("replace", "abc", "b", "\\0\\0[\\`]\\\\"));
        assertEquals("#a#b#", call("replace", "ab", "", "#"));
        assertEquals("#ab", call("replace_first", "ab", "", "#"));
        assertEquals("ab#", call("replace_last", "ab", "", "#"));
        assertEquals("abc\\0", call("replace_last", "abcb", "b", "\\0"));
        assertEquals("I sted to see the t through the ",
                render("{{ 'I strained to see the train through the rain' | remove: 'rain' }}"));
        assertEquals("abc", call("remove_last", "abcb", "b"));
    }

    @Test
    void argumentCountsAreCheckedAsRubyDoes() {
        assertEquals("wrong number of arguments (given 1, expected 2)", error("{{ 'a' | append }}"));
        assertEquals("wrong number of arguments (given 4, expected 2..3)", error("{{ 'a' | replace: 'a', 'b', 'c' }}"));
        assertEquals("wrong number of arguments (given 2, expected 1)", error("{{ 'a' | upcase: 1 }}"));
        // Keyword arguments are one more positional argument, a hash, as Ruby passes them.
        assertEquals("a{\"foo\"=>1}", render("{{ 'a' | append: foo: 1 }}"));
    }
}
