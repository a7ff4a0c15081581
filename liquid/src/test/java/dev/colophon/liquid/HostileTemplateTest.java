package dev.colophon.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.liquid.parse.TemplateParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates written to stall or exhaust a render: each ends quickly, with a limit's error at its line and
 * column, or renders what Ruby Liquid renders. The sizes are those that took minutes, or overflowed the
 * stack, before the limits and the linear parsing.
 */
class HostileTemplateTest {

    private static final Duration QUICK = Duration.ofSeconds(10);

    private final Liquid liquid = Liquid.builder().build();

    private String render(String template) {
        return liquid.parse(template).render(Map.of());
    }

    private LiquidException failure(String template, Limits limits) {
        return assertTimeoutPreemptively(QUICK, () -> assertThrows(LiquidException.class,
                () -> liquid.parse(template).render(Map.of(), RenderOptions.defaults().withLimits(limits))));
    }

    @Test
    void integersPastALongAreRubysBignums() {
        // Ruby: ruby -rliquid -e 'puts Liquid::Template.parse(%q{...}).render'
        assertEquals("99999999999999999999 -99999999999999999999 100000000000000000000 9223372036854775808",
                render("{{ 99999999999999999999 }} {{ -99999999999999999999 }} {{ 99999999999999999999 | plus: 1 }} "
                        + "{{ 9223372036854775807 | plus: 1 }}"));
        assertEquals("y", render("{% if 99999999999999999999 > 5 %}y{% endif %}"));
        // Ruby's to_i reads the 1 and stops at the e.
        assertEquals("2", render("{{ \"1e1000000000\" | plus: 1 }}"));
    }

    @Test
    void numbersOfMoreThanTenThousandDigitsAreALimitNotAQuadraticStall() {
        String digits = "9".repeat(1_000_000);
        LiquidException text = assertTimeoutPreemptively(QUICK, () -> assertThrows(LiquidException.class,
                () -> liquid.parse("{{ n | plus: 1 }}").render(Map.of("n", digits))));
        assertEquals("a number of more than 10000 digits", text.detail());
        LiquidException literal = assertTimeoutPreemptively(QUICK, () -> assertThrows(LiquidException.class,
                () -> liquid.parse("x\n{{ " + digits + " }}")));
        assertEquals(2, literal.line());
        LiquidException squared = failure("{% assign x = 99 %}{% for i in (1..40) %}{% assign x = x | times: x %}"
                + "{% endfor %}", Limits.DEFAULT);
        assertEquals(LiquidException.Kind.LIMIT, squared.kind());
        assertEquals("a number of more than 10000 digits", squared.detail());
        assertEquals("1" + "0".repeat(5_000), render("{{ '" + "9".repeat(5_000) + "' | plus: 1 }}"));
    }

    @Test
    void aRangePastTwoToTheThirtyOneLoopsUntilTheLimitInsteadOfNotAtAll() {
        Limits small = new Limits(1_000, 1_000_000, 50);
        for (String range : List.of("(1..3000000000)", "(1..99999999999999999999)",
                "(-9223372036854775808..9223372036854775807)")) {
            LiquidException e = failure("{% for i in " + range + " %}{% endfor %}", small);
            assertEquals(LiquidException.Kind.LIMIT, e.kind(), range);
        }
        assertEquals(Integer.MAX_VALUE, new Range(Long.MIN_VALUE, Long.MAX_VALUE).size());
        assertEquals(0, new Range(1, 0).size());
    }

    @Test
    void aStringGrownInALoopCountsAsWork() {
        // A million appends of one character copy 500 GB without the count; here they stop within the budget.
        LiquidException e = failure("{% assign s = '' %}{% for i in (1..1000000) %}{% assign s = s | append: 'x' %}"
                + "{% endfor %}", new Limits(1_000_000, 1L << 30, 100));
        assertEquals(LiquidException.Kind.LIMIT, e.kind());
        assertTrue(e.detail().contains("loop iterations"), e.detail());
    }

    @Test
    void aListDoubledInALoopStopsAtTheListLimit() {
        LiquidException e = failure("{% assign a = 'x' | split: ',' %}{% for i in (1..40) %}"
                + "{% assign a = a | concat: a %}{% endfor %}", new Limits(1L << 40, 1L << 20, 100));
        assertEquals("Memory limits exceeded: a list of more than 65536 items", e.detail());
    }

    @Test
    void filtersThatMakeMoreThanTheyAreGivenStopBeforeTheyMakeIt() {
        Limits limits = new Limits(1_000_000_000, 1L << 20, 100);
        String many = "{% assign a = '" + "a".repeat(100_000) + "' %}";
        for (String grows : List.of("{{ a | replace: 'a', a }}", "{{ a | replace: 'a', '\\`' }}",
                "{{ a | slice: 0, 1000 | split: '' | join: a }}", "{{ a | append: a | append: a | append: a | append: a"
                        + " | append: a | append: a | append: a | append: a | append: a | append: a }}")) {
            LiquidException e = failure(many + grows, limits);
            assertEquals("Memory limits exceeded: a value of more than 1048576 characters", e.detail(), grows);
        }
    }

    @Test
    void longMarkupIsReadInLinearTime() {
        assertTimeoutPreemptively(QUICK, () -> {
            assertEquals("", render("{% for x in " + "a".repeat(1_000_000) + " %}x{% endfor %}"));
            assertEquals("y", render("{% case 2 %}{% when " + "1, ".repeat(300_000) + "2 %}y{% endcase %}"));
            assertEquals("", render("{% if " + "a and ".repeat(200_000) + "b %}y{% endif %}"));
            assertEquals("", render("{{ " + "a\"b\"".repeat(300_000) + " }}"));
        });
        // What the faster patterns read is still what Ruby reads.
        assertEquals("y", render("{% case 2 %}{% when 1 or 2 %}y{% endcase %}"));
        assertEquals("y", render("{% case 'b' %}{% when 'a', 'b' %}y{% endcase %}"));
        assertEquals("23", render("{% for i in (1..5) limit: 2 offset:1 %}{{ i }}{% endfor %}"));
        assertEquals("23", render("{% for i in (1..5) --limit: 2 offset:1 %}{{ i }}{% endfor %}"));
    }

    @Test
    void markupThatOverflowsTheStackIsAnErrorAtItsTag() {
        LiquidException e = assertThrows(LiquidException.class,
                () -> liquid.parse("x\n  {{ a" + "[b".repeat(100_000) + "]".repeat(100_000) + " }}"));
        assertEquals(TemplateParser.TOO_DEEP, e.detail());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void anArrayNestedInItselfAHundredThousandDeepIsANestingErrorAtItsOutput() {
        List<Object> nested = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(nested);
            nested = outer;
        }
        for (String use : List.of("{{ a }}", "{{ a | inspect }}", "{{ a | join: ',' }}", "{{ a | uniq | size }}")) {
            Map<String, Object> variables = Map.of("a", nested);
            LiquidException e = assertThrows(LiquidException.class,
                    () -> liquid.parse("x\n" + use).render(variables), use);
            assertEquals("Nesting too deep", e.detail(), use);
            assertEquals(2, e.line(), use);
            assertEquals(1, e.column(), use);
        }
    }
}
