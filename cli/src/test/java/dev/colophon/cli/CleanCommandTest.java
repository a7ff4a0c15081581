package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon clean}: the built site and caches go, the sources stay. */
class CleanCommandTest {

    @TempDir
    Path site;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void removesTheDestinationLeftoversAndCachesOnly() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: T\n");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_posts/2021-01-01-a.md"), "---\ntitle: A\n---\nA.\n");
        assertEquals(0, run("build", "-s", site.toString()), err.toString());
        Files.createDirectories(site.resolve("._site.colophon-tmp-1234/x"));
        Files.createDirectories(site.resolve(".jekyll-cache/Jekyll"));
        Files.writeString(site.resolve(".jekyll-metadata"), "x");
        Path outside = Files.writeString(site.resolve("outside.txt"), "kept");
        // A link in the built site is removed, not followed.
        Files.createSymbolicLink(site.resolve("_site/link"), outside);

        assertEquals(0, run("clean", "-s", site.toString()), err.toString());
        assertFalse(Files.exists(site.resolve("_site")));
        assertFalse(Files.exists(site.resolve("._site.colophon-tmp-1234")));
        assertFalse(Files.exists(site.resolve(".jekyll-cache")));
        assertFalse(Files.exists(site.resolve(".jekyll-metadata")));
        assertEquals("kept", Files.readString(outside));
        assertTrue(Files.exists(site.resolve("_posts/2021-01-01-a.md")));
        assertTrue(out.toString().contains("Removed " + site.resolve("_site")), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("clean", "-s", site.toString()));
        assertTrue(out.toString().startsWith("Nothing to clean"), out.toString());
    }

    @Test
    void refusesADestinationHoldingTheSources() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: T\n");
        assertEquals(1, run("clean", "-s", site.toString(), "-d", site.getParent().toString()));
        assertTrue(err.toString().startsWith("error: the destination "), err.toString());
        assertTrue(Files.exists(site.resolve("_config.yml")));
    }
}
