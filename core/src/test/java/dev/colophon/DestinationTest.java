package dev.colophon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import dev.colophon.testkit.plugins.CorePlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The destination is replaced whole by a build that succeeds, and left exactly as it was by one that fails. */
class DestinationTest {

    @TempDir
    Path temp;

    @Test
    void aFailedBuildLeavesThePreviousSiteAsItWasAndNoFolderBesideIt() throws IOException {
        TestSite site = TestSite.in(temp).using(CorePlugins.engine())
                .file("_posts/2021-03-26-hello.txt", "---\ntitle: Hello\n---\nHi.")
                .file("style.css", "old");
        site.build();
        List<String> before = site.outputs();

        site.file("style.css", "new")
                .file("_posts/2021-03-27-new.txt", "---\ntitle: New\n---\nNew.")
                .file("_posts/2021-03-28-broken.txt", "---\ntitle: broken\n");
        assertThrows(BuildFailedException.class, site::build);

        assertEquals(before, site.outputs());
        assertEquals("old", site.output("style.css"));
        assertEquals(List.of("out", "site"), siblingsOf(site.destination()));

        site.file("_posts/2021-03-28-broken.txt", "---\ntitle: fixed\n---\nFixed.");
        site.build();
        assertEquals(List.of("2021/03/26/hello.html", "2021/03/27/new.html", "2021/03/28/broken.html", "style.css"),
                site.outputs());
        assertEquals("new", site.output("style.css"));
        assertEquals(List.of("out", "site"), siblingsOf(site.destination()));
    }

    private static List<String> siblingsOf(Path destination) throws IOException {
        try (Stream<Path> siblings = Files.list(destination.getParent())) {
            return siblings.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
