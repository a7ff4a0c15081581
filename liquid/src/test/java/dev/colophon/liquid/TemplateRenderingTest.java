package dev.colophon.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A parsed template is a value: it renders from many threads, reports what it read, and stays in bounds. */
class TemplateRenderingTest {

    private final Liquid liquid = Liquid.builder().build();

    @Test
    void oneTemplateRendersOnEightThreadsAtOnce() throws Exception {
        Template template = liquid.parse("{% for i in (1..n) %}{% cycle 'a', 'b' %}{{ i | plus: n }}"
                + "{% increment c %}{% endfor %}{% assign t = name | upcase %}{{ t }}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int n = thread + 1;
                results.add(pool.submit(() -> {
                    String expected = expected(n);
                    for (int round = 0; round < 2_000; round++) {
                        if (!template.render(Map.of("n", n, "name", "t" + n)).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String expected(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append(i % 2 == 1 ? 'a' : 'b').append(i + n).append(i - 1);
        }
        return out.append("T").append(n).toString();
    }

    @Test
    void aRenderReportsTheVariablesItRead() {
        Template template = liquid.parse("{{ page.title }}{% for p in site.posts %}{{ p.title }}{% endfor %}"
                + "{% assign local = 1 %}{{ local }}{{ site['time'] }}");
        Set<String> reads = new TreeSet<>();
        template.render(Map.of("page", Map.of("title", "T"), "site", Map.of("posts", List.of())),
                RenderOptions.defaults().withReads(reads::add));
        // Loop variables and assigned ones are not the render's inputs; site['time'] is read as site.
        assertEquals(Set.of("page", "page.title", "site", "site.posts"), reads);
    }

    @Test
    void loopsStopAtTheIterationLimit() {
        RenderOptions bounded = RenderOptions.defaults().withLimits(new Limits(1_000, 1_000_000, 50));
        LiquidException e = assertThrows(LiquidException.class,
                () -> liquid.parse("x\n{% for i in (1..100000000) %}{{ i }}{% endfor %}").render(Map.of(), bounded));
        assertEquals(LiquidException.Kind.LIMIT, e.kind());
        assertEquals(2, e.line());
    }

    @Test
    void outputStopsAtTheLengthLimit() {
        RenderOptions bounded = RenderOptions.defaults().withLimits(new Limits(1_000_000, 10_000, 50));
        LiquidException e = assertThrows(LiquidException.class, () -> liquid.parse(
                "{% assign s = 'ab' %}{% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}{{ s }}")
                .render(Map.of(), bounded));
        assertEquals(LiquidException.Kind.LIMIT, e.kind());
    }

    @Test
    void nestingIsLimitedWhenParsingAndRendering() {
        String deep = "{% if true %}".repeat(5_000) + "x" + "{% endif %}".repeat(5_000);
        LiquidException parse = assertThrows(LiquidException.class, () -> liquid.parse(deep));
        assertEquals("Nesting too deep", parse.detail());
        Liquid selfIncluding = Liquid.builder().files(name -> java.util.Optional.of("{% include 'me' %}")).build();
        LiquidException render = assertThrows(LiquidException.class,
                () -> selfIncluding.parse("{% include 'me' %}").render(Map.of()));
        assertEquals(LiquidException.Kind.STACK_LEVEL, render.kind());
    }
}
