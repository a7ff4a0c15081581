package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.colophon.cli.HostileInputTest.Case;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Liquid written to stall or exhaust a build: loops, growing strings and lists, deep nesting, long markup,
 * self-including includes and huge numbers, each in one small post, in the default mode and in safe mode.
 * Each must end well inside a minute, with its error at the file, line and column (exit 1, the previous
 * site kept) or with a build where the work is within the limits; checked as {@link HostileInputTest} checks
 * its cases, by the command and through the API.
 */
class HostileLiquidTest {

    private static final String POST = "_posts/2021-01-01-a.md";
    private static final String HEAD = "---\ntitle: A\n---\n";
    private static final String TRUSTED_WORK = "Memory limits exceeded: more work than 50000000 loop iterations "
            + "(includes, and the values filters make, count too) (a loop, an include or a growing value here does "
            + "not end, or does far more than any page needs)";
    private static final String SAFE_WORK = "Memory limits exceeded: more work than 10000000 loop iterations "
            + "(includes, and the values filters make, count too) (safe mode bounds the work of a page's Liquid; a "
            + "loop or a growing value here goes past it)";
    private static final String TRUSTED_HINT = " (a loop, an include or a growing value here does not end, or does "
            + "far more than any page needs)";
    private static final String SAFE_HINT = " (safe mode bounds the work of a page's Liquid; a loop or a growing "
            + "value here goes past it)";
    private static final String TOO_DEEP = "Liquid nests too deep here: blocks in blocks, includes in includes, or "
            + "arrays in arrays (nest them less deep: at most 100 blocks in one another)";
    private static final String DIGITS = "a number of more than 10000 digits (keep numbers that long as text; no "
            + "arithmetic needs them)";
    /** An array in an array 100,000 deep, built by a loop. */
    private static final String NESTED = "{% assign a = '' | split: '' %}{% for i in (1..100000) %}"
            + "{% assign b = '' | split: '' %}{% assign a = b | push: a %}{% endfor %}";

    @TempDir
    Path temp;

    private static Case post(String name, String body) {
        return new Case(name, Map.of(), "", dirs -> dirs[1].resolve("out"), List.of(), 0, site -> { })
                .file(POST, HEAD + body);
    }

    /** The same case in safe mode. */
    private static Case safe(Case c) {
        return new Case(c.name() + " (safe)", c.files(), c.config() + "safe: true\n", c.destination(), c.expected(),
                c.exit(), c.setup());
    }

