package dev.colophon.liquid.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.liquid.ErrorMode;
import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.RenderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Golden Liquid ({@link GoldenSuite}), every case through Colophon's engine: in strict mode
 * where the case is tagged {@code strict}, lax otherwise, in UTC, as the suite's own runner does with Ruby Liquid. The
 * cases that fail are listed with their reasons in {@code known-failures.txt}; the test fails when another
 * case fails, when a listed one passes, and when fewer than {@link #REQUIRED} pass.
 */
class GoldenLiquidTest {

    /** The issue's bar: Ruby Liquid 5.4 alone passes 957, Jekyll 4.3.1 909, liqp 643. */
    private static final int REQUIRED = 950;

    @SuppressWarnings("unchecked")
    @Test
    void passesTheSuite() throws IOException {
        Map<String, Object> suite = new ObjectMapper().readValue(GoldenSuite.file().toFile(), Map.class);
        List<Map<String, Object>> cases = (List<Map<String, Object>>) suite.get("tests");
        TreeSet<String> known = knownFailures();
        Map<String, int[]> sections = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Map<String, Object> c : cases) {
            String name = (String) c.get("name");
            String section = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
            int[] counts = sections.computeIfAbsent(section, s -> new int[2]);
            counts[1]++;
            String problem = run(c);
            if (problem == null) {
                counts[0]++;
                if (known.contains(name)) {
                    unexpected.add("passes but is listed as failing: " + name);
                }
            } else {
                failed.add(name);
                if (!known.contains(name)) {
                    unexpected.add(name + "\n    " + problem);
                }
            }
        }
        int passed = cases.size() - failed.size();
        StringBuilder report = new StringBuilder("Golden Liquid: " + passed + " of " + cases.size() + " pass\n");
        sections.forEach((section, counts) -> report.append(String.format("  %-16s %4d of %4d%n", section, counts[0],
                counts[1])));
        System.out.print(report);
        assertEquals(List.of(), unexpected, report.toString());
        assertTrue(passed >= REQUIRED, report.toString());
    }

    /** Null when the case passes, else what went wrong. */
    @SuppressWarnings("unchecked")
    private static String run(Map<String, Object> c) {
        List<String> tags = (List<String>) c.getOrDefault("tags", List.of());
        Map<String, String> templates = (Map<String, String>) c.getOrDefault("templates", Map.of());
        Map<String, Object> data = (Map<String, Object>) c.getOrDefault("data", Map.of());
        Liquid liquid = Liquid.builder()
                .errorMode(tags.contains("strict") || tags.contains("strict2") ? ErrorMode.STRICT : ErrorMode.LAX)
                .files(name -> Optional.ofNullable(templates.get(name)))
                .build();
        String template = (String) c.get("template");
        boolean invalid = Boolean.TRUE.equals(c.get("invalid"));
        String output;
        try {
            // As the suite's own runner: render! (errors thrown) for invalid cases, render (errors written) else.
            output = liquid.parse(template).render(data, RenderOptions.defaults().withInlineErrors(!invalid));
        } catch (LiquidException e) {
            return invalid ? null : "error: " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "internal error: " + e;
        }
        if (invalid) {
            return "no error; rendered " + quote(output);
        }
        List<String> expected = c.containsKey("results") ? (List<String>) c.get("results")
                : List.of((String) c.get("result"));
        return expected.contains(output) ? null : "expected " + quote(expected.get(0)) + " got " + quote(output)
                + "\n    template " + quote(template);
    }

    private static String quote(String s) {
        return '"' + s.replace("\n", "\\n") + '"';
    }

    private static TreeSet<String> knownFailures() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (InputStream in = resource("known-failures.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                // "name  # reason": the reason is for people.
                String name = line.contains("  #") ? line.substring(0, line.indexOf("  #")) : line;
                if (!name.isBlank() && !name.startsWith("#")) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    private static InputStream resource(String name) {
        InputStream in = GoldenLiquidTest.class.getResourceAsStream("/golden-liquid/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing test resource golden-liquid/" + name));
        }
        return in;
    }

}
