package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon serve} answering many requests at once, as a page with many images or a link checker sends them. */
class ConcurrentRequestsTest {

    private static final int REQUESTS = 200;
    private static final int OPEN_PAGES = 40;
    /** Far more than 200 small answers take on two cores; a server that queues them badly misses it. */
    private static final Duration ALL_ANSWERED = Duration.ofSeconds(30);

    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        SiteFiles.write(site, path, text);
    }

    /** One request and what its answer must be. */
    private record Expected(HttpRequest request, int status, Consumer<HttpResponse<String>> check) {
    }

    /**
     * One browser connection, kept alive, asking for page after page: no answer waits on the client's
     * delayed acknowledgement (40 ms on Linux), as it did while the server wrote with Nagle's algorithm on.
     * The bound leaves room for a busy machine; the stall it catches is there every other request or so.
     */
    @Test
    void answersOnAKeptAliveConnectionDoNotStall() throws Exception {
        write("_config.yml", "title: Field Notes\nurl: https://example.org\n");
        write("_posts/2021-03-01-post-1.md", "---\ntitle: Post 1\n---\nText of post 1.\n");
        try (RunningServer server = new RunningServer("-s", site.toString())) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest page = HttpRequest.newBuilder(server.url.resolve("/2021/03/01/post-1.html")).build();
            client.send(page, HttpResponse.BodyHandlers.ofString());
            int stalled = 0;
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                assertEquals(200, client.send(page, HttpResponse.BodyHandlers.ofString()).statusCode());
                long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
                millis.add(took);
                if (took >= 38) {
                    stalled++;
                }
            }
            assertTrue(stalled <= 5, stalled + " of 30 answers took 38 ms or more: " + millis);
        }
    }

    @Test
    void twoHundredRequestsAtOnceAreAllAnsweredWhilePagesListenForReloads() throws Exception {
        write("_config.yml", "title: Field Notes\nurl: https://example.org\n");
        for (int i = 1; i <= 5; i++) {
            write("_posts/2021-03-0" + i + "-post-" + i + ".md", "---\ntitle: Post " + i + "\n---\nText of post " + i + ".\n");
        }
        write("assets/site.css", "body { color: black; }\n");
        try (RunningServer server = new RunningServer("-s", site.toString())) {
            // Open pages each hold a live-reload stream for as long as they are open: none may cost a
            // request its turn.
            List<BlockingQueue<String>> pages = new ArrayList<>();
            for (int i = 0; i < OPEN_PAGES; i++) {
                pages.add(server.listen("/2021/03/01/post-1.html"));
            }
            String cssTag = server.get("/assets/site.css").headers().firstValue("ETag").orElseThrow();
            String pageTag = server.get("/2021/03/02/post-2.html").headers().firstValue("ETag").orElseThrow();

            List<Expected> expected = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int post = i % 5 + 1;
                URI page = server.url.resolve("/2021/03/0" + post + "/post-" + post + ".html");
                expected.add(switch (i % 6) {
                    case 0, 1 -> new Expected(HttpRequest.newBuilder(page).build(), 200, r -> {
                        assertTrue(r.body().contains("Text of post " + post + "."), r.body());
                        assertTrue(r.body().contains("livereload.js"), r.body());
                    });
                    case 2 -> new Expected(HttpRequest.newBuilder(page)
                            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), 200, r -> {
                        assertEquals("", r.body());
                        assertTrue(Long.parseLong(r.headers().firstValue("Content-Length").orElse("0")) > 100);
                    });
                    case 3 -> new Expected(HttpRequest.newBuilder(server.url.resolve("/assets/site.css"))
                            .header("If-None-Match", cssTag).build(), 304, r -> assertEquals("", r.body()));
                    case 4 -> new Expected(HttpRequest.newBuilder(server.url.resolve("/2021/03/02/post-2.html"))
                            .header("If-None-Match", "\"other\", " + pageTag).build(), 304, r -> { });
                    default -> new Expected(HttpRequest.newBuilder(server.url.resolve("/missing-" + i)).build(), 404,
                            r -> assertTrue(r.body().contains("missing-"), r.body()));
                });
            }

            HttpClient client = HttpClient.newBuilder().connectTimeout(ALL_ANSWERED).build();
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> answers = expected.stream()
                    .map(e -> client.sendAsync(e.request(), HttpResponse.BodyHandlers.ofString()))
                    .toList();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(ALL_ANSWERED.toSeconds(), TimeUnit.SECONDS);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            for (int i = 0; i < REQUESTS; i++) {
                HttpResponse<String> answer = answers.get(i).join();
                Expected e = expected.get(i);
                assertEquals(e.status(), answer.statusCode(), e.request() + ": " + answer.body());
                e.check().accept(answer);
            }
            // Answered by a bounded pool: the burst did not start a thread per request, nor one per open page.
            long threads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("colophon-http-")).count();
            System.out.printf("ConcurrentRequestsTest: %d requests answered in %d ms by %d request threads%n",
                    REQUESTS, millis, threads);
            assertTrue(threads <= DevServer.REQUEST_THREADS, threads + " request threads");

            // And the open pages still hear of a rebuild.
            write("_posts/2021-03-01-post-1.md", "---\ntitle: Post 1\n---\nEdited.\n");
            for (BlockingQueue<String> page : pages) {
                assertTrue(RunningServer.poll(page, "event: reload"::equals) != null, "a page missed its reload");
            }
        }
    }
}
