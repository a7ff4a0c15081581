package dev.colophon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import dev.colophon.testkit.TestSite;
import dev.colophon.testkit.plugins.BareLayouts;
import dev.colophon.testkit.plugins.CorePlugins;
import dev.colophon.testkit.plugins.DashFrontMatter;
import dev.colophon.testkit.plugins.FlatDataReader;
import dev.colophon.testkit.plugins.GatedParser;
import dev.colophon.testkit.plugins.ParagraphParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session that builds into memory holds what a whole build writes, byte for byte, and writes nothing. */
class MemorySessionTest {

    @TempDir
    Path temp;

    private final Colophon engine = CorePlugins.engine();

    private TestSite site() {
        byte[] noise = new byte[3000];
        new Random(7).nextBytes(noise);
        return TestSite.in(temp).using(engine)
                .file("_posts/2021-03-26-hello.txt", "---\ntitle: Hello\n---\n" + "A line that repeats. ".repeat(200))
                .file("_posts/2021-03-27-short.txt", "---\ntitle: Short\n---\nHi.")
                .file("assets/site.css", "body { color: black; }\n")
                .bytes("noise.bin", noise);
    }

    @Test
    void aMemorySessionHoldsAWholeBuildsBytesAndWritesNothing() throws IOException {
        TestSite site = site();
        List<Path> before = filesUnder(temp);
        BuildSession session = engine.memorySession(site.source(), site.destination());
        BuildSession.Build first = session.build(TestSite.options(), null);
        assertEquals(before, filesUnder(temp), "a memory session wrote something");
        assertNull(first.result().destination());
        assertFalse(Files.exists(site.destination()));

        site.build();
        MemorySite memory = session.memory().orElseThrow();
        assertEquals(site.outputs(), memory.paths());
        assertEquals(Set.copyOf(site.outputs()), first.changed());
        for (String path : site.outputs()) {
            StoredFile file = memory.file(path).orElseThrow();
            byte[] built = Files.readAllBytes(site.destination().resolve(path));
            assertArrayEquals(built, file.bytes(), path);
            assertEquals(built.length, file.size(), path);
            if (file.isGzipped()) {
                ByteArrayOutputStream gzip = new ByteArrayOutputStream();
                file.writeGzipTo(gzip);
                assertEquals(file.gzipSize(), gzip.size());
                assertArrayEquals(built, new GZIPInputStream(new java.io.ByteArrayInputStream(gzip.toByteArray()))
                        .readAllBytes(), path);
            }
        }
        // The long post is kept compressed; random bytes do not compress and are kept as they are; a static
        // file of the source is read from there.
        assertTrue(memory.file("2021/03/26/hello.html").orElseThrow().isGzipped());
        StoredFile noise = memory.file("noise.bin").orElseThrow();
        assertFalse(noise.isGzipped());
        assertThrows(IllegalStateException.class, noise::gzipSize);
        assertEquals(site.source().resolve("assets/site.css").toRealPath(),
                memory.file("assets/site.css").orElseThrow().sourceFile().orElseThrow());
        assertTrue(memory.isFolder("2021/03") && memory.isFolder("assets") && !memory.isFolder("assets/site.css"));
        assertTrue(memory.file("2021/03/28/none.html").isEmpty());
        assertTrue(session.memory().isPresent() && engine.session(site.source(), temp.resolve("x")).memory().isEmpty());
    }

