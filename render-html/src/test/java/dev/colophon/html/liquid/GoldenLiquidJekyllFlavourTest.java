package dev.colophon.html.liquid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colophon.liquid.golden.GoldenSuite;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.model.FeedSettings;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Pagination;
import dev.colophon.model.SiteConfig;
import dev.colophon.model.Template;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Golden Liquid through the Jekyll flavour, as a Jekyll site's templates meet it: Jekyll's filters and tags
 * over Liquid's, its {@code include}, its error modes. Colophon's engine alone passes every case
 * ({@code GoldenLiquidTest}); the cases where Jekyll's flavour gives another answer, on purpose, are listed
 * with the reason in {@code golden-jekyll-flavour.txt}. Jekyll 4.3.1 itself passes 909.
 */
class GoldenLiquidJekyllFlavourTest {

    @SuppressWarnings("unchecked")
    @Test
    void passesTheSuiteWhereJekyllAgrees() throws IOException {
        Map<String, Object> suite = new ObjectMapper().readValue(GoldenSuite.file().toFile(), Map.class);
        TreeSet<String> differing = listed();
        Map<String, int[]> sections = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        int passed = 0;
        List<Map<String, Object>> cases = (List<Map<String, Object>>) suite.get("tests");
        for (Map<String, Object> c : cases) {
            String name = (String) c.get("name");
            int[] counts = sections.computeIfAbsent(name.substring(0, Math.max(0, name.indexOf(','))), s -> new int[2]);
            counts[1]++;
            String problem = run(c);
            if (problem == null) {
                passed++;
                counts[0]++;
                if (differing.contains(name)) {
                    unexpected.add("passes but is listed: " + name);
                }
            } else if (!differing.contains(name)) {
                unexpected.add(name + "\n    " + problem);
            }
        }
        StringBuilder report = new StringBuilder("Golden Liquid, Jekyll flavour: " + passed + " of " + cases.size()
                + " pass\n");
        sections.forEach((s, n) -> report.append(String.format("  %-16s %4d of %4d%n", s, n[0], n[1])));
        System.out.print(report);
        unexpected.forEach(System.out::println);
        assertEquals(List.of(), unexpected, report.toString());
    }

    @SuppressWarnings("unchecked")
    private static String run(Map<String, Object> c) {
        List<String> tags = (List<String>) c.getOrDefault("tags", List.of());
        Map<String, String> templates = (Map<String, String>) c.getOrDefault("templates", Map.of());
        Map<String, Object> data = (Map<String, Object>) c.getOrDefault("data", Map.of());
        boolean strict = tags.contains("strict") || tags.contains("strict2");
        SiteConfig config = new SiteConfig("", "", dev.colophon.model.Author.NONE, "", "",
                SiteConfig.defaults().permalink(), java.time.ZoneOffset.UTC, List.of(), List.of(), false, false,
                SiteConfig.defaults().excerptSeparator(), FeedSettings.DEFAULTS, Pagination.OFF,
                Map.of("liquid", Map.of("error_mode", strict ? "strict" : "lax")));
        TemplateSetup setup = new TemplateSetup(config,
                name -> Optional.ofNullable(templates.get(name))
                        .map(body -> new Template(name, "_includes/" + name, FrontMatter.EMPTY, body, 1)),
                (extension, text) -> Optional.empty(), Highlighting.NONE, path -> Optional.empty(), d -> { });
        boolean invalid = Boolean.TRUE.equals(c.get("invalid"));
        String output;
        try {
            output = new LiquidEngine().compile(new SourceText("case.html", (String) c.get("template")), 1, setup)
                    .render(data);
        } catch (SourceException e) {
            return invalid ? null : "error: " + e.getMessage();
        } catch (RuntimeException e) {
            return "internal error: " + e;
        }
        if (invalid) {
            return "no error; rendered " + output;
        }
        List<String> expected = c.containsKey("results") ? (List<String>) c.get("results")
                : List.of((String) c.get("result"));
        return expected.contains(output) ? null : "expected " + expected.get(0) + " got " + output;
    }

    private static TreeSet<String> listed() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/golden-jekyll-flavour.txt"))) {
            String name = line.contains("  #") ? line.substring(0, line.indexOf("  #")) : line;
            if (!name.isBlank() && !name.startsWith("#")) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
