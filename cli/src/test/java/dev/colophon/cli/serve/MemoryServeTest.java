package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import dev.colophon.testkit.plugins.GatedParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code colophon serve} serving the site from memory (its default): the bytes a build writes, gzip to the
 * clients that ask for it, nothing written to disk; and with {@code --render-to-disk}, the destination kept.
 */
class MemoryServeTest {

    private static final String POST = "_posts/2021-03-26-hello.md";
    private static final String PAGE = "/2021/03/26/hello.html";
    /** A fixed build time, so that the server's feeds and a build's are the same bytes. */
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(RunningServer.WAIT).build();

    private Path blog() throws IOException {
        Path site = temp.resolve("site");
        write(site, "_config.yml", "title: Field Notes\nurl: https://example.org\n");
        write(site, POST, "---\ntitle: Hello\n---\n" + "The first version of this post. ".repeat(40) + "\n");
        write(site, "_posts/2021-03-27-other.md", "---\ntitle: Other\n---\nAnother post.\n");
        write(site, "assets/site.css", "body { color: black; }\n");
        write(site, "404.html", "---\n---\n<html><body>Lost? Try the home page.</body></html>\n");
        return site;
    }

    private static void write(Path site, String path, String text) throws IOException {
        SiteFiles.write(site, path, text);
    }

    private DevServer start(Path site, boolean liveReload, StringWriter err) throws IOException {
        DevServer.Settings settings = new DevServer.Settings(site, site.resolve("_site"), "127.0.0.1", 0, liveReload,
                false, false);
        return DevServer.start(settings, Colophon.builder().cacheConversions(true).build(),
                () -> BuildOptions.defaults().withNow(NOW), new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private HttpResponse<byte[]> get(URI url, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).timeout(RunningServer.WAIT);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(gzip)).readAllBytes();
    }