    static Stream<Case> cases() {
        String loop = "{% for i in (1..100000000) %}x{% endfor %}\n";
        String doubling = "{% assign s = \"xx\" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}\n";
        String concat = "{% assign a = 'x' | split: ',' %}{% for i in (1..40) %}{% assign a = a | concat: a %}"
                + "{% endfor %}\n";
        String twice = "{% if include.n < 20 %}{% assign f = 'me.html' %}{% assign m = include.n | plus: 1 %}"
                + "{% include {{ f }} n=m %}{% assign m = include.n | plus: 1 %}{% include {{ f }} n=m %}{% endif %}x";
        String append = "{% assign s = '' %}{% for i in (1..1000000) %}{% assign s = s | append: 'x' %}{% endfor %}\n";
        return Stream.of(
                // Work without end
                post("a loop of a hundred million", loop).fails(POST + ":4:1: error: " + TRUSTED_WORK),
                safe(post("a loop of a hundred million", loop).fails(POST + ":4:1: error: " + SAFE_WORK)),
                post("a loop past 2^31", "{% for i in (1..3000000000) %}{% endfor %}\n")
                        .fails(POST + ":4:1: error: " + TRUSTED_WORK),
                post("a loop to a Bignum", "{% for i in (1..99999999999999999999) %}{% endfor %}\n")
                        .fails(POST + ":4:1: error: " + TRUSTED_WORK),
                post("a loop just past a long", "{% for i in (9223372036854775806..9223372036854775809) %}{{ i }} "
                        + "{% endfor %}\n").builds(),
                post("a string doubled in a loop", doubling)
                        .fails(POST + ":4:44: error: Memory limits exceeded: a value of more than 268435456 characters"
                                + TRUSTED_HINT),
                safe(post("a string doubled in a loop", doubling)
                        .fails(POST + ":4:44: error: Memory limits exceeded: a value of more than 33554432 characters"
                                + SAFE_HINT)),
                safe(post("a list doubled in a loop", concat)
                        .fails(POST + ":4:56: error: Memory limits exceeded: a list of more than 2097152 items"
                                + SAFE_HINT)),
                safe(post("a million appends of one character", append).fails(POST + ":4:47: error: " + SAFE_WORK)),
                post("an include that includes itself twice per level", "{% include me.html n=0 %}\n")
                        .file("_includes/me.html", twice)
                        .fails("_includes/me.html:1:86: error: " + TRUSTED_WORK),
                safe(post("an include that includes itself twice per level", "{% include me.html n=0 %}\n")
                        .file("_includes/me.html", twice)
                        .fails("_includes/me.html:1:147: error: " + SAFE_WORK)),
                // Nesting
                post("5,000 nested ifs", "{% if true %}".repeat(5_000) + "x" + "{% endif %}".repeat(5_000))
                        .fails(POST + ":4:1288: error: " + TOO_DEEP),
                post("100,000 nested ifs", "{% if true %}".repeat(100_000) + "x" + "{% endif %}".repeat(100_000))
                        .fails(POST + ":4:1288: error: " + TOO_DEEP),
                post("inspect of an array nested 100,000 deep", NESTED + "{{ a | inspect | size }}\n")
                        .fails(POST + ":4:129: error: " + TOO_DEEP),
                post("jsonify of an array nested 100,000 deep", NESTED + "{{ a | jsonify | size }}\n")
                        .fails(POST + ":4:129: error: " + TOO_DEEP),
                post("an array nested 100,000 deep written out", NESTED + "{{ a }}\n")
                        .fails(POST + ":4:129: error: " + TOO_DEEP),
                post("inspect and jsonify of data nested 900 deep", "{{ site.data.deep | inspect | size }} "
                        + "{{ site.data.deep | jsonify | size }}\n")
                        .file("_data/deep.json", "[".repeat(900) + "]".repeat(900)).builds(),
                post("brackets nested 100,000 deep", "{{ a" + "[b".repeat(100_000) + "]".repeat(100_000) + " }}\n")
                        .fails(POST + ":4:1: error: the markup here nests too deep or is too long to be read (shorten "
                                + "it, or nest its brackets less deep)"),
                // Long markup and regular expressions
                post("an unclosed {{ before 5 MB of text", "{{ " + "a b ".repeat(1_250_000) + "\n")
                        .fails(POST + ":4:1: error: '{{' is not closed (end the output with '}}')"),
                post("a loop over a word of a million letters", "{% for x in " + "a".repeat(1_000_000)
                        + " %}{% endfor %}\n").builds(),
                post("a when of 300,000 values", "{% case 2 %}{% when " + "1, ".repeat(300_000) + "2 %}y{% endcase %}\n")
                        .builds(),
                post("an if of 200,000 ands", "{% if " + "a and ".repeat(200_000) + "b %}y{% endif %}\n").builds(),
                post("strip_html and other filters on 1 MB of hostile text", "{% for s in site.data.x %}"
                        + "{{ s[1] | strip_html | newline_to_br | xml_escape | normalize_whitespace | size }}"
                        + "{{ s[1] | number_of_words }}{{ s[1] | slugify | size }}{{ s[1] | escape_once | size }}"
                        + "{{ s[1] | strip_newlines | squish | url_encode | size }}{{ s[1] | downcase | size }}"
                        + "{% endfor %}\n")
                        .file("_data/x.json", hostileText()).builds(),
                // A million dashes were a stack overflow in flexmark's thematic break pattern; smartened now.
                post("smartify of a million dashes", "{{ site.data.d.v | smartify | size }}\n")
                        .file("_data/d.json", "{\"v\": \"" + "-".repeat(1_000_000) + "\"}").builds(),
                // Numbers
                post("a number literal past a long", "{{ 99999999999999999999 }} {{ 99999999999999999999 | plus: 1 }} "
                        + "{{ \"1e1000000000\" | plus: 1 }}\n").builds(),
                post("a number of a million digits", "{{ site.data.n.v | plus: 1 }}\n")
                        .file("_data/n.json", "{\"v\": \"" + "9".repeat(1_000_000) + "\"}")
                        .fails(POST + ":4:1: error: " + DIGITS),
                post("a number literal of a million digits", "{{ " + "9".repeat(1_000_000) + " }}\n")
                        .fails(POST + ":4:1: error: " + DIGITS),
                post("a number squared in a loop", "{% assign x = 99 %}{% for i in (1..40) %}"
                        + "{% assign x = x | times: x %}{% endfor %}\n")
                        .fails(POST + ":4:42: error: " + DIGITS));
    }

    /** A megabyte of each text that regular expressions or careless loops choke on, as a data file. */
    private static String hostileText() {
        int m = 1_000_000;
        Map<String, String> texts = Map.of("lt", "<".repeat(m), "lta", "<a".repeat(m / 2), "comment",
                "<!--".repeat(m / 4), "newlines", "\r\n".repeat(m / 2), "spaces", " ".repeat(m), "amps",
                "&#x".repeat(m / 3), "quotes", "'\"".repeat(m / 2), "dashes", "-".repeat(m), "mixed",
                "<a <b c='<' d=\"<\">".repeat(m / 20));
        StringBuilder json = new StringBuilder("{");
        texts.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n"))
                .append('"'));
        return json.append('}').toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileLiquid(Case c) {
        HostileInputTest check = new HostileInputTest();
        check.temp = temp;
        // A build that does not end fails here, in a minute, instead of hanging the test run.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check.hostileInput(c));
    }
}
