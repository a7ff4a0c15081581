package dev.colophon.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.testkit.TestSite;
import dev.colophon.testkit.plugins.CorePlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll's keep_files: what the previous site holds at those paths, and the build does not write, stays
 * (by default .git and .svn, so a site deployed from a repository in its destination keeps it).
 */
class KeepFilesTest {

    @TempDir
    Path temp;

    private TestSite site(String config) {
        return TestSite.in(temp).using(CorePlugins.engine())
                .file("_config.yml", "title: T\nurl: https://example.com\n" + config)
                .file("_layouts/post.html", "<p>{{ content }}</p>")
                .file("_posts/2024-01-01-one.html", "---\nlayout: post\ntitle: One\n---\nfirst\n");
    }

    private void previous(TestSite site, String path, String text) throws IOException {
        Path file = site.destination().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void gitAndSvnFoldersOfThePreviousSiteAreKeptByDefault() throws IOException {
        TestSite site = site("");
        previous(site, ".git/HEAD", "ref: refs/heads/main\n");
        previous(site, ".git/refs/heads/main", "0123\n");
        previous(site, ".svn/entries", "12\n");
        previous(site, "stale.html", "from an older build");

        site.build();

        assertEquals("ref: refs/heads/main\n", site.output(".git/HEAD"));
        assertEquals("0123\n", site.output(".git/refs/heads/main"));
        assertEquals("12\n", site.output(".svn/entries"));
        assertFalse(site.exists("stale.html"), "what is not kept is replaced by the new site");
        assertTrue(site.exists("2024/01/01/one.html"));
        // and a second build keeps them again
        site.build();
        assertEquals("0123\n", site.output(".git/refs/heads/main"));
    }

    @Test
    void listedPathsAreKeptAndWhatTheBuildWritesWins() throws IOException {
        TestSite site = site("keep_files: [CNAME, generated, static, index.html]\n")
                .file("static/new.txt", "from the source\n")
                .file("index.html", "---\n---\nthe new index\n");
        previous(site, "CNAME", "blog.example.com\n");
        previous(site, "generated/app.js", "bundle\n");
        previous(site, "static/old.txt", "made by another tool\n");
        previous(site, "static/new.txt", "an old copy\n");
        previous(site, "index.html", "the old index\n");
        previous(site, ".git/HEAD", "not listed any more\n");

        site.build();

        assertEquals("blog.example.com\n", site.output("CNAME"));
        assertEquals("bundle\n", site.output("generated/app.js"));
        // a kept folder the build writes into keeps only what the build does not write
        assertEquals("made by another tool\n", site.output("static/old.txt"));
        assertEquals("from the source\n", site.output("static/new.txt"));
        assertEquals("the new index\n", site.output("index.html"));
        assertFalse(site.exists(".git"), "keep_files replaces the default list");
    }

    @Test
    void aPathOutsideTheDestinationIsAnErrorAndNothingChanges() throws IOException {
        TestSite site = site("keep_files:\n  - ../elsewhere\n");
        previous(site, "index.html", "the old site\n");

        BuildFailedException failure = assertThrows(BuildFailedException.class, site::build);

        assertTrue(failure.getMessage().contains("_config.yml:3:1: error: keep_files entry '../elsewhere' is not a"
                + " path inside the destination"), failure.getMessage());
        assertEquals("the old site\n", site.output("index.html"));
    }

    @Test
    void keptFilesLeftInTheFoldersOfAKilledBuildAreMovedBack() throws IOException {
        TestSite site = site("");
        site.build();
        // As a build killed after moving the kept .git into its new site, before the swap, leaves them.
        Path leftover = site.destination().resolveSibling("." + site.destination().getFileName()
                + ".colophon-tmp-killed");
        Files.createDirectories(leftover.resolve(".git/refs"));
        Files.writeString(leftover.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(leftover.resolve("index.html"), "half a build");

        site.build();

        assertEquals("ref: refs/heads/main\n", site.output(".git/HEAD"));
        assertTrue(Files.isDirectory(site.destination().resolve(".git/refs")));
        assertFalse(Files.exists(leftover), "the leftover is removed once the kept files are out of it");
    }
}