    @Test
    void aClientGetsTheBytesABuildWritesAndNothingIsWritten() throws Exception {
        Path site = blog();
        Path built = temp.resolve("built");
        Colophon.create().build(site, built, BuildOptions.defaults().withNow(NOW));
        List<String> files;
        try (Stream<Path> walk = Files.walk(built)) {
            files = walk.filter(Files::isRegularFile).map(f -> built.relativize(f).toString()).sorted().toList();
        }
        assertTrue(files.size() >= 6, files.toString());
        try (DevServer server = start(site, false, new StringWriter())) {
            for (String file : files) {
                // No Accept-Encoding: the plain bytes, inflated where they are kept compressed.
                HttpResponse<byte[]> plain = get(server.url(), "/" + file);
                assertEquals(200, plain.statusCode(), file);
                assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), file);
                assertArrayEquals(Files.readAllBytes(built.resolve(file)), plain.body(), file);
            }
            assertFalse(Files.exists(site.resolve("_site")), "the destination was written");
            try (Stream<Path> beside = Files.list(site)) {
                assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().startsWith("._site")).toList(),
                        "a lock or temporary folder beside the destination");
            }
            assertFalse(Files.exists(temp.resolve(".site.colophon-lock")));

            HttpResponse<byte[]> plain = get(server.url(), PAGE);
            HttpResponse<byte[]> gzip = get(server.url(), PAGE, "Accept-Encoding", "br, gzip;q=0.8");
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
            assertEquals("Accept-Encoding", gzip.headers().firstValue("Vary").orElse(""));
            assertTrue(gzip.body().length < plain.body().length / 2, gzip.body().length + " of " + plain.body().length);
            assertArrayEquals(plain.body(), gunzip(gzip.body()));
            String plainTag = plain.headers().firstValue("ETag").orElseThrow();
            String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(plainTag, gzipTag, "each encoding is a representation of its own");
            assertEquals(304, get(server.url(), PAGE, "Accept-Encoding", "gzip", "If-None-Match", gzipTag).statusCode());
            assertEquals(200, get(server.url(), PAGE, "If-None-Match", gzipTag).statusCode());
            assertEquals(304, get(server.url(), PAGE, "If-None-Match", plainTag).statusCode());
            assertTrue(get(server.url(), PAGE, "Accept-Encoding", "gzip;q=0").headers()
                    .firstValue("Content-Encoding").isEmpty(), "q=0 refuses gzip");
            HttpResponse<byte[]> head = client.send(HttpRequest.newBuilder(server.url().resolve(PAGE))
                    .header("Accept-Encoding", "gzip").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(String.valueOf(gzip.body().length), head.headers().firstValue("Content-Length").orElse(""));
            assertEquals(0, head.body().length);

            // Folders, their index and the 404 page, as from a destination.
            assertEquals(302, get(server.url(), "/2021/03").statusCode());
            assertEquals(404, get(server.url(), "/2021/03/").statusCode());
            assertEquals(200, get(server.url(), "/").statusCode());
            // The site's own page, too short to be worth compressing: sent as it is, to any client.
            HttpResponse<byte[]> missing = get(server.url(), "/nothing-here", "Accept-Encoding", "gzip");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.headers().firstValue("Content-Encoding").isEmpty());
            assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("Lost?"));
        }
    }

    @Test
    void pagesGetTheScriptOncePerVersionAndAFailedBuildKeepsTheLastGoodBytes() throws Exception {
        Path site = blog();
        StringWriter err = new StringWriter();
        try (DevServer server = start(site, true, err)) {
            HttpResponse<byte[]> first = get(server.url(), PAGE, "Accept-Encoding", "gzip");
            String html = new String(gunzip(first.body()), StandardCharsets.UTF_8);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String version = etag.substring(1, etag.indexOf('-'));
            assertTrue(html.contains("<script src=\"/__colophon/livereload.js\" data-version=\"" + version
                    + "\"></script>\n</body>"), html);
            assertArrayEquals(first.body(), get(server.url(), PAGE, "Accept-Encoding", "gzip").body());
            assertEquals(html, new String(get(server.url(), PAGE).body(), StandardCharsets.UTF_8),
                    "the same page to a client without gzip");

            write(site, POST, "---\ntitle: Hello\n---\nBroken {% if %} now.\n");
            assertTrue(server.rebuildNow() == false, "the broken post built");
            assertTrue(err.toString().contains("still serving the last good site"), err.toString());
            HttpResponse<byte[]> after = get(server.url(), PAGE, "Accept-Encoding", "gzip");
            assertArrayEquals(first.body(), after.body());
            assertEquals(etag, after.headers().firstValue("ETag").orElseThrow());

            Files.delete(site.resolve(POST));
            assertTrue(server.rebuildNow());
            assertEquals(404, get(server.url(), PAGE).statusCode());
            assertFalse(new String(get(server.url(), "/").body(), StandardCharsets.UTF_8).contains("Hello"));
        }
    }

    /** Reads {@code .slow} data files once {@link #release} opens: a first build held before it plans its outputs. */
    private static final class SlowData implements DataReader {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String id() {
            return "test-slow-data";
        }

        @Override
        public Set<String> fileExtensions() {
            return Set.of("slow");
        }

        @Override
        public Object read(SourceText source) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of();
        }
    }

    /**
     * The server listens from the start: a page asked for while the first build runs waits until the build
     * has planned its outputs, not until it ends, and is answered with the bytes the build then keeps; the
     * page, still open when the build ends, is not reloaded for it.
     */
    @Test
    void aPageAskedForDuringTheFirstBuildIsAnsweredThenAndNotReloadedAfter() throws Exception {
        Path site = blog();
        write(site, "_posts/2021-03-28-slow.slow", "---\ntitle: Slow\n---\nAt last.\n");
        write(site, "_data/gate.slow", "");
        GatedParser slow = new GatedParser();
        SlowData data = new SlowData();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DevServer.Settings settings = new DevServer.Settings(site, site.resolve("_site"), "127.0.0.1", port, true,
                false, false);
        StringWriter out = new StringWriter();
        ExecutorService starting = Executors.newSingleThreadExecutor();
        Future<DevServer> started = starting.submit(() -> DevServer.start(settings,
                Colophon.builder().cacheConversions(true).plugin(slow).plugin(data).build(),
                () -> BuildOptions.defaults().withNow(NOW).withThreads(1), new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        try {
            assertTrue(data.started.await(10, TimeUnit.SECONDS), "the data was not read");
            URI url = URI.create("http://127.0.0.1:" + port + "/");
            assertTrue(out.toString().startsWith("Serving " + site + " at " + url), out.toString());
            CompletableFuture<HttpResponse<byte[]>> asked = client.sendAsync(
                    HttpRequest.newBuilder(url.resolve(PAGE)).timeout(RunningServer.WAIT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Thread.sleep(100);
            assertFalse(asked.isDone(), "answered before the site was read");
            data.release.countDown();
            assertTrue(slow.started.await(10, TimeUnit.SECONDS), "the slow post was not converted");
            HttpResponse<byte[]> early = asked.get(5, TimeUnit.SECONDS);
            assertEquals(200, early.statusCode());
            String page = new String(early.body(), StandardCharsets.UTF_8);
            assertTrue(page.contains("The first version"), page);
            assertFalse(started.isDone(), "the first build ended before the page was answered");
            Matcher version = Pattern.compile("data-version=\"([0-9a-f]+)\"").matcher(page);
            assertTrue(version.find(), page);
            try (RunningServer.Listener listener = new RunningServer.Listener("127.0.0.1", port,
                    "/__colophon/events?page=" + PAGE + "&version=" + version.group(1), "")) {
                slow.release.countDown();
                try (DevServer server = started.get(10, TimeUnit.SECONDS)) {
                    assertTrue(out.toString().contains("Built 3 posts"), out.toString());
                    HttpResponse<byte[]> after = get(server.url(), PAGE);
                    assertArrayEquals(early.body(), after.body());
                    assertEquals(early.headers().firstValue("ETag"), after.headers().firstValue("ETag"));
                    List<String> events = new java.util.ArrayList<>();
                    for (String line = listener.lines.poll(2, TimeUnit.SECONDS); line != null;
                            line = listener.lines.poll(300, TimeUnit.MILLISECONDS)) {
                        events.add(line);
                    }
                    assertTrue(events.contains("event: hello"), events.toString());
                    assertFalse(events.contains("event: reload"), events.toString());
                    assertTrue(new String(get(server.url(), "/2021/03/28/slow.html").body(), StandardCharsets.UTF_8)
                            .contains("<p>At last.</p>"));
                }
            }
        } finally {
            data.release.countDown();
            slow.release.countDown();
            starting.shutdown();
        }
    }

    /**
     * Where the system refuses file events (Linux's inotify limits reached), the server says so and looks for
     * changes every second instead of failing to start.
     */
    @Test
    void aSourceTheSystemWillNotWatchIsPolledInstead() throws Exception {
        Path site = blog();
        StringWriter err = new StringWriter();
        PrintWriter errors = new PrintWriter(err);
        DevServer.Watching refused = (source, filter, changes) -> {
            throw new IOException("User limit of inotify watches reached");
        };
        DevServer.Settings settings = new DevServer.Settings(site, site.resolve("_site"), "127.0.0.1", 0, false,
                false, false);
        try (DevServer server = DevServer.start(settings, Colophon.builder().cacheConversions(true).build(),
                () -> BuildOptions.defaults().withNow(NOW), new PrintWriter(new StringWriter()), errors,
                SourceWatcher.orPolling(refused, errors))) {
            assertTrue(err.toString().startsWith("warning: cannot watch " + site + " for file events (User limit of"
                    + " inotify watches reached); looking for changes every second instead"), err.toString());
            write(site, POST, "---\ntitle: Hello\n---\nThe polled version.\n");
            long end = System.nanoTime() + RunningServer.WAIT.toNanos();
            String page = "";
            while (!page.contains("The polled version") && System.nanoTime() < end) {
                Thread.sleep(100);
                page = new String(get(server.url(), PAGE).body(), StandardCharsets.UTF_8);
            }
            assertTrue(page.contains("The polled version"), page);
        }
    }

    @Test
    void renderToDiskKeepsTheDestinationWithoutTheScript() throws Exception {
        Path site = blog();
        try (RunningServer server = new RunningServer("-s", site.toString(), "--render-to-disk")) {
            assertTrue(server.get(PAGE).body().contains("livereload.js"));
            // The script is added as the page is served, never written into the site.
            String built = Files.readString(site.resolve("_site" + PAGE));
            assertFalse(built.contains("__colophon"), built);
            assertTrue(built.contains("The first version"), built);
            write(site, POST, "---\ntitle: Hello\n---\nThe second version.\n");
            server.awaitBody(PAGE, body -> body.contains("The second version"));
            assertTrue(Files.readString(site.resolve("_site" + PAGE)).contains("The second version"));
        }
    }

    /** TraversalTest's paths, asked of a site in memory: refused before anything is looked up, or not found. */
    @Test
    void nothingOutsideTheSiteInMemoryIsServed() throws Exception {
        Path site = blog();
        try (RunningServer server = new RunningServer("-s", site.toString(), "--no-livereload")) {
            for (String path : TraversalTest.outside().toList()) {
                String answer = server.raw("GET " + path + " HTTP/1.1");
                assertTrue(answer.startsWith("HTTP/1.1 403 ") || answer.startsWith("HTTP/1.1 400 "), path + ": " + answer);
            }
            for (String path : Stream.concat(TraversalTest.doubleEncoded(), Stream.of("/_config.yml", "/" + POST))
                    .toList()) {
                String answer = server.raw("GET " + path + " HTTP/1.1");
                assertTrue(answer.startsWith("HTTP/1.1 404 "), path + ": " + answer);
                assertFalse(answer.contains("title: Field Notes") || answer.contains("---\ntitle:"), path + ": " + answer);
            }
        }
    }
}
