package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle of writing leaves the previous site exactly as it was, and the
 * next build removes what the killed one left behind. The build runs in a JVM of its own, so it can really
 * be killed, with no chance to clean up.
 */
class CrashSafetyTest {

    private static final int OLD_POSTS = 300;
    /** Big enough that writing takes a while; doubled on each further attempt. */
    private static final int NEW_POSTS = Integer.getInteger("colophon.test.crashPosts", 3000);
    private static final int ATTEMPTS = 3;
    /** Posts 1 to 5 are deleted in the new version: their pages must be gone from the new site. */
    private static final int DELETED = 5;

    @TempDir
    Path temp;

    @Test
    void aBuildKilledWhileWritingLeavesThePreviousSiteAndTheNextBuildCleansUp() throws IOException {
        List<String> missed = new ArrayList<>();
        int posts = NEW_POSTS;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++, posts *= 2) {
            String outcome = killMidWrite(temp.resolve("attempt-" + attempt), posts);
            if (outcome == null) {
                return;
            }
            missed.add(posts + " posts: " + outcome);
        }
        fail("never killed a build while it was writing, so nothing was tested; " + missed
                + " (run with -Dcolophon.test.crashPosts=N for a bigger site)");
    }

    /** @return null when the build was killed mid-write and everything held; else why the window was missed */
    private String killMidWrite(Path root, int posts) throws IOException {
        Path source = root.resolve("site");
        Path dest = root.resolve("out");
        writeSite(source, 1, 1, OLD_POSTS);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "-s",
                source.toString(), "-d", dest.toString()), err::toString);
        Map<String, String> before = hashes(dest);
        assertTrue(before.size() > OLD_POSTS, "the first site has its posts");

        // The new version: every post rewritten, the first few deleted, many more added.
        for (int i = 1; i <= DELETED; i++) {
            Files.delete(source.resolve(postPath(i)));
        }
        writeSite(source, 2, DELETED + 1, posts);

        CliProcess cli = new CliProcess(root.resolve("build.log"));
        Process process = cli.start("build", "-s", source.toString(), "-d", dest.toString());
        try {
            boolean writing = false;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (process.isAlive() && System.nanoTime() < deadline) {
                if (tempFolderHoldsFiles(root, dest)) {
                    writing = true;
                    break;
                }
                Thread.sleep(2);
            }
            // SIGKILL on Linux: no shutdown hooks, no finally blocks, no chance to tidy up.
            process.destroyForcibly();
            assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the killed build did not end");
            if (!writing) {
                if (process.exitValue() != 0) {
                    fail("the build failed by itself (exit " + process.exitValue() + "):\n" + cli.output());
                }
                return "it finished before it was seen writing";
            }
            if (temporaryFolders(root, dest).isEmpty()) {
                // Killed just after the new site was swapped in: a race this test cannot use.
                return "it finished between being seen writing and being killed";
            }
            assertNotEquals(0, process.exitValue(), "killed, so no success");
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }

        assertUnchanged(before, hashes(dest));
        assertEquals(1, temporaryFolders(root, dest).size(), "the killed build's half-written folder is left behind");

        out.getBuffer().setLength(0);
        assertEquals(0, Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "-s",
                source.toString(), "-d", dest.toString()), err::toString);
        assertEquals(List.of("build.log", "out", "site"), list(root), "the leftover folder is removed");
        Map<String, String> after = hashes(dest);
        assertEquals(posts - DELETED, after.keySet().stream().filter(p -> p.matches(".*/post-\\d+\\.html")).count(),
                "the new site has every post of the new version");
        assertFalse(Files.exists(dest.resolve(postUrl(1))), "a deleted post's page is gone");
        assertTrue(Files.readString(dest.resolve(postUrl(posts))).contains("Version 2, post " + posts));
        assertTrue(Files.readString(dest.resolve(postUrl(DELETED + 1))).contains("Version 2, post " + (DELETED + 1)));
        return null;
    }

    /** The previous site, byte for byte: the same files with the same SHA-256. */
    private static void assertUnchanged(Map<String, String> before, Map<String, String> now) {
        if (before.equals(now)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        before.forEach((path, hash) -> {
            if (!now.containsKey(path)) {
                problems.add("missing " + path);
            } else if (!now.get(path).equals(hash)) {
                problems.add("changed " + path);
            }
        });
        now.keySet().stream().filter(path -> !before.containsKey(path)).forEach(path -> problems.add("new " + path));
        fail("the killed build damaged the previous site: " + problems.size() + " differences, first "
                + problems.subList(0, Math.min(10, problems.size())));
    }

    /** Writes posts {@code from..to} of a version of the site, and its configuration. */
    private static void writeSite(Path source, int version, int from, int to) throws IOException {
        Files.createDirectories(source.resolve("_posts"));
        // Only posts: tag pages, feeds and the sitemap would make each build slower, not the test stronger.
        Files.writeString(source.resolve("_config.yml"), "title: Crash test, version " + version + "\n"
                + "url: https://example.org\nfeed: false\nsitemap: false\ntag_pages: false\ncategory_pages: false\n");
        String[] tags = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
        for (int i = from; i <= to; i++) {
            StringBuilder text = new StringBuilder("---\ntitle: Version ").append(version).append(", post ").append(i)
                    .append("\ntags: [").append(tags[i % tags.length]).append(", ").append(tags[i * 3 % tags.length])
                    .append("]\n---\n");
            for (int p = 1; p <= 4; p++) {
                text.append("Paragraph ").append(p).append(" of post ").append(i)
                        .append(": some *words*, a [link](https://example.org/").append(i).append("), `code`, and ")
                        .append("enough text that each page is a few kilobytes when written out in full.\n\n");
            }
            Files.writeString(source.resolve(postPath(i)), text);
        }
    }

    private static LocalDate dateOf(int i) {
        return LocalDate.of(2010, 1, 1).plusDays(i);
    }

    private static String postPath(int i) {
        return "_posts/" + dateOf(i) + "-post-" + i + ".md";
    }

    private static String postUrl(int i) {
        return dateOf(i).toString().replace('-', '/') + "/post-" + i + ".html";
    }

    private static List<Path> temporaryFolders(Path root, Path dest) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(root,
                "." + dest.getFileName() + ".colophon-tmp-*")) {
            siblings.forEach(found::add);
        }
        return found;
    }

    /** Writing has started: the temporary folder beside the destination holds at least one file. */
    private static boolean tempFolderHoldsFiles(Path root, Path dest) throws IOException {
        for (Path folder : temporaryFolders(root, dest)) {
            try (Stream<Path> files = Files.walk(folder)) {
                if (files.anyMatch(Files::isRegularFile)) {
                    return true;
                }
            } catch (IOException | UncheckedIOException e) {
                // The folder changed while it was walked; look again on the next round.
            }
        }
        return false;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file of the site, relative path to SHA-256. */
    private static Map<String, String> hashes(Path site) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return hashes;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(site.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