    @Test
    void laterBuildsChangeOnlyWhatChangedAndAFailedBuildChangesNothing() throws IOException {
        TestSite site = site();
        BuildSession session = engine.memorySession(site.source(), site.destination());
        session.build(TestSite.options(), null);
        MemorySite memory = session.memory().orElseThrow();
        StoredFile hello = memory.file("2021/03/26/hello.html").orElseThrow();
        String shortVersion = memory.file("2021/03/27/short.html").orElseThrow().version();

        site.file("_posts/2021-03-26-hello.txt", "---\ntitle: Hello\n---\nEdited.");
        BuildSession.Build edited = session.build(TestSite.options(), List.of("_posts/2021-03-26-hello.txt"));
        assertEquals(Set.of("2021/03/26/hello.html"), edited.changed());
        StoredFile now = memory.file("2021/03/26/hello.html").orElseThrow();
        assertNotEquals(hello.version(), now.version(), "the version changes with the bytes");
        assertEquals(shortVersion, memory.file("2021/03/27/short.html").orElseThrow().version());
        assertTrue(new String(now.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("Edited."));

        site.file("_posts/2021-03-26-hello.txt", "---\ntitle: broken\n");
        assertThrows(BuildFailedException.class,
                () -> session.build(TestSite.options(), List.of("_posts/2021-03-26-hello.txt")));
        assertArrayEquals(now.bytes(), memory.file("2021/03/26/hello.html").orElseThrow().bytes());

        Files.delete(site.source().resolve("_posts/2021-03-26-hello.txt"));
        BuildSession.Build removed = session.build(TestSite.options(), List.of("_posts/2021-03-26-hello.txt"));
        assertTrue(removed.changed().contains("2021/03/26/hello.html"), removed.changed().toString());
        assertTrue(memory.file("2021/03/26/hello.html").isEmpty());
        assertFalse(memory.isFolder("2021/03/26"));
        site.build();
        assertEquals(site.outputs(), memory.paths());
        for (String path : site.outputs()) {
            assertArrayEquals(Files.readAllBytes(site.destination().resolve(path)),
                    memory.file(path).orElseThrow().bytes(), path);
        }
    }

    private Colophon slowEngine(GatedParser slow) {
        return Colophon.builder().discoverPlugins(false).plugin(new FlatDataReader()).plugin(new DashFrontMatter())
                .plugin(new ParagraphParser()).plugin(new BareLayouts()).plugin(slow).build();
    }

    /**
     * Nothing is in memory before the first build: an output asked for while it runs is rendered then, not
     * after the last of the site's outputs, with the bytes the build stores. One the build is rendering
     * waits for it.
     */
    @Test
    void duringTheFirstBuildAnOutputAskedForIsAnsweredBeforeTheBuildEnds() throws Exception {
        GatedParser slow = new GatedParser();
        Colophon engine = slowEngine(slow);
        TestSite site = site().using(engine).file("_posts/2021-03-28-slow.slow", "---\ntitle: Slow\n---\nAt last.");
        BuildSession session = engine.memorySession(site.source(), site.destination());
        MemorySite memory = session.memory().orElseThrow();
        assertTrue(memory.file("2021/03/27/short.html").isEmpty(), "before the build");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<BuildSession.Build> build = threads.submit(() -> session.build(TestSite.options(), null));
            assertTrue(slow.started.await(10, TimeUnit.SECONDS), "the slow post's page was not rendered");
            // The build's one thread is held by the slow post: this output is rendered on the test's.
            StoredFile early = memory.file("2021/03/27/short.html").orElseThrow();
            assertTrue(memory.isFolder("2021/03") && memory.file("2021/03/29/none.html").isEmpty());
            Future<java.util.Optional<StoredFile>> waiting = threads.submit(() -> memory.file("2021/03/28/slow.html"));
            Thread.sleep(50);
            assertFalse(build.isDone() || waiting.isDone(), "the slow page was not waited for");
            assertEquals(List.of(), memory.paths(), "nothing is stored until the build succeeds");
            slow.release.countDown();
            BuildSession.Build done = build.get(10, TimeUnit.SECONDS);
            assertEquals("<p>At last.</p>", new String(waiting.get(10, TimeUnit.SECONDS).orElseThrow().bytes(),
                    java.nio.charset.StandardCharsets.UTF_8).strip());
            assertTrue(done.changed().contains("2021/03/27/short.html"));
            assertEquals(early.version(), memory.file("2021/03/27/short.html").orElseThrow().version());
            site.build();
            assertEquals(site.outputs(), memory.paths());
            for (String path : site.outputs()) {
                assertArrayEquals(Files.readAllBytes(site.destination().resolve(path)),
                        memory.file(path).orElseThrow().bytes(), path);
            }
        } finally {
            slow.release.countDown();
            threads.shutdownNow();
        }
    }

