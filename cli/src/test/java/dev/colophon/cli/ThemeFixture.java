package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The theme jars this repository builds (themes/NAME), their test sites (test resources' themes/NAME-site)
 * and the pages Jekyll built from those (themes/NAME-jekyll), for the tests that give a theme to the command.
 */
final class ThemeFixture {

    private ThemeFixture() {
    }

    /**
     * The theme's jar as the reactor built it (cli/pom.xml names it in {@code colophon.theme.NAME}); when only
     * tests ran, the reactor has its classes folder, which is packed into a jar in {@code temp} here, so that
     * the command is always given a jar.
     */
    static Path jar(String theme, Path temp) {
        String path = System.getProperty("colophon.theme." + theme);
        assertTrue(path != null && !path.contains("${") && Files.exists(Path.of(path)),
                "the build sets colophon.theme." + theme + " to the theme's jar (cli/pom.xml): " + path);
        Path built = Path.of(path);
        if (!Files.isDirectory(built)) {
            return built;
        }
        Path jar = temp.resolve("colophon-theme-" + theme + ".jar");
        if (Files.exists(jar)) {
            return jar;
        }
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(built)) {
            for (Path file : files.sorted().toList()) {
                String name = built.relativize(file).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                zip.putNextEntry(new JarEntry(Files.isDirectory(file) ? name + "/" : name));
                if (!Files.isDirectory(file)) {
                    Files.copy(file, zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Builds the theme's test site with {@code colophon build --theme-path JAR} into {@code temp/out}. */
    static Path build(String theme, Path temp) {
        Path out = temp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "-s",
                resource(theme + "-site").toString(), "-d", out.toString(), "--theme-path", jar(theme, temp).toString());
        assertEquals(0, code, err.toString());
        return out;
    }

    /**
     * Asserts that a page Colophon built is the one Jekyll built, as compat/ compares them: the same title,
     * elements, classes, links and text.
     */
    static void assertLikeJekyll(String theme, Path out, String page) throws IOException {
        Document jekyll = Jsoup.parse(resource(theme + "-jekyll").resolve(page).toFile(), "UTF-8");
        Document colophon = Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
        assertEquals(jekyll.title(), colophon.title(), page + ": the title");
        assertEquals(outline(jekyll.head()), outline(colophon.head()), page + ": the head");
        assertEquals(outline(jekyll.body()), outline(colophon.body()), page + ": the body");
        assertEquals(text(jekyll), text(colophon), page + ": the text");
    }

    /** The page's text; a copyright year (Chirpy's footer prints the build's) is the year of neither build. */
    private static String text(Document page) {
        return page.body().text().replaceAll("© \\d{4}", "© YEAR");
    }

    /**
     * Every element as its name, classes, link and content, in document order; the seo tag's JSON-LD block is
     * left out, as its keys are the same but need not be in the same order.
     */
    private static List<String> outline(Element root) {
        return root.select("*").stream().filter(e -> !e.attr("type").equals("application/ld+json"))
                .map(e -> e.tagName() + (e.className().isEmpty() ? "" : "." + e.className())
                        + (e.hasAttr("href") ? " " + e.attr("href") : "")
                        + (e.hasAttr("content") ? " " + e.attr("content") : ""))
                .toList();
    }

    static Path resource(String name) {
        try {
            return Path.of(ThemeFixture.class.getResource("/themes/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
