package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long writing session: a thousand saves of one post while the site is served, a page listens for reloads
 * and tabs come and go. Afterwards the server holds no more threads, open files or heap than it did early on.
 * Most builds are started directly, as the watcher would start them, since waiting out its quiet period a
 * thousand times would take a minute; the last saves go through the real watcher.
 */
class LongSessionTest {

    private static final int EDITS = 1_000;
    private static final int WARM_UP = 50;
    private static final int THROUGH_THE_WATCHER = 20;
    private static final String POST = "_posts/2021-03-26-hello.md";
    private static final String PAGE = "/2021/03/26/hello.html";
    /** Builds end their worker threads as they finish; a few may still be on their way out. */
    private static final int THREAD_SLACK = 4;
    private static final int FILE_SLACK = 8;
    /**
     * The conversion cache keeps each distinct body it converted (bounded by an eighth of the heap); a
     * thousand small ones take well under this. A build's site model kept per build would take far more.
     */
    private static final long HEAP_GROWTH = 16L << 20;

    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        SiteFiles.write(site, path, text);
    }

    private static String post(int edit) {
        return "---\ntitle: Hello\n---\nEdit number " + edit + " of this post.\n";
    }

    @Test
    void aThousandEditsLeaveNoThreadsOpenFilesOrHeapBehind() throws Exception {
        write("_config.yml", "title: Field Notes\nurl: https://example.org\n");
        write(POST, post(0));
        write("_posts/2021-03-20-earlier.md", "---\ntitle: Earlier\n---\nAn earlier post.\n");
        write("assets/site.css", "body { color: black; }\n");
        write("about.md", "---\ntitle: About\npermalink: /about/\n---\nAbout this blog.\n");
        // The watcher's events reach the server only when the test lets them: two builds must not run at once.
        AtomicBoolean watching = new AtomicBoolean();
        DevServer.Watching gated = (source, filter, changed) ->
                SourceWatcher.start(source, filter, (path, kind) -> {
                    if (watching.get()) {
                        changed.changed(path, kind);
                    }
                });
        // The engine as ServeCommand makes it: conversions cached, the last build remembered.
        Colophon engine = Colophon.builder().cacheConversions(true).rememberBuilds(true).build();
        StringWriter err = new StringWriter();
        DevServer.Settings settings = new DevServer.Settings(site, site.resolve("_site"), "127.0.0.1", 0, true, false,
                false);
        try (DevServer server = DevServer.start(settings, engine, BuildOptions::defaults,
                new PrintWriter(Writer.nullWriter()), new PrintWriter(err), gated)) {
            URI url = server.url();
            HttpClient client = HttpClient.newBuilder().connectTimeout(RunningServer.WAIT).build();
            try (RunningServer.Listener page = new RunningServer.Listener(url.getHost(), url.getPort(),
                    "/__colophon/events?page=" + PAGE, "")) {
                assertNotNull(RunningServer.poll(page.lines, l -> l.startsWith("retry:")), "no events stream");
                for (int edit = 1; edit <= WARM_UP; edit++) {
                    editDirectly(server, client, page, edit);
                }
                Usage before = Usage.now();

                long start = System.nanoTime();
                for (int edit = WARM_UP + 1; edit <= EDITS - THROUGH_THE_WATCHER; edit++) {
                    editDirectly(server, client, page, edit);
                    if (edit % 100 == 0) {
                        // A tab opened and closed: its stream is dropped by the next event it cannot take.
                        new RunningServer.Listener(url.getHost(), url.getPort(), "/__colophon/events?page=" + PAGE, "")
                                .close();
                    }
                }
                long direct = Duration.ofNanos(System.nanoTime() - start).toMillis();
                watching.set(true);
                for (int edit = EDITS - THROUGH_THE_WATCHER + 1; edit <= EDITS; edit++) {
                    write(POST, post(edit));
                    assertNotNull(RunningServer.poll(page.lines, "event: reload"::equals), "no reload for edit " + edit);
                    String body = get(client, url.resolve(PAGE)).body();
                    assertTrue(body.contains("Edit number " + edit + " "), body);
                }
                watching.set(false);

                Usage after = Usage.settled(before);
                System.out.printf("LongSessionTest: %d edits (%d direct in %d ms); before %s; after %s%n",
                        EDITS, EDITS - THROUGH_THE_WATCHER - WARM_UP, direct, before, after);
                assertTrue(after.threads() <= before.threads() + THREAD_SLACK, before + " then " + after
                        + "\n" + threadNames());
                if (before.files() >= 0) {
                    assertTrue(after.files() <= before.files() + FILE_SLACK, before + " then " + after);
                }
                assertTrue(after.heap() <= before.heap() + HEAP_GROWTH, before + " then " + after);
                assertEquals(1, server.listeners(), "the closed tabs still listen");
                assertTrue(get(client, url.resolve(PAGE)).body().contains("Edit number " + EDITS + " "));
                assertEquals("", err.toString());
            }
        }
    }

    /** Saves the post, builds as the watcher would have it built, and checks the page and its reload. */
    private void editDirectly(DevServer server, HttpClient client, RunningServer.Listener page, int edit)
            throws Exception {
        write(POST, post(edit));
        assertTrue(server.rebuildNow(), "build " + edit + " failed");
        assertNotNull(RunningServer.poll(page.lines, "event: reload"::equals), "no reload for edit " + edit);
        page.lines.clear();
        HttpResponse<String> answer = get(client, server.url().resolve(PAGE));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Edit number " + edit + " "), answer.body());
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(RunningServer.WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList().toString();
    }

    /** Live threads, open file descriptors (-1 where there is no /proc/self/fd) and heap used after a full GC. */
    private record Usage(int threads, long files, long heap) {

        static Usage now() {
            return new Usage(ManagementFactory.getThreadMXBean().getThreadCount(), openFiles(), heapAfterGc());
        }

        /** Usage once the threads and files a build or a dropped connection ends have gone, within ten seconds. */
        static Usage settled(Usage before) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            Usage now = now();
            while (System.nanoTime() < end && (now.threads() > before.threads() || now.files() > before.files())) {
                Thread.sleep(100);
                now = now();
            }
            return now;
        }

        private static long openFiles() {
            Path fds = Path.of("/proc/self/fd");
            if (!Files.isDirectory(fds)) {
                return -1;
            }
            try (Stream<Path> open = Files.list(fds)) {
                return open.count();
            } catch (IOException e) {
                return -1;
            }
        }

        private static long heapAfterGc() {
            LongSupplier used = () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return used.getAsLong();
        }

        @Override
        public String toString() {
            return threads + " threads, " + files + " open files, " + (heap >> 10) + " KiB heap";
        }
    }
}
