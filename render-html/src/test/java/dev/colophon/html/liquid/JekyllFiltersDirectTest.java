package dev.colophon.html.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.RenderOptions;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.TemplateSetup;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jekyll's filters on the new engine, without a site build: each expectation was checked against Jekyll 4.3.1
 * ({@code ruby -rjekyll}) with the same variables, on a site with {@code timezone: Europe/Berlin}.
 */
class JekyllFiltersDirectTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2024-06-01T14:00:00+02:00[Europe/Berlin]");

    /** Markdown as a paragraph, to see that markdownify reaches the site's converter. */
    private static final TemplateSetup SETUP = new TemplateSetup(SiteConfig.defaults(), name -> Optional.empty(),
            (extension, text) -> extension.equals("md") ? Optional.of("<p>" + text + "</p>\n") : Optional.empty(),
            Highlighting.NONE, path -> Optional.empty(), d -> { });

    private static final Liquid LIQUID = engine();

    private static Liquid engine() {
        Liquid.Builder builder = Liquid.builder();
        JekyllFilters.all(SETUP).forEach(builder::filter);
        return builder.build();
    }

    private static Map<String, Object> variables(AtomicInteger timeReads) {
        Map<String, Object> site = new HashMap<>() {
            @Override
            public Object get(Object key) {
                if ("time".equals(key)) {
                    timeReads.incrementAndGet();
                }
                return super.get(key);
            }
        };
        site.put("url", "https://example.org/");
        site.put("baseurl", "/blog");
        site.put("timezone", "Europe/Berlin");
        site.put("time", NOW);
        List<Object> people = List.of(person("Al", 25L, "a"), person("Bo", 30L, "a"), person("Cy", 38L, "b"));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("date", ZonedDateTime.parse("2021-03-07T09:05:03+01:00"));
        page.put("tags", List.of("a", "b", "c"));
        page.put("title", "Tom & \"Jerry\" <3");
        Map<String, Object> post = new HashMap<>();
        post.put("url", "/2021/hello/");
        Map<String, Object> variables = new HashMap<>();
        variables.put("site", site);
        variables.put("people", people);
        variables.put("page", page);
        variables.put("post", post);
        variables.put("mixed", new ArrayList<>(List.of(person("X", "10", "c"), person("Y", "9", "c"),
                Map.of("name", "Z"))));
        return variables;
    }

    private static Map<String, Object> person(String name, Object age, String team) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("age", age);
        person.put("team", team);
        return person;
    }

    private static String render(String template) {
        return render(template, new AtomicInteger());
    }

    private static String render(String template, AtomicInteger timeReads) {
        return LIQUID.parse(template).render(variables(timeReads),
                RenderOptions.defaults().withClock(NOW, BERLIN));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "{{ page.date | date_to_xmlschema }} => 2021-03-07T09:05:03+01:00",
        "{{ '2001-09-11 08:46:00 -0400' | date_to_xmlschema }} => 2001-09-11T14:46:00+02:00",
        "{{ '2016-03-14' | date_to_xmlschema }} => 2016-03-14T00:00:00+01:00",
        "{{ '2020-01-01T00:00:00Z' | date_to_xmlschema }} => 2020-01-01T01:00:00+01:00",
        "{{ 1000000000 | date_to_xmlschema }} => 2001-09-09T03:46:40+02:00",
        "{{ page.date | date_to_rfc822 }} => Sun, 07 Mar 2021 09:05:03 +0100",
        "{{ page.date | date_to_string }} => 07 Mar 2021",
        "{{ page.date | date_to_string: 'ordinal', 'US' }} => Mar 7th, 2021",
        "{{ page.date | date_to_long_string }} => 07 March 2021",
        "{{ page.date | date_to_long_string: 'ordinal' }} => 7th March 2021",
        "{{ '2021-03-11' | date_to_long_string: 'ordinal' }} => 11th March 2021",
        "{{ 'today' | date_to_string }} => 01 Jun 2024",
        "{{ '' | date_to_xmlschema }}|{{ nil | date_to_string | inspect }} => |nil",
        "{{ 'now' | date: '%F %H:%M' }} => 2024-06-01 14:00",
        "{{ 'now' | date: '' }} => now",
        "{{ '/about/' | relative_url }} => /blog/about/",
        "{{ 'about/' | absolute_url }} => https://example.org/blog/about/",
        "{{ '/caf%C3%A9/' | relative_url }} => /blog/caf%C3%A9/",
        "{{ 'https://other.org/x' | absolute_url }} => https://other.org/x",
        "{{ post | relative_url }} => /blog/2021/hello/",
        "{{ '/a/index.html' | strip_index }} => /a/",
        "{{ page.title | xml_escape }} => Tom &amp; &quot;Jerry&quot; &lt;3",
        "{{ \"it's\" | xml_escape }} => it&apos;s",
        "{{ 'a b & c' | cgi_escape }} => a+b+%26+c",
        "{{ 'a*b~c d' | cgi_escape }} => a%2Ab~c+d",
        "{{ 'x y' | uri_escape }} => x%20y",
        "{{ '  a  b \t c  ' | normalize_whitespace }}| => a b c|",
        "{{ 'Two <em>small</em> words' | number_of_words }} => 3",
        "{{ '日本語 and words' | number_of_words: 'cjk' }} => 5",
        "{{ 'The _config.yml file' | slugify }} => the-config-yml-file",
        "{{ 'The _config.yml file' | slugify: 'pretty' }} => the-_config.yml-file",
        "{{ 'Keep Case' | slugify: 'default', true }} => Keep-Case",
        "{{ 'C++ Tips' | tag_url }} => /tags/c-tips/",
        "{{ 'News' | category_url }} => /categories/news/",
        "{{ page.tags | array_to_sentence_string }} => a, b, and c",
        "{{ page.tags | array_to_sentence_string: 'or' }} => a, b, or c",
        "{{ people | map: 'name' | slice: 0, 2 | array_to_sentence_string }} => Al and Bo",
        "{{ page.tags | jsonify }} => `[\"a\",\"b\",\"c\"]`",
        "{{ page | jsonify }} => `{\"date\":\"2021-03-07 09:05:03 +0100\",\"tags\":[\"a\",\"b\",\"c\"],\"title\":\"Tom & \\\"Jerry\\\" <3\"}`",
        "{{ site.time | jsonify }} => `\"2024-06-01 14:00:00 +0200\"`",
        "{{ page.tags | inspect }} => [&quot;a&quot;, &quot;b&quot;, &quot;c&quot;]",
        "{{ true | to_integer }} {{ '12abc' | to_integer }} {{ 3.9 | to_integer }} {{ nil | to_integer }} => 1 12 3 0",
        "{{ people | where: 'age', '30' | map: 'name' | join: '' }} => Bo",
        "{{ people | where: 'age', 30 | map: 'name' | join: '' }} => Bo",
        "{{ people | where: 'team', 'a' | map: 'name' | join: ',' }} => Al,Bo",
        "{{ mixed | where: 'age', nil | map: 'name' | join: '' }} => Z",
        "{{ nil | where: 'a', 'b' | inspect }} {{ 'str' | where: 'a', 'b' | inspect }} => nil &quot;str&quot;",
        "{{ people | where_exp: 'p', 'p.age > 26 and p.team == \"a\"' | map: 'name' | join: '' }} => Bo",
        "{{ people | find: 'name', 'Bo' | map: 'age' }} => 30",
        "{{ people | find_exp: 'p', 'p.age > 35' | map: 'name' }} => Cy",
        "{{ people | find_exp: 'p', 'p.age > 100' | inspect }} => nil",
        "{% assign g = people | group_by: 'team' %}{% for x in g %}{{ x.name }}:{{ x.size }} {% endfor %}| => a:2 b:1 |",
        "{% assign g = people | group_by: 'age' %}{{ g | map: 'name' | inspect }} => [&quot;25&quot;, &quot;30&quot;, &quot;38&quot;]",
        "{% assign g = people | group_by_exp: 'p', 'p.age | divided_by: 10' %}{{ g | map: 'name' | inspect }} => [2, 3]",
        "{% assign g = people | group_by_exp: 'p', 'p.age | divided_by: 10' %}{% for x in g %}{{ x.name }}={{ x.items | map: 'name' | join: '+' }} {% endfor %}| => 2=Al 3=Bo+Cy |",
        "{{ people | sort: 'age' | map: 'name' | join: '' }} => AlBoCy",
        "{{ mixed | sort: 'age' | map: 'name' | join: '' }} => ZYX",
        "{{ mixed | sort: 'age', 'last' | map: 'name' | join: '' }} => YXZ",
        "{{ people | sort: 'nope' | map: 'name' | join: '' }} => AlBoCy",
        "{{ page.tags | reverse | sort | join: '' }} => abc",
        "{{ page.tags | pop: 2 | inspect }} {{ page.tags | shift | inspect }} => [&quot;a&quot;] [&quot;b&quot;, &quot;c&quot;]",
        "{{ page.tags | push: 'd' | join: '' }} {{ page.tags | unshift: 'z' | join: '' }} {{ 'abc' | pop }} => abcd zabc abc",
        "{{ people | sample: 2 | size }} {{ 5 | sample }} {{ page.tags | sample: 'x' | size }} => 2 5 1",
        "{{ '*hi*' | markdownify }} => `<p>*hi*</p>\n`",
        "{{ 'TITLE INFO' | downcase }} {{ 3.14159 | round: 2 }} {{ 2.5 | round: 2 }} => title info 3.14 2.5",
    })
    void filters(String template, String expected) {
        assertEquals(expected, render(template));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "{{ 'not a date' | date_to_xmlschema }} => Invalid Date: '\"not a date\"' is not a valid datetime.",
        "{{ nil | sort }} => Cannot sort a null object.",
        "{{ people | sort: 'age', 'middle' }} => Invalid nils order: 'middle' is not a valid nils order. It must be 'first' or 'last'.",
        "{{ people | where: 'age' }} => wrong number of arguments (given 2, expected 3)",
        "{{ page.tags | pop: 'x' }} => invalid integer",
    })
    void errorsAsJekyllRaisesThem(String template, String message) {
        LiquidException e = assertThrows(LiquidException.class, () -> render(template));
        assertEquals(message, e.detail());
    }

    @Test
    void expressionsAreParsedOnceAndSeeTheRestOfTheContext() {
        String template = "{% assign min = 26 %}{% for i in (1..3) %}"
                + "{{ people | where_exp: 'p', 'p.age > min' | size }}{% endfor %}{{ p | inspect }}";
        assertEquals("222nil", render(template));
    }

    @Test
    void filtersCopyTheirInputInsteadOfChangingIt() {
        assertEquals("abc|abcd|abc", render("{{ page.tags | join: '' }}|{{ page.tags | push: 'd' | join: '' }}|"
                + "{{ page.tags | join: '' }}"));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            seen.add(render("{{ people | sample | map: 'name' }}"));
        }
        assertTrue(seen.stream().distinct().count() > 1, "sample picks at random: " + seen);
        assertNotEquals("", seen.get(0));
    }
}
