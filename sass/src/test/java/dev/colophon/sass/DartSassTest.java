package dev.colophon.sass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.larsgrefer.sass.embedded.connection.BundledPackageProvider;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ParseContext;
import dev.colophon.testkit.TestSite;
import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dart Sass process: started only when a stylesheet needs it, then reused, and restarted if it died. */
class DartSassTest {

    private final DartSass dartSass = new DartSass();
    private final Colophon colophon = Colophon.builder().plugin(new SassParser(() -> dartSass)).build();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        dartSass.stop();
    }

    private TestSite site() {
        return TestSite.in(dir).file("_config.yml", "feed: false\nsitemap: false\nsass:\n  sourcemap: never\n")
                .file("about.html", "---\ntitle: About\n---\n<p>About</p>\n")
                .file("assets/plain.css", "p { margin: 0 }\n")
                .file("assets/raw.scss", "a { b: c }\n");
    }

    private void build(TestSite site) {
        colophon.build(site.source(), site.destination(), TestSite.options());
    }

    @Test
    void aBuildWithoutSassPagesNeverStartsDartSass() {
        TestSite site = site();
        build(site);
        assertTrue(site.exists("about.html"));
        assertFalse(dartSass.running());
        assertEquals(0, dartSass.starts());
    }

    @Test
    void oneProcessServesEveryLaterBuild() {
        TestSite site = site().file("assets/main.scss", "---\n---\na { b: c; }\n")
                .file("assets/more.scss", "---\n---\np { q: r; }\n");
        build(site);
        build(site);
        build(site);
        assertTrue(dartSass.running());
        assertEquals(1, dartSass.starts());
        assertEquals("a {\n  b: c;\n}", site.output("assets/main.css"));
    }

    @Test
    void aProcessThatDiedIsStartedAgain() {
        TestSite site = site().file("assets/main.scss", "---\n---\na { b: c; }\n");
        Set<Long> before = children();
        build(site);
        Set<Long> started = children();
        started.removeAll(before);
        assertEquals(1, started.size(), "one Dart Sass process: " + started);
        ProcessHandle.of(started.iterator().next()).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });

        site.file("assets/main.scss", "---\n---\na { b: d; }\n");
        build(site);
        assertEquals("a {\n  b: d;\n}", site.output("assets/main.css"));
        assertEquals(2, dartSass.starts());
    }

    @Test
    void stoppingIsHarmlessAndTheNextStylesheetStartsItAgain() {
        dartSass.stop();
        TestSite site = site().file("assets/main.scss", "---\n---\na { b: c; }\n");
        build(site);
        dartSass.stop();
        dartSass.stop();
        assertFalse(dartSass.running());
        build(site);
        assertEquals(2, dartSass.starts());
    }

    @Test
    void aDartSassNamedByTheSystemPropertyIsUsed() throws Exception {
        File bundled = new BundledPackageProvider().getDartSassExecutable();
        String before = System.getProperty(DartSass.EXECUTABLE);
        try {
            System.setProperty(DartSass.EXECUTABLE, bundled.getPath());
            assertEquals("a {\n  b: c;\n}", compile("a { b: c; }"));
            dartSass.stop();

            System.setProperty(DartSass.EXECUTABLE, dir.resolve("no-sass-here").toString());
            SourceException e = assertThrows(SourceException.class, () -> compile("a { b: c; }"));
            assertEquals(SourcePosition.of("assets/main.scss"), e.position());
            assertTrue(e.diagnostic().message().startsWith("Dart Sass could not be started ("
                    + dir.resolve("no-sass-here")), e.diagnostic().message());
            assertTrue(e.diagnostic().hint().contains("-D" + DartSass.EXECUTABLE), e.diagnostic().hint());
            assertFalse(dartSass.running());
        } finally {
            if (before == null) {
                System.clearProperty(DartSass.EXECUTABLE);
            } else {
                System.setProperty(DartSass.EXECUTABLE, before);
            }
        }
    }

    private String compile(String scss) {
        return new SassParser(() -> dartSass).toHtml(scss, new ParseContext("assets/main.scss", 3,
                SiteConfig.defaults()));
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
