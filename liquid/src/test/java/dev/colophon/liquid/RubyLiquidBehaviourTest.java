package dev.colophon.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What liqp did differently from Ruby Liquid on real sites (the issue that replaced it), each checked
 * against Ruby Liquid 5.4: the expected values are what {@code ruby -rliquid} renders.
 */
class RubyLiquidBehaviourTest {

    private final Liquid liquid = Liquid.builder().build();

    private String render(String template, Map<String, Object> data) {
        return liquid.parse(template).render(data);
    }

    private String render(String template) {
        return render(template, Map.of());
    }

    @Test
    void hyphenatedNamesAreVariables() {
        assertEquals("v", render("{{ site.my-key }}", Map.of("site", Map.of("my-key", "v"))));
    }

    @Test
    void outputBeforeBreakInsideIfIsKept() {
        assertEquals("12x", render("{% for i in (1..5) %}{% if i == 3 %}x{% break %}{% endif %}{{ i }}{% endfor %}"));
    }

    @Test
    void forOffsetContinueGoesOnWhereTheLastLoopStopped() {
        assertEquals("12|3456", render("{% for i in (1..6) limit: 2 %}{{ i }}{% endfor %}|"
                + "{% for i in (1..6) offset: continue %}{{ i }}{% endfor %}"));
    }

    @Test
    void rangeLiteralsAreValuesOutsideFor() {
        assertEquals("1,2,3,4,5", render("{% assign r = (1..5) %}{{ r | join: ',' }}"));
    }

    @Test
    void echoAndTheLiquidTag() {
        assertEquals("3", render("{% liquid\nassign x = 2\necho x | plus: 1\n%}"));
    }

    @Test
    void blocksHoldingOnlyWhiteSpaceAndBlankTagsRenderNothing() {
        assertEquals("ab", render("a{% if true %}\n  {% assign y = 1 %}\n{% endif %}b"));
    }

    @Test
    void arithmeticOnTextReadsItsLeadingNumberOrZero() {
        assertEquals("0|5|2", render("{{ '<' | times: 1 }}|{{ 5 | plus: 'x' }}|{{ '3x' | minus: 1 }}"));
    }

    @Test
    void uniqOfNilIsAnEmptyArray() {
        assertEquals("1,2", render("{{ nil | uniq | concat: a | join: ',' }}", Map.of("a", List.of(1, 2))));
    }

    @Test
    void splitKeepsLeadingEmptyStringsAndSplitsOnSeveralCharacters() {
        assertEquals("3|2", render("{{ ',a,b' | split: ',' | size }}|{{ '<h2>x' | split: '<h' | size }}"));
    }

    @Test
    void firstOfAHashIsItsFirstKeyAndValue() {
        assertEquals("k", render("{{ h.first[0] }}", Map.of("h", Map.of("k", "v"))));
    }

    @Test
    void truncatewordsDoesNotCountLeadingWhiteSpaceAsAWord() {
        assertEquals("one two...", render("{{ '  one two three' | truncatewords: 2 }}"));
    }

    @Test
    void blankAndEmptyComparedWithANumberAreFalse() {
        assertEquals("FF", render("{% if 1 == blank %}T{% else %}F{% endif %}{% if 1 > empty %}T{% else %}F{% endif %}"));
    }

    @Test
    void anUnclosedOutputBeforeLongTextIsASyntaxErrorAtOnce() {
        // liqp took minutes on this (quadratic); the bound only guards against a hang.
        String text = "ok\n{{ " + "a ".repeat(500_000) + "{% if %}".repeat(1_000);
        LiquidException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20),
                () -> org.junit.jupiter.api.Assertions.assertThrows(LiquidException.class, () -> liquid.parse(text)));
        assertEquals(LiquidException.Kind.SYNTAX, e.kind());
        assertEquals(2, e.line());
    }

    @Test
    void errorsCarryTheLineAndColumnOfTheirTag() {
        LiquidException parse = org.junit.jupiter.api.Assertions.assertThrows(LiquidException.class,
                () -> liquid.parse("one\ntwo {% if x %}\nthree", "t.html"));
        assertEquals(2, parse.line());
        assertEquals(5, parse.column());
        assertEquals("t.html", parse.templateName());
        LiquidException render = org.junit.jupiter.api.Assertions.assertThrows(LiquidException.class,
                () -> liquid.parse("a\n\n  {{ 1 | divided_by: 0 }}").render(Map.of()));
        assertEquals(3, render.line());
        assertEquals(3, render.column());
        assertEquals("Liquid error (line 3): divided by 0", render.getMessage());
    }
}
