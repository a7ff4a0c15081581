package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.markdown.evil.Evil;
import dev.colophon.spi.Renderer;
import dev.colophon.testkit.TestSite;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme jars reach the command three ways — {@code --theme-path}, {@code COLOPHON_CLASSPATH}, the site's
 * {@code _themes/} folder — though the launcher runs {@code java -jar}; the minima jar is kept off these
 * tests' class path (cli/pom.xml), so only those ways can provide it.
 */
class ThemePathTest {

    private static final String MINIMA = "title: T\nurl: https://example.org\nfeed: false\nsitemap: false\ntheme: minima\n";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int colophon(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private TestSite site(String config) {
        return TestSite.in(temp).file("_config.yml", config)
                .file("_posts/2024-01-02-hello.md", "---\nlayout: post\ntitle: Hello\n---\nHi.");
    }

    @Test
    void aJarInTheSitesThemesFolderIsUsedAndNotPublished() throws IOException {
        TestSite site = site(MINIMA);
        Files.createDirectories(site.source().resolve("_themes"));
        Files.copy(ThemeFixture.jar("minima", temp), site.source().resolve("_themes/minima.jar"));
        assertEquals(0, colophon("build", "-s", site.source().toString(), "-d", temp.resolve("out").toString()),
                err.toString());
        assertTrue(Files.readString(temp.resolve("out/2024/01/02/hello.html")).contains("class=\"post-title"));
        assertFalse(Files.exists(temp.resolve("out/_themes")));
    }

    @Test
    void colophonClasspathListsThemeJarsAsThePathDoes() {
        TestSite site = site(MINIMA);
        CliProcess process = new CliProcess(temp.resolve("log.txt")).env(ThemeJars.ENVIRONMENT,
                temp.resolve("elsewhere.jar") + File.pathSeparator + ThemeFixture.jar("minima", temp));
        assertEquals(2, process.run("build", "-s", site.source().toString(), "-d", temp.resolve("out").toString()));
        assertTrue(process.output().contains("error: COLOPHON_CLASSPATH names " + temp.resolve("elsewhere.jar")
                + ", which does not exist"), process.output());

        process = new CliProcess(temp.resolve("log2.txt")).env(ThemeJars.ENVIRONMENT,
                ThemeFixture.jar("minima", temp).toString());
        assertEquals(0, process.run("build", "-s", site.source().toString(), "-d", temp.resolve("out").toString()),
                process.output());
        assertTrue(Files.exists(temp.resolve("out/assets/main.css")));
    }

    @Test
    void aMissingJarIsNamedAndNothingIsBuilt() {
        TestSite site = site(MINIMA);
        Path missing = temp.resolve("minima.jar");
        assertEquals(2, colophon("build", "-s", site.source().toString(), "-d", temp.resolve("out").toString(),
                "--theme-path", missing.toString()));
        assertEquals("error: --theme-path names " + missing + ", which does not exist (give the path of a theme"
                + " jar; several are separated by '" + File.pathSeparator + "')", err.toString().strip());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aThemeNotFoundListsTheThemesThatWereAndHowToAddOne() {
        TestSite site = site("feed: false\nsitemap: false\ntheme: minimal-mistakes\n");
        assertEquals(1, colophon("build", "-s", site.source().toString(), "-d", temp.resolve("out").toString(),
                "--theme-path", ThemeFixture.jar("minima", temp).toString()));
        // paper is the test resources' theme (ThemeJarTest), colophon the built-in one.
        assertTrue(err.toString().startsWith("_config.yml: error: theme 'minimal-mistakes' was not found (themes"
                + " found: colophon, minima, paper) (add the theme's jar: colophon --theme-path JAR,"
                + " COLOPHON_CLASSPATH, a jar in the site's _themes/ folder, or a dependency of"
                + " colophon-maven-plugin; or remove the theme: line)"), err.toString());
    }

    @Test
    void pluginsInAThemeJarRunButNotInSafeMode() throws IOException {
        // A jar that only declares a plugin: its class comes from the tests' class path, through the parent
        // loader, but ServiceLoader finds it through the jar alone (Evil is declared nowhere else).
        Path jar = temp.resolve("evil-theme.jar");
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new JarEntry("META-INF/services/" + Renderer.class.getName()));
            zip.write(Evil.class.getName().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        TestSite site = site("feed: false\nsitemap: false\n");
        assertEquals(0, colophon("build", "-s", site.source().toString(), "-d", temp.resolve("out").toString(),
                "--theme-path", jar.toString()), err.toString());
        assertEquals("EVIL", Files.readString(temp.resolve("out/evil.txt")));

        assertEquals(0, colophon("build", "--safe", "-s", site.source().toString(), "-d",
                temp.resolve("safe").toString(), "--theme-path", jar.toString()), err.toString());
        assertFalse(Files.exists(temp.resolve("safe/evil.txt")));
        assertTrue(err.toString().contains("safe mode: plugin 'evil' (" + Evil.class.getName() + ")"), err.toString());
    }

    @Test
    void withoutJarsTheEnginesLoaderIsColophonsOwn() {
        try (ThemeJars none = ThemeJars.open(null, "", temp)) {
            assertEquals(ThemeJars.class.getClassLoader(), none.loader());
            assertTrue(none.jars().isEmpty());
        }
    }
}
