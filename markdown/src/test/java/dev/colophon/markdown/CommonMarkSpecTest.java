package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.colophon.spi.Highlighting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * The 652 examples of the CommonMark 0.31.2 spec ({@code src/test/resources/commonmark/}, see its README)
 * through Colophon's Markdown conversion, typography off and heading ids taken out, compared as the spec's
 * own harness compares ({@link SpecHtml}).
 *
 * <p>Two dialects are measured. A site that asks for CommonMark ({@code markdown: CommonMark}) gets
 * CommonMark's block HTML: the examples it writes otherwise are listed in {@code known-failures.txt} with the
 * reason. Jekyll's default, kramdown, keeps an HTML element raw to its end tag and reads Markdown right after
 * it ({@link KramdownHtmlBlocks}): the examples where that is kramdown's answer and not CommonMark's are
 * listed, besides, in {@code known-failures-kramdown.txt}. Each test fails on any other example that fails,
 * and on a listed example that passes (so that the list is shortened when a change fixes one).
 */
class CommonMarkSpecTest {

    /** The issue's bar: flexmark with percent-encoded link destinations. */
    private static final int AT_LEAST = 629;

    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]) id=\"[^\"]*\"");

    record Example(int number, String section, String markdown, String html) {
    }

    @Test
    void specExamplesPassButTheKnownFailuresInTheCommonMarkDialect() {
        int passed = check(new MarkdownEngine(false, false, false), knownFailures("known-failures.txt"));
        assertTrue(passed >= AT_LEAST, passed + " examples pass, fewer than " + AT_LEAST);
    }

    @Test
    void specExamplesPassButTheKnownFailuresAndKramdownsAnswersInTheDefaultDialect() {
        Map<Integer, String> known = knownFailures("known-failures.txt");
        knownFailures("known-failures-kramdown.txt").forEach((number, reason) -> {
            if (known.put(number, reason) != null) {
                throw new IllegalStateException("listed in both files: " + number);
            }
        });
        check(new MarkdownEngine(false, false), known);
    }

    /** Runs every example through {@code engine}, prints the count by section and returns how many pass. */
    private static int check(MarkdownEngine engine, Map<Integer, String> known) {
        List<Example> examples = examples();
        Map<String, int[]> bySection = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        List<Integer> fixed = new ArrayList<>();
        int passed = 0;
        for (Example example : examples) {
            String actual = SpecHtml.normalize(html(engine, example.markdown()));
            String expected = SpecHtml.normalize(example.html());
            boolean ok = actual.equals(expected);
            int[] counts = bySection.computeIfAbsent(example.section(), s -> new int[2]);
            counts[1]++;
            if (ok) {
                counts[0]++;
                passed++;
                if (known.containsKey(example.number())) {
                    fixed.add(example.number());
                }
            } else if (!known.containsKey(example.number())) {
                unexpected.add("Example " + example.number() + " (" + example.section() + ")\n"
                        + example.markdown() + "expected: " + expected + "\nactual:   " + actual + "\n");
            }
        }
        StringBuilder report = new StringBuilder("CommonMark 0.31.2: " + passed + " of " + examples.size()
                + " examples pass\n");
        bySection.forEach((section, counts) ->
                report.append(String.format("  %-40s %3d of %3d%n", section, counts[0], counts[1])));
        System.out.print(report);

        if (!unexpected.isEmpty()) {
            fail(unexpected.size() + " examples fail that the known failures do not list:\n\n"
                    + String.join("\n", unexpected));
        }
        assertEquals(List.of(), fixed, "examples listed as known failures that now pass: take them out");
        assertEquals(examples.size() - known.size(), passed);
        return passed;
    }

    @Test
    void theNormalisationIsTheSpecHarnessOne() {
        // The doctests of commonmark-spec's test/normalize.py.
        assertEquals("<p>a b</p>", SpecHtml.normalize("<p>a  \t b</p>"));
        assertEquals("<p>a b</p>", SpecHtml.normalize("<p>a  \t\nb</p>"));
        assertEquals("<p>a b</p>", SpecHtml.normalize(" <p>a  b</p>"));
        assertEquals("<p>a b</p>", SpecHtml.normalize("<p>a  b</p> "));
        assertEquals("<p>a b</p>", SpecHtml.normalize("\n\t<p>\n\t\ta  b\t\t</p>\n\t"));
        assertEquals("<i>a b</i> ", SpecHtml.normalize("<i>a  b</i> "));
        assertEquals("<br>", SpecHtml.normalize("<br />"));
        assertEquals("<a href=\"foo\" title=\"bar\">x</a>", SpecHtml.normalize("<a title=\"bar\" HREF=\"foo\">x</a>"));
        assertEquals("\u2200&amp;&gt;&lt;&quot;", SpecHtml.normalize("&forall;&amp;&gt;&lt;&quot;"));
    }

    /** Colophon's HTML for {@code markdown}, without the heading ids that the spec's HTML has not. */
    private static String html(MarkdownEngine engine, String markdown) {
        return HEADING_ID.matcher(MarkdownParser.convert(engine, markdown, Highlighting.NONE)).replaceAll("$1");
    }

    /**
     * The spec's examples, from commonmark-java's test utilities on Maven Central (its {@code spec.txt} is
     * the spec's, version 0.31.2), numbered in order; {@code →} stands for a tab, as in the spec's own runner.
     */
    static List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        List<org.commonmark.testutil.example.Example> read = ExampleReader.readExamples(
                ExampleReader.class.getResource("/spec.txt"));
        for (int i = 0; i < read.size(); i++) {
            org.commonmark.testutil.example.Example e = read.get(i);
            examples.add(new Example(i + 1, e.getSection(), e.getSource().replace('\u2192', '\t'),
                    e.getHtml().replace('\u2192', '\t')));
        }
        return examples;
    }

    /** The examples known to fail, each with why: lines of {@code NUMBER reason}, {@code #} comments. */
    private static Map<Integer, String> knownFailures(String file) {
        Map<Integer, String> known = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+", 2);
                if (parts.length < 2 || known.put(Integer.parseInt(parts[0]), parts[1]) != null) {
                    throw new IllegalStateException(file + ": a number and a reason, once each: " + line);
                }
            }
            return known;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/commonmark/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource commonmark/" + name);
        }
        return in;
    }
}
