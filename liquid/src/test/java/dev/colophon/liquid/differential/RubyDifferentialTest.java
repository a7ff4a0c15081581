package dev.colophon.liquid.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.RenderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Generated templates rendered by Ruby Liquid 5.4 and by Colophon's engine, compared (see
 * {@code differential/README.md}). Both render lax, writing errors inline, in UTC. The cases that differ on
 * purpose are listed with their reasons in {@code known-differences.txt}; the test fails when another case
 * differs and when a listed one agrees. Every difference is written to
 * {@code target/differential-report.txt}, and our output where it differs to
 * {@code target/differential-ours.json}.
 */
class RubyDifferentialTest {

    /** No case asks for 'now'; fixed anyway so that a run never depends on the clock. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @SuppressWarnings("unchecked")
    @Test
    void agreesWithRubyLiquid() throws IOException {
        Map<String, Object> file = new ObjectMapper().readValue(resource("cases.json"), Map.class);
        List<Map<String, Object>> cases = (List<Map<String, Object>>) file.get("cases");
        TreeSet<String> known = knownDifferences();
        Liquid liquid = Liquid.builder().build();
        RenderOptions options = RenderOptions.defaults().withInlineErrors(true).withClock(NOW, ZoneOffset.UTC);
        Map<String, int[]> byPrefix = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        Map<String, String> oursWhereDiffering = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        for (Map<String, Object> c : cases) {
            String id = (String) c.get("id");
            int[] counts = byPrefix.computeIfAbsent(id.substring(0, id.indexOf('-')), p -> new int[2]);
            counts[1]++;
            String expected = expected((Map<String, Object>) c.get("ruby"));
            String actual = ours(liquid, options, c);
            if (expected.equals(actual)) {
                counts[0]++;
                if (known.contains(id)) {
                    unexpected.add("agrees but is listed as differing: " + id);
                }
                continue;
            }
            oursWhereDiffering.put(id, actual);
            report.append(id).append(known.contains(id) ? " (known)" : "").append("\n  template ")
                    .append(quote((String) c.get("template"))).append("\n  data     ")
                    .append(new ObjectMapper().writeValueAsString(c.get("data"))).append("\n  ruby     ")
                    .append(quote(expected)).append("\n  ours     ").append(quote(actual)).append('\n');
            if (!known.contains(id)) {
                unexpected.add(id + ": ruby " + quote(expected) + " ours " + quote(actual));
            }
        }
        Path out = Path.of("target", "differential-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        // The same, by id, for scripts (checking a reason by rendering again with Ruby patched).
        new ObjectMapper().writeValue(Path.of("target", "differential-ours.json").toFile(), oursWhereDiffering);
        int agreeing = byPrefix.values().stream().mapToInt(n -> n[0]).sum();
        int total = byPrefix.values().stream().mapToInt(n -> n[1]).sum();
        StringBuilder summary = new StringBuilder("Ruby Liquid differential: " + agreeing + " of " + total
                + " cases agree; by kind:\n");
        byPrefix.forEach((p, n) -> summary.append(String.format("  %-8s %4d of %4d%n", p, n[0], n[1])));
        System.out.print(summary);
        // The first few in the message; all of them in the report.
        assertEquals(List.of(), unexpected.subList(0, Math.min(20, unexpected.size())),
                summary.toString() + unexpected.size() + " unexpected (details in " + out + ")");
    }

    /** Ruby's result as one string: its output, or a marker for what it raised. */
    private static String expected(Map<String, Object> ruby) {
        if (ruby.containsKey("output")) {
            return (String) ruby.get("output");
        }
        if (ruby.containsKey("invalid_utf8")) {
            return (String) ruby.get("invalid_utf8");
        }
        if (ruby.containsKey("syntax_error")) {
            return "<parse raised> " + ruby.get("syntax_error");
        }
        return "<raised> " + ruby.get("raised");
    }

    @SuppressWarnings("unchecked")
    private static String ours(Liquid liquid, RenderOptions options, Map<String, Object> c) {
        try {
            var template = liquid.parse((String) c.get("template"));
            try {
                return template.render((Map<String, Object>) c.get("data"), options);
            } catch (LiquidException e) {
                return "<raised> " + e.getMessage();
            }
        } catch (LiquidException e) {
            return "<parse raised> " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "<raised> " + e;
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    private static TreeSet<String> knownDifferences() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        try (InputStream in = resource("known-differences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                // "id  # reason": the reason is for people.
                String id = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    private static InputStream resource(String name) {
        InputStream in = RubyDifferentialTest.class.getResourceAsStream("/differential/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing test resource differential/" + name));
        }
        return in;
    }
}
