package dev.colophon.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.SiteSource;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jekyll's filters, rendered through a real page of an in-memory site. */
class JekyllFiltersTest {

    private static final Colophon COLOPHON = Colophon.create();

    private static String render(String liquid) {
        Map<String, String> files = Map.of(
                "_config.yml", "url: https://example.org/\nbaseurl: /blog\ntimezone: Europe/Berlin\nfeed: false\n",
                "_data/people.yml", "- {name: Al, age: 25, team: a}\n- {name: Bo, age: 30, team: a}\n- {name: Cy, age: 38, team: b}\n",
                "page.html", "---\ndate: 2021-03-07 09:05:03 +0100\ntitle: 'Tom & \"Jerry\" <3'\ntags: [a, b, c]\n---\n" + liquid);
        return COLOPHON.render(SiteSource.inMemory(files), "page.html",
                BuildOptions.defaults().withNow(java.time.Instant.parse("2024-06-01T12:00:00Z"))).html();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        "{{ page.date | date_to_xmlschema }}                    => 2021-03-07T09:05:03+01:00",
        "{{ '2001-09-11 08:46:00 -0400' | date_to_xmlschema }}  => 2001-09-11T14:46:00+02:00",
        "{{ page.date | date_to_rfc822 }}                       => Sun, 07 Mar 2021 09:05:03 +0100",
        "{{ page.date | date_to_string }}                       => 07 Mar 2021",
        "{{ page.date | date_to_string: 'ordinal', 'US' }}      => Mar 7th, 2021",
        "{{ page.date | date_to_long_string }}                  => 07 March 2021",
        "{{ page.date | date_to_long_string: 'ordinal' }}       => 7th March 2021",
        "{{ page.date | date: '%-d %B %Y' }}                    => 7 March 2021",
        "{{ '2001-09-11' | date: '%Y %b' }}|{{ '2019-01-02' | date: '%Y %b' }} => 2001 Sep|2019 Jan",
        "{{ 1000000000 | date: '%F %H:%M' }}                   => 2001-09-09 03:46",
        "{{ 'not a date' | date: '%Y' }}                        => not a date",
        "{{ page.date | date: '' }}|{{ page.tags | date: '%Y' }} => 2021-03-07 09:05:03 +0100|abc",
        "{{ 'now' | date: '%F %H:%M' }}                         => 2024-06-01 14:00",
        "{{ 'Today' | date_to_string }}                         => 01 Jun 2024",
        "{{ site.time | date: '%F %H:%M' }}                     => 2024-06-01 14:00",
        "{{ '/about/' | relative_url }}                         => /blog/about/",
        "{{ 'about/' | absolute_url }}                          => https://example.org/blog/about/",
        "{{ '/caf%C3%A9/' | relative_url }}                     => /blog/caf%C3%A9/",
        "{{ 'https://other.org/x' | absolute_url }}             => https://other.org/x",
        "{{ page.title | xml_escape }}                          => Tom &amp; &quot;Jerry&quot; &lt;3",
        "{{ 'a b & c' | cgi_escape }}                           => a+b+%26+c",
        "{{ '<p>Two <em>small</em></p> words' | number_of_words }} => 3",
        "{{ '<p>Two <em>small</em> words</p>' | strip_html }}   => Two small words",
        "{{ 'The _config.yml file' | slugify }}                 => the-config-yml-file",
        "{{ 'Café ½ x² Ⅻ' | slugify }}                          => café-x",
        "{{ 'The _config.yml file' | slugify: 'pretty' }}       => the-_config.yml-file",
        "{{ 'Über Café' | slugify: 'latin' }}                   => uber-cafe",
        "{{ 'Über Café' | slugify: 'ascii' }}                   => ber-caf",
        "{{ 'Keep Case' | slugify: 'default', true }}           => Keep-Case",
        "{{ page.tags | array_to_sentence_string }}             => a, b, and c",
        "{{ site.data.people | find: 'name', 'Bo' | map: 'age' }} => 30",
        "{{ site.data.people | find_exp: 'p', 'p.age > 35' | map: 'name' }} => Cy",
        "{% assign g = site.data.people | group_by: 'team' %}{% for x in g %}{{ x.name }}:{{ x.size }} {% endfor %}| => a:2 b:1 |",
        "{% assign g = site.data.people | group_by_exp: 'p', 'p.age | plus: 0 | divided_by: 10' %}{% for x in g %}{{ x.name }}={{ x.items | map: 'name' | join: '+' }} {% endfor %}| => 2=Al 3=Bo+Cy |",
        "{{ site.data.people | sample: 2 | size }} => 2",
        "{{ page.tags | inspect }} => [&quot;a&quot;, &quot;b&quot;, &quot;c&quot;]",
        "{{ '2016-03-14' | date_to_xmlschema }}                 => 2016-03-14T00:00:00+01:00",
        "{{ site.data.people | where: 'age', '30' | map: 'name' }} => Bo",
        "{{ site.data.people | where_exp: 'p', 'p.age > 26 and p.team == \"a\"' | map: 'name' }} => Bo",
        "{% assign g = site.data.people | group_by_exp: 'p', 'p.age | divided_by: 10' %}{{ g | map: 'name' | inspect }} => [2, 3]",
        "{{ site.data.people | sort: 'age' | map: 'name' | join: '' }} => AlBoCy",
        "{{ '*hi* there' | markdownify }} => `<p><em>hi</em> there</p>\n`",
        "{{ \"It's 'quoted' -- really\" | smartify }} => It’s ‘quoted’ – really",
        "{{ \"1. Use *args* and [x](y) <b>...\" | smartify }} => 1. Use *args* and [x](y) &lt;b&gt;…",
        "{{ '- a \"dash\"' | smartify }} => - a “dash”",
        "{{ '日本語 and words' | number_of_words }} => 3",
        "{{ '日本語 and words' | number_of_words: 'cjk' }} => 5",
        "{{ 'just words here' | number_of_words: 'auto' }} => 3",
        "{{ page.tags | jsonify }}                              => `[\"a\",\"b\",\"c\"]`",
        "{{ site.time | jsonify }}                              => `\"2024-06-01 14:00:00 +0200\"`",
        "{{ page.date | jsonify }}                              => `\"2021-03-07 09:05:03 +0100\"`",
    })
    void filters(String liquid, String expected) {
        assertEquals(expected, render(liquid));
    }

    @Test
    void caseAndRoundingDoNotFollowTheMachinesLocale() {
        Locale saved = Locale.getDefault();
        // Turkish: "I" lower-cases to a dotless ı, and decimals are written with a comma. Ruby's round: 2.5
        // rounded to 2 places is 2.5 (liqp wrote 2.50).
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertEquals("title info TITLE INFO 3.14 3 2.5 -1",
                    render("{{ 'TITLE INFO' | downcase }} {{ 'title info' | upcase }} {{ 3.14159 | round: 2 }} "
                            + "{{ 2.5 | round }} {{ 2.5 | round: 2 }} {{ -1.4 | round }}"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
