package dev.colophon.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon new site} and {@code colophon new post}, checked by building what they made. */
class NewCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    @Test
    void aNewSiteBuildsAsItIs() throws IOException {
        Path site = temp.resolve("blog");
        assertEquals(0, run("new", "site", site.toString(), "--title", "Notes: \"quoted\""), err.toString());
        assertTrue(Files.readString(site.resolve("_config.yml")).contains("title: \"Notes: \\\"quoted\\\"\""));
        List<Path> posts = files(site.resolve("_posts"));
        assertEquals(1, posts.size(), posts.toString());
        assertTrue(posts.get(0).toString().matches("\\d{4}-\\d\\d-\\d\\d-welcome-to-colophon\\.md"), posts.toString());

        assertEquals(0, run("build", "-s", site.toString()), err.toString());
        assertTrue(out.toString().contains("Built 1 post, "), out.toString());
        String day = posts.get(0).toString().substring(0, 10).replace('-', '/');
        String post = Files.readString(site.resolve("_site/" + day + "/welcome-to-colophon/index.html"));
        assertTrue(post.contains("Welcome to Colophon"), post);
        assertTrue(post.contains("Your Name"), post);
        String home = Files.readString(site.resolve("_site/index.html"));
        assertTrue(home.contains("<title>Notes: &quot;quoted&quot;</title>") || home.contains("Notes: \"quoted\""), home);
        assertTrue(Files.readString(site.resolve("_site/about/index.html")).contains("A few words about you"));
        assertTrue(Files.exists(site.resolve("_site/feed.xml")));
        assertEquals("", err.toString());
    }

    @Test
    void aNewSiteRefusesAFolderThatHasFiles() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        assertEquals(1, run("new", "site", temp.toString()));
        assertTrue(err.toString().startsWith("error: " + temp + " is not empty"), err.toString());
        assertEquals(List.of(Path.of("notes.txt")), files(temp));
        // An empty folder is fine.
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertEquals(0, run("new", "site", empty.toString()), err.toString());
    }

    @Test
    void aNewPostIsDatedInTheSitesZoneWithASlugFromItsTitle() throws IOException {
        Files.writeString(temp.resolve("_config.yml"), "title: T\ntimezone: Pacific/Kiritimati\n");
        assertEquals(0, run("new", "post", "-s", temp.toString(), "Café déjà vu: a \"review\""), err.toString());
        String day = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString();
        Path file = temp.resolve("_posts/" + day + "-cafe-deja-vu-a-review.md");
        assertTrue(Files.exists(file), files(temp).toString());
        assertTrue(out.toString().contains("Created " + file), out.toString());
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\ntitle: \"Café déjà vu: a \\\"review\\\"\"\ndate: " + day + " "), text);
        assertTrue(text.contains(" +1400\n---\n"), text);

        // Built, it is published (not in the future) with its title as written.
        assertEquals(0, run("build", "-s", temp.toString()), err.toString());
        assertTrue(out.toString().contains("Built 1 post, "), out.toString());

        // The same title again would overwrite it: refused.
        assertEquals(1, run("new", "post", "-s", temp.toString(), "Café déjà vu: a \"review\""));
        assertTrue(err.toString().contains("already exists"), err.toString());
    }

    @Test
    void slugs() {
        assertEquals("hello-world", Slug.of("  Hello, World!  "));
        assertEquals("cafe-deja-vu", Slug.of("Café déjà vu"));
        assertEquals("日本語のタイトル", Slug.of("日本語のタイトル"));
        assertEquals("post", Slug.of("!!!"));
        assertEquals("c-and-java-17", Slug.of("C++ and Java 17"));
        assertFalse(Slug.of("x".repeat(300)).length() > 60);
    }

    @Test
    void aNewPostWithoutATimezoneIsInUtc() throws IOException {
        assertEquals(0, run("new", "post", "-s", temp.toString(), "Plain"), err.toString());
        String day = LocalDate.now(ZoneOffset.UTC).toString();
        assertTrue(Files.readString(temp.resolve("_posts/" + day + "-plain.md")).contains(" +0000\n"));
    }
}
