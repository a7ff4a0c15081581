package dev.colophon.internal.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.ColophonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links: read through by default, neither listed nor read without them (safe mode). */
class DirectorySourceTest {

    @TempDir
    Path temp;
    Path site;

    @BeforeEach
    void siteWithLinks() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(site.resolve("about.md"), "about");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("copy.md"), site.resolve("about.md"));
        Files.createSymbolicLink(site.resolve("shared"), outside);
    }

    @Test
    void linksAreListedAndALinkInsideTheFolderIsReadThrough() {
        DirectorySource source = new DirectorySource(site);
        assertEquals(List.of("about.md", "copy.md", "shared"), source.files());
        assertArrayEquals("about".getBytes(StandardCharsets.UTF_8), source.read("copy.md"));
        assertTrue(source.isSymbolicLink("copy.md"));
    }

    @Test
    void withoutSymbolicLinksNoLinkIsListedOrRead() {
        DirectorySource source = new DirectorySource(site).withoutSymbolicLinks();
        assertEquals(List.of("about.md"), source.files());
        assertArrayEquals("about".getBytes(StandardCharsets.UTF_8), source.read("about.md"));
        ColophonException link = assertThrows(ColophonException.class, () -> source.read("copy.md"));
        assertEquals("copy.md is a symbolic link, which safe mode does not follow", link.getMessage());
        ColophonException folder = assertThrows(ColophonException.class, () -> source.read("shared/secret.txt"));
        assertEquals("shared/secret.txt is reached through the symbolic link shared, which safe mode does not follow",
                folder.getMessage());
    }

    @Test
    void versionControlRecordsAreNotListed() throws IOException {
        for (String folder : List.of(".git", "drafts/.hg", ".svn", ".bzr")) {
            Files.createDirectories(site.resolve(folder).resolve("objects"));
            Files.writeString(site.resolve(folder).resolve("objects/ab12"), "history");
        }
        Files.writeString(site.resolve(".gitignore"), "_site\n");
        Files.createDirectories(site.resolve(".github"));
        Files.writeString(site.resolve(".github/ci.yml"), "on: push\n");

        assertEquals(List.of(".github/ci.yml", ".gitignore", "about.md", "copy.md", "shared"),
                new DirectorySource(site).files());
    }
}
