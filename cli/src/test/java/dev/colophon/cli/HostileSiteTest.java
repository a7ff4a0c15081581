package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.internal.output.DestinationLock;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sites, second round (issue 17): what reads the source folder and its configuration, writes the
 * destination, and reads the command line. As in {@link HostileInputTest}, each case is built by the
 * command over a previous site, which a failed build leaves byte for byte, with the exact messages; each
 * is bounded, so that a build that never ends fails the test instead of hanging it.
 */
class HostileSiteTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String POST = "_posts/2021-01-01-a.md";
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path temp;

    /** What one run of the command did. */
    private record Run(int exit, String out, String err) {

        List<String> messages() {
            return err.replace("\r", "").lines().filter(l -> !l.startsWith("Build failed")).toList();
        }
    }

    private Path site(String config, Map<String, String> files) throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "url: https://example.org\n" + config);
        for (var file : files.entrySet()) {
            Files.createDirectories(site.resolve(file.getKey()).getParent());
            Files.writeString(site.resolve(file.getKey()), file.getValue());
        }
        return site;
    }

    /** The previous site, which a failed build must leave as it was. */
    private Path previous() throws IOException {
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("2020"));
        Files.writeString(out.resolve("index.html"), "<p>the previous site</p>");
        Files.writeString(out.resolve("2020/old.html"), "<p>an old post</p>");
        return out;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        Run run = new Run(exit, out.toString(), err.toString());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception") || run.out().contains("\tat "),
                "no stack trace without --trace:\n" + run.err());
        return run;
    }

    /** Builds {@code site} into {@code out}, bounded, and checks that a failure changed nothing. */
    private Run build(Path site, Path out, String... more) {
        Map<String, String> before = snapshot(temp);
        List<String> args = new ArrayList<>(List.of("build", "-s", site.toString(), "-d", out.toString()));
        args.addAll(List.of(more));
        Run run = assertTimeoutPreemptively(BOUND, () -> run(args.toArray(String[]::new)));
        if (run.exit() != 0) {
            assertEquals(before, snapshot(temp), "a failed build changes nothing, the previous site included");
        }
        return run;
    }

    private Run fails(Path site, List<String> expected) throws IOException {
        Run run = build(site, previous());
        assertEquals(expected, run.messages(), run.err() + run.out());
        assertEquals(1, run.exit(), run.err());
        return run;
    }

    // 1. One build at a time per destination

    @Test
    void twoBuildsAtOnceLeaveOneWholeBuildEveryTime() throws Exception {
        Path site = blog(120);
        Path reference = temp.resolve("reference");
        Colophon.create().build(site, reference, options());
        Map<String, String> whole = snapshot(reference);
        Path out = temp.resolve("out");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int refused = 0;
        try {
            for (int round = 0; round < 12; round++) {
                boolean wait = round % 2 == 1;
                List<String> outcomes = twoAtOnce(threads, () -> Colophon.create().build(site, out,
                        options().withWaitForDestination(wait)).toString());
                assertTrue(outcomes.stream().allMatch(o -> o.startsWith("BuildResult")
                        || !wait && o.startsWith("another build is writing into " + out + ": a build in this process")),
                        outcomes.toString());
                refused += (int) outcomes.stream().filter(o -> !o.startsWith("BuildResult")).count();
                assertEquals(whole, snapshot(out), "round " + round + ": the destination is one whole build");
                assertEquals(List.of("out", "reference", "site"), siblings(out), "no lock or temporary folder left");
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(refused > 0, "the builds met at least once, or nothing was tested");
    }

    @Test
    void twoProcessesAtOnceLeaveOneWholeBuild() throws Exception {
        Path site = blog(300);
        Path reference = temp.resolve("reference");
        Colophon.create().build(site, reference, options());
        Map<String, String> whole = snapshot(reference);
        Path out = temp.resolve("out");
        int refused = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> {
            int refusals = 0;
            for (int round = 0; round < 3; round++) {
                List<Process> processes = new ArrayList<>();
                List<CliProcess> clis = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    CliProcess cli = new CliProcess(temp.resolve(round + "-" + i + ".log"))
                            .env("SOURCE_DATE_EPOCH", String.valueOf(NOW.getEpochSecond()));
                    clis.add(cli);
                    processes.add(cli.start("build", "-s", site.toString(), "-d", out.toString()));
                    Thread.sleep(round * 300L); // at once, then the second while the first reads or writes
                }
                for (int i = 0; i < 2; i++) {
                    assertTrue(processes.get(i).waitFor(60, TimeUnit.SECONDS), clis.get(i).output());
                    String output = clis.get(i).output();
                    int exit = processes.get(i).exitValue();
                    assertTrue(exit == 0 && output.contains("Built ") || exit == 1 && output.startsWith(
                            "error: another build is writing into " + out + ": the build with pid "), output);
                    assertFalse(output.contains("\tat "), output);
                    refusals += exit;
                }
                assertEquals(whole, snapshot(out), "round " + round + ": the destination is one whole build");
                assertEquals(List.of("out", "reference", "site"), siblings(out));
            }
            return refusals;
        });
        assertTrue(refused > 0, "the builds met at least once, or nothing was tested");
    }

    @SuppressWarnings("try") // the lock is held, not used
    @Test
    void aSecondBuildNamesTheBuildThatHoldsTheDestination() throws IOException {
        Path site = site("", Map.of(POST, "---\ntitle: A\n---\nBody\n"));
        Path out = previous();
        try (DestinationLock held = DestinationLock.acquire(out, false)) {
            Run run = build(site, out);
            assertEquals(1, run.exit());
            String pid = String.valueOf(ProcessHandle.current().pid());
            assertTrue(run.err().startsWith("error: another build is writing into " + out
                    + ": a build in this process, pid " + pid + ", started "), run.err());
            assertTrue(run.err().endsWith(" (wait for it to finish, or build with --wait; if no build is running,"
                    + " remove " + temp.resolve(".out.colophon-lock") + ")\n"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        assertEquals(0, build(site, out).exit(), "the lock is released");
    }

    @SuppressWarnings("try") // the lock is held, not used
    @Test
    void waitWaitsForTheOtherBuild() throws Exception {
        Path site = site("", Map.of(POST, "---\ntitle: A\n---\nBody\n"));
        Path out = previous();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Run> waiting;
            try (DestinationLock held = DestinationLock.acquire(out, false)) {
                waiting = thread.submit(() -> run("build", "-s", site.toString(), "-d", out.toString(), "--wait"));
                Thread.sleep(500);
                assertFalse(waiting.isDone(), "waits while the other build holds the destination");
                assertEquals("<p>the previous site</p>", Files.readString(out.resolve("index.html")));
            }
            Run run = waiting.get(60, TimeUnit.SECONDS);
            assertEquals(0, run.exit(), run.err());
            assertTrue(Files.readString(out.resolve("index.html")).contains("2021/01/01/a.html"));
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void aStaleLockOfADeadBuildIsTakenOver() throws Exception {
        Path site = site("", Map.of(POST, "---\ntitle: A\n---\nBody\n"));
        Path out = previous();
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path lock = temp.resolve(".out.colophon-lock");
        Files.writeString(lock, "pid " + dead.pid() + ", started 2024-01-01T00:00:00Z, nonce 1\n");
        // A temporary folder a killed build left: only such folders are removed.
        Files.createDirectories(temp.resolve(".out.colophon-tmp-0123/2020"));
        Run run = build(site, out);
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("out", "site"), siblings(out));
    }

    // 2. Globs in exclude and include

    @Test
    void anExcludeGlobThatWouldBacktrackEndsFast() throws IOException {
        String deep = "bb/".repeat(40);
        Path site = site("exclude: [\"**/**/**/**/**/**/**/**/**/**/**/**/a\"]\n",
                Map.of(POST, "---\ntitle: A\n---\nBody\n", deep + "x.txt", "kept", deep + "a", "left out"));
        // A guard against a build that never ends (it did not before the change), not a timing: speed is
        // measured with benchmarks, and a loaded machine must not fail this.
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> build(site, temp.resolve("out")));
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(temp.resolve("out/" + deep + "x.txt")));
        assertFalse(Files.exists(temp.resolve("out/" + deep + "a")), "the glob still matches");
    }

    @Test
    void anUnclosedBracketInAGlobIsAConfigurationError() throws IOException {
        Path site = site("exclude:\n  - drafts/\n  - \"notes/[abc\"\ninclude: [\"[x\"]\n", Map.of());
        fails(site, List.of(
                "_config.yml:4:6: error: exclude pattern 'notes/[abc' is not a valid glob: '[' is not closed "
                        + "(write \\[ for a '[' that is part of a name)",
                "_config.yml:5:12: error: include pattern '[x' is not a valid glob: '[' is not closed (write \\[ for"
                        + " a '[' that is part of a name)"));
    }

    // 3. Paths that cannot be written name their source

    @Test
    void aTooLongTagNamesThePostAndItsTags() throws IOException {
        String tag = "a".repeat(300);
        Path site = site("", Map.of(POST, "---\ntitle: A\ntags: [ok, " + tag + "]\n---\nBody\n"));
        Run run = fails(site, List.of(POST + ":3:1: error: output path 'tags/" + tag + "/index.html' has a name of "
                + "300 bytes, more than the 255 a file system allows (shorten the permalink, tag or category that "
                + "makes it)"));
        assertFalse(run.err().contains("colophon-tmp"), run.err());
    }

    @Test
    void aTooLongPermalinkSegmentNamesThePermalink() throws IOException {
        String name = "b".repeat(300);
        Path site = site("", Map.of(POST, "---\ntitle: A\npermalink: /x/" + name + "/\n---\nBody\n"));
        fails(site, List.of(POST + ":3:1: error: output path 'x/" + name + "/index.html' has a name of 300 bytes, "
                + "more than the 255 a file system allows (shorten the permalink, tag or category that makes it)"));
    }

    @Test
    void aRedirectOutOfTheSiteNamesItsSource() throws IOException {
        Path site = site("plugins: [jekyll-redirect-from]\n",
                Map.of(POST, "---\ntitle: A\nredirect_from:\n  - /old/\n  - /../../x.html\n---\nBody\n"));
        fails(site, List.of(POST + ":3:1: error: permalink '/../../x.html' is not allowed: it contains '..' (use a "
                + "permalink inside the site, without '..', backslashes or a drive letter)"));
    }

    @Test
    void aPostAtTheFeedsAddressIsAConflictNamingBoth() throws IOException {
        Path site = site("", Map.of(POST, "---\ntitle: A\npermalink: /feed.xml\n---\nBody\n"));
        fails(site, List.of(POST + ":3:1: error: the URL /feed.xml is the address of feed.xml, which atom-feed "
                + "writes: links to " + POST + " would open that file (give one of them another permalink, or switch "
                + "that output off)"));
    }

    @Test
    void aSitesOwnFeedTakesThePlaceOfOurs() throws IOException {
        Path site = site("", Map.of(POST, "---\ntitle: A\n---\nBody\n",
                "feed.xml", "---\nlayout: null\n---\n<feed/>\n"));
        Run run = build(site, temp.resolve("out"));
        assertEquals(0, run.exit(), run.err());
        assertEquals("<feed/>\n", Files.readString(temp.resolve("out/feed.xml")));
    }

    // 4. File names in any locale

    @Test
    void aUtf8FileNameBuildsInAUtf8LocaleAndFailsCleanlyInC() throws Exception {
        Path site = site("", Map.of("_posts/2021-01-01-café.md", "---\ntitle: Café\n---\nBody\n"));
        Path out = temp.resolve("out");
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            // What the colophon script gives the JVM when the locale is not UTF-8.
            CliProcess utf8 = new CliProcess(temp.resolve("utf8.log")).env("LC_ALL", "C.UTF-8").env("LANG", "C");
            assertEquals(0, utf8.run("build", "-s", site.toString(), "-d", out.toString()), utf8.output());
            assertTrue(Files.exists(out.resolve("2021/01/01/café.html")), utf8.output());
            // A JVM started in the C locale cannot name the file: one clear error, nothing written.
            Map<String, String> before = snapshot(temp);
            CliProcess c = new CliProcess(temp.resolve("c.log")).env("LC_ALL", "C").env("LANG", "C");
            assertEquals(1, c.run("build", "-s", site.toString(), "-d", out.toString()), c.output());
            assertTrue(c.output().startsWith("error: cannot read _posts/2021-01-01-caf"), c.output());
            assertTrue(c.output().contains("is not in the system's encoding, ANSI_X3.4-1968, as Java reads it (run"
                    + " with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"), c.output());
            assertFalse(c.output().contains("\tat "), c.output());
            Files.delete(temp.resolve("c.log"));
            Map<String, String> after = snapshot(temp);
            after.remove("utf8.log");
            before.remove("utf8.log");
            assertEquals(before, after);
        });
    }

    @Test
    void aNewlineInAFileNameBuildsAndMessagesEscapeIt() throws IOException {
        Path site = site("", Map.of(POST, "---\ntitle: A\n---\nBody\n", "_posts/2021-01-02-new\nline.md",
                "---\ntitle: B\n---\nBody {{ nosuchtag\n"));
        fails(site, List.of("_posts/2021-01-02-new\\u000Aline.md:4:6: error: '{{' is not closed (end the output with "
                + "'}}')"));
        Files.writeString(site.resolve("_posts/2021-01-02-new\nline.md"), "---\ntitle: B\n---\nBody\n");
        Run run = build(site, temp.resolve("out"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(temp.resolve("out/2021/01/02/new\nline.html")).contains("Body"));
        assertTrue(Files.readString(temp.resolve("out/index.html")).contains("/2021/01/02/new%0Aline.html"));
    }

    // 5. The command line

    @Test
    void threadsMustBeAPositiveNumber() throws IOException {
        Path site = site("", Map.of(POST, "---\ntitle: A\n---\nBody\n"));
        Path out = previous();
        for (String threads : List.of("0", "-1", "abc", "99999999999")) {
            Run run = build(site, out, "--threads", threads);
            assertEquals(2, run.exit(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("Invalid value for option '--threads': "), run.err());
            assertTrue(run.err().strip().endsWith("(see colophon build --help)"), run.err());
        }
    }

    // 6. Data files: big is fine, a bomb is not

    @Test
    void aBigDataFileBuildsAndABillionLaughsDoesNot() throws IOException {
        StringBuilder publications = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            publications.append("- title: \"Paper ").append(i).append(" on the design of things\"\n  authors: [A. One,"
                    + " B. Two]\n  year: ").append(1990 + i % 30).append("\n  doi: 10.1000/").append(i).append('\n');
        }
        assertTrue(publications.length() > 4_000_000);
        Path site = site("", Map.of("_data/publications.yml", publications.toString(),
                POST, "---\ntitle: A\n---\n{{ site.data.publications.size }} papers\n"));
        Run run = build(site, temp.resolve("out"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(temp.resolve("out/2021/01/01/a.html")).contains("60000 papers"));

        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (String key : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            laughs.append(key).append(": &").append(key).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = key;
        }
        Files.writeString(site.resolve("_data/lol.yml"), laughs);
        // Bounded, not timed (see above).
        List<String> expected = List.of("_data/lol.yml:1:1: error: more than 50 aliases of lists or mappings, as in"
                + " a YAML \"billion laughs\" bomb (keep YAML under 64 MiB, 50 levels of nesting and 50 aliases of"
                + " lists or mappings)");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> fails(site, expected));
    }

    // 7. No Error escapes from reading

    @Test
    void errorsWhileReadingOneFileBecomeItsDiagnostics() throws IOException {
        Path site = site("", Map.of(POST, "---\ntitle: A\n---\nBody\n", "_data/deep.boom", "x",
                "_data/big.boom", "x", "_data/bug.boom", "x", "_data/fine.yml", "a: 1\n"));
        Path out = previous();
        Map<String, String> before = snapshot(temp);
        Colophon colophon = Colophon.builder().plugin(new Boom()).build();
        BuildFailedException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(BuildFailedException.class,
                () -> colophon.build(site, out, options())));
        assertEquals(List.of(
                "_data/big.boom: error: reading the file ran out of memory (split the file, or give Java more "
                        + "memory, e.g. COLOPHON_EXTRA_JAVA_OPTS=-Xmx4g)",
                "_data/bug.boom: error: reading the file failed: java.lang.IllegalStateException: a bug (this is a "
                        + "bug; please report it with this file)",
                "_data/deep.boom: error: reading the file went deeper than the stack allows (nest lists, blocks or "
                        + "includes less deeply)"),
                e.errors().stream().map(Diagnostic::toString).toList());
        assertEquals(before, snapshot(temp), "nothing written");
    }

    /** A data reader that fails as a broken plugin or a hostile file can make a reader fail. */
    public static final class Boom implements DataReader {

        @Override
        public String id() {
            return "boom";
        }

        @Override
        public Set<String> fileExtensions() {
            return Set.of("boom");
        }

        @Override
        public Object read(SourceText source) {
            if (source.path().contains("deep")) {
                return deeper(0);
            }
            if (source.path().contains("big")) {
                throw new OutOfMemoryError("Java heap space");
            }
            throw new IllegalStateException("a bug");
        }

        private static int deeper(int n) {
            return deeper(n + 1) + 1;
        }
    }

    // Helpers

    private static BuildOptions options() {
        return BuildOptions.defaults().withNow(NOW).withThreads(2);
    }

    /** A blog of {@code posts} posts, with tags, so that a build writes a few hundred files. */
    private Path blog(int posts) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (int i = 1; i <= posts; i++) {
            files.put(String.format("_posts/2021-%02d-%02d-post-%d.md", 1 + i % 12, 1 + i % 28, i),
                    "---\ntitle: Post " + i + "\ntags: [t" + i % 7 + "]\n---\nThe text of post " + i + ", *with* a"
                            + " [link](https://example.org/" + i + ").\n");
        }
        return site("", files);
    }

    /** Runs the build twice at once, from two threads released together; what each returned or threw. */
    private static List<String> twoAtOnce(ExecutorService threads, Supplier<String> build) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(threads.submit(() -> {
                start.await();
                try {
                    return build.get();
                } catch (ColophonException e) {
                    return e.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** The names in the destination's folder: a build leaves nothing beside it. */
    private static List<String> siblings(Path destination) {
        try (Stream<Path> list = Files.list(destination.getParent())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".log")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder, with a hash of its bytes. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String key = root.relativize(p).toString();
                if (Files.isRegularFile(p)) {
                    files.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(p))));
                } else if (Files.isDirectory(p)) {
                    files.put(key + "/", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