    /**
     * An output whose render breaks in a way it does not report (an Error: a plugin's bug) fails the build
     * when a request rendered it, as when the build did: the site is not stored without it.
     */
    @Test
    void aRenderThatBreaksOnARequestsThreadFailsTheFirstBuild() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> held = new AtomicReference<>();
        // Two outputs: the build's one thread is held in the first it renders; the other, asked for by the
        // test, breaks on the test's thread.
        Renderer renderer = new Renderer() {
            @Override
            public String id() {
                return "test-held-or-broken";
            }

            @Override
            public List<Output> outputs(Site site, RenderContext context) {
                return List.of(output("a.html"), output("b.html"));
            }

            private Output output(String path) {
                return new Output(path, Set.of(), () -> {
                    if (!(Thread.currentThread() instanceof ForkJoinWorkerThread)) {
                        throw new AssertionError("a plugin's bug");
                    }
                    held.compareAndSet(null, path);
                    started.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new byte[0];
                });
            }
        };
        Colophon engine = Colophon.builder().discoverPlugins(false).plugin(new FlatDataReader())
                .plugin(new DashFrontMatter()).plugin(new ParagraphParser()).plugin(new BareLayouts())
                .plugin(renderer).build();
        TestSite site = site().using(engine);
        BuildSession session = engine.memorySession(site.source(), site.destination());
        MemorySite memory = session.memory().orElseThrow();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<BuildSession.Build> build = threads.submit(() -> session.build(TestSite.options(), null));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            String other = held.get().equals("a.html") ? "b.html" : "a.html";
            assertThrows(AssertionError.class, () -> memory.file(other));
            release.countDown();
            assertThrows(ExecutionException.class, () -> build.get(10, TimeUnit.SECONDS));
            assertEquals(List.of(), memory.paths());
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** What a failed first build answered early is not kept: the site in memory stays empty. */
    @Test
    void aFailedFirstBuildKeepsNothingOfWhatItAnswered() throws Exception {
        GatedParser slow = new GatedParser();
        slow.fail = true;
        Colophon engine = slowEngine(slow);
        TestSite site = site().using(engine).file("_posts/2021-03-28-slow.slow", "---\ntitle: Slow\n---\nAt last.");
        BuildSession session = engine.memorySession(site.source(), site.destination());
        MemorySite memory = session.memory().orElseThrow();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<BuildSession.Build> build = threads.submit(() -> session.build(TestSite.options(), null));
            assertTrue(slow.started.await(10, TimeUnit.SECONDS));
            assertTrue(memory.file("2021/03/27/short.html").isPresent());
            slow.release.countDown();
            ExecutionException failed = assertThrows(ExecutionException.class, () -> build.get(10, TimeUnit.SECONDS));
            assertTrue(failed.getCause() instanceof BuildFailedException, failed.getCause().toString());
            assertTrue(memory.file("2021/03/27/short.html").isEmpty());
            assertFalse(memory.isFolder("2021/03"));
            assertEquals(List.of(), memory.paths());
        } finally {
            slow.release.countDown();
            threads.shutdownNow();
        }
    }

    /** The destination named is left out of the source, as by every build, though it is not written. */
    @Test
    void theDestinationInsideTheSourceIsNotPartOfTheSite() throws IOException {
        TestSite site = site().file("public/stale.html", "from an earlier build");
        Path before = site.source().resolve("public/stale.html");
        BuildSession session = engine.memorySession(site.source(), site.source().resolve("public"));
        session.build(TestSite.options(), null);
        assertTrue(session.memory().orElseThrow().file("public/stale.html").isEmpty());
        assertTrue(session.memory().orElseThrow().file("assets/site.css").isPresent());
        assertEquals("from an earlier build", Files.readString(before));
        assertEquals(List.of("stale.html"), filesUnder(site.source().resolve("public")).stream().skip(1)
                .map(p -> p.getFileName().toString()).toList());
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.sorted().toList();
        }
    }
}
