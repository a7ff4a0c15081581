package dev.colophon.html.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.SiteConfig;
import dev.colophon.model.Template;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Jekyll-flavoured engine: Jekyll's include syntax, its errors placed in the file, its lenient names. */
class LiquidEngineTest {

    private final LiquidEngine engine = new LiquidEngine();
    private final List<Diagnostic> warnings = new ArrayList<>();

    private TemplateSetup setup(Map<String, String> includes) {
        return new TemplateSetup(SiteConfig.defaults(),
                name -> Optional.ofNullable(includes.get(name)).map(body -> new Template(name, "_includes/" + name, FrontMatter.EMPTY, body, 1)),
                (extension, text) -> Optional.empty(), dev.colophon.spi.Highlighting.NONE, path -> Optional.empty(),
                warnings::add);
    }

    private String render(String text, Map<String, String> includes, Map<String, Object> variables) {
        return engine.compile(new SourceText("page.html", text), 1, setup(includes)).render(variables);
    }

    @Test
    void includeParametersWithEscapedQuotes() {
        String out = render("{% include i.html body=\"<b x=\\\"1\\\">y</b>\" n=page.n %}",
                Map.of("i.html", "{{ include.body }}/{{ include.n }}"), Map.of("page", Map.of("n", 3)));
        assertEquals("<b x=\"1\">y</b>/3", out);
    }

    @Test
    void anIncludeNamedWithLiquid() {
        assertEquals("B", render("{% include {{ page.kind }}.html %}", Map.of("b.html", "B"),
                Map.of("page", Map.of("kind", "b"))));
    }

    @Test
    void unknownFiltersAndTagsInsideAnIncludeAreWarningsAsElsewhere() {
        String out = render("[{% include i.html %}]", Map.of("i.html", "{{ 'x' | nosuch }}{% nosuchtag a %}y"),
                Map.of());
        assertEquals("[xy]", out);
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).toString().contains("nosuch"), warnings.toString());
    }

    @Test
    void anErrorInAnIncludeNamesTheIncludeAndItsLine() {
        SourceException e = assertThrows(SourceException.class, () -> render("a\n{% include i.html %}",
                Map.of("i.html", "one\n{{ 1 | divided_by: 0 }}"), Map.of()));
        assertEquals("_includes/i.html", e.position().file());
        assertEquals(2, e.position().line());
    }

    @Test
    void aSyntaxErrorIsAtItsTagInTheFile() {
        SourceException e = assertThrows(SourceException.class,
                () -> engine.compile(new SourceText("page.md", "x\n\n  {% for %}"), 5, setup(Map.of())));
        assertEquals(7, e.position().line());
        assertEquals(3, e.position().column());
    }

    @Test
    void groupByExpKeepsTheTypesOfGroupNames() {
        List<Object> people = List.of(Map.of("age", 21), Map.of("age", 35), Map.of("age", 38));
        String out = render("{% assign g = people | group_by_exp: 'p', 'p.age | divided_by: 10' %}"
                + "{% for x in g %}{% if x.name == 3 %}three:{{ x.size }}{% endif %}{% endfor %}", Map.of(),
                Map.of("people", people));
        assertEquals("three:2", out);
    }

    @Test
    void dateToXmlschemaOfADateIsMidnightNotTheTimeOfDay() {
        assertEquals("2016-03-14T00:00:00+00:00", render("{{ '2016-03-14' | date_to_xmlschema }}", Map.of(),
                Map.of()));
    }

    @Test
    void inSafeModeARenderIsBoundedAndTheLimitIsAnErrorAtItsLine() {
        TemplateSetup safe = new TemplateSetup(SiteConfig.defaults().withSafe(true), name -> Optional.empty());
        SourceException e = assertThrows(SourceException.class, () -> engine.compile(
                new SourceText("post.md", "a\n{% for i in (1..100000000) %}{% endfor %}"), 4, safe)
                .render(Map.of()));
        assertEquals(5, e.position().line());
        assertTrue(e.getMessage().contains("loop iterations"), e.getMessage());
    }

    @Test
    void liquidsRenderTagFindsItsTemplatesInIncludesAndSeesOnlyWhatItIsGiven() {
        assertEquals("[R1-]", render("{% assign b = 2 %}[{% render 'x.html', a: 1 %}]",
                Map.of("x.html", "R{{ a }}-{{ b }}"), Map.of()));
    }

    @Test
    void anIncludeThatIncludesItselfTwicePerLevelStopsAtTheSafeModeBound() {
        TemplateSetup safe = new TemplateSetup(SiteConfig.defaults().withSafe(true),
                name -> Optional.of(new Template(name, "_includes/" + name, FrontMatter.EMPTY,
                        // assign is global: d is set again before each include, so each level really doubles.
                        "{% assign d = include.d | plus: 1 %}{% if d < 30 %}{% include twice.html d=d %}"
                                + "{% assign d = include.d | plus: 1 %}{% include twice.html d=d %}{% endif %}", 1)));
        SourceException e = assertThrows(SourceException.class, () -> engine.compile(
                new SourceText("post.md", "{% include twice.html d=0 %}"), 1, safe).render(Map.of()));
        assertTrue(e.getMessage().contains("loop iterations"), e.getMessage());
    }

    @Test
    void nowIsReadFromTheSiteSoThatTheBuildKnowsThePageShowsIt() {
        // The render's clock is site.time, read when a template asks: reading it tells the build the page shows it.
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, Object> site = new java.util.HashMap<>() {
            @Override
            public Object get(Object key) {
                if ("time".equals(key)) {
                    reads.incrementAndGet();
                }
                return super.get(key);
            }
        };
        site.put("time", java.time.ZonedDateTime.parse("2024-06-01T14:00:00+02:00[Europe/Berlin]"));
        Map<String, Object> variables = Map.of("site", site,
                "page", Map.of("date", java.time.ZonedDateTime.parse("2021-03-07T09:05:03+01:00")));
        assertEquals("2024 01 Jun 2024", render("{{ 'now' | date: '%Y' }} {{ 'Today' | date_to_string }}", Map.of(),
                variables));
        assertEquals(2, reads.get());
        reads.set(0);
        render("{{ page.date | date: '%Y' }} {{ page.date | date_to_string }}", Map.of(), variables);
        assertEquals(0, reads.get());
    }
}
