package dev.colophon.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve goal: its parameters as {@code colophon serve}'s options, and a real server on a free port. */
class ServeMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    /** The goal as Maven configures it in a project without configuration: its defaults. */
    private ServeMojo mojo() {
        ServeMojo mojo = new ServeMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.source = project.resolve("src/main/blog").toFile();
        mojo.destination = project.resolve("target/blog").toFile();
        mojo.host = "127.0.0.1";
        mojo.port = 4000;
        mojo.config = "_config.yml";
        mojo.liveReload = true;
        return mojo;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("src/main/blog").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theDefaultsAreColophonServesOwn() {
        assertEquals(List.of("serve", "--source", project.resolve("src/main/blog").toString(),
                "--destination", project.resolve("target/blog").toString(), "--host", "127.0.0.1", "--port", "4000",
                "--config", "_config.yml"), mojo().arguments());
    }

    @Test
    void everyParameterBecomesItsOption() {
        ServeMojo mojo = mojo();
        mojo.source = project.resolve("docs").toFile();
        mojo.destination = project.resolve("out").toFile();
        mojo.host = "0.0.0.0";
        mojo.port = 8080;
        mojo.config = "_config.yml,_config.dev.yml";
        mojo.drafts = true;
        mojo.future = true;
        mojo.liveReload = false;
        mojo.forcePolling = true;
        mojo.renderToDisk = true;
        assertEquals(List.of("serve", "--source", project.resolve("docs").toString(),
                "--destination", project.resolve("out").toString(), "--host", "0.0.0.0", "--port", "8080",
                "--config", "_config.yml,_config.dev.yml", "--drafts", "--future", "--no-livereload",
                "--force-polling", "--render-to-disk"), mojo.arguments());
    }

    @Test
    void servesTheBlogUntilStopped() throws Exception {
        write("_config.yml", "title: Notes\nurl: https://example.org\n");
        write("_posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\nHello, *Maven*.");
        ServeMojo mojo = mojo();
        mojo.port = 0;
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                mojo.execute();
                done.complete(null);
            } catch (Exception | AssertionError e) {
                done.completeExceptionally(e);
            }
        }, "test-colophon-serve");
        thread.start();
        try {
            URI url = served();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    url.resolve("2024/05/01/hello.html")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Hello, <em>Maven</em>."), page.body());
            assertTrue(log.text().contains("info: Built 1 post, "), log::text);
        } finally {
            // As Ctrl-C would: the server stops and the goal returns.
            thread.interrupt();
        }
        done.get(10, TimeUnit.SECONDS);
        assertTrue(log.text().endsWith("info: Stopped."), log::text);
    }

    @Test
    void aTakenPortFailsTheGoalSayingWhy() throws Exception {
        write("_config.yml", "title: Notes\nurl: https://example.org\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ServeMojo mojo = mojo();
            mojo.port = taken.getLocalPort();
            MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
            assertEquals("colophon serve stopped with exit code 1 (the reason is above)", e.getMessage());
            assertTrue(log.text().contains("error: error: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    log::text);
        }
    }

    @Test
    void aMissingBlogSaysHowToStartOne() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertEquals("src/main/blog: error: there is no blog here (start one with mvn colophon:new, or set the"
                + " plugin's <source>)", e.getMessage());
    }

    /** The address the goal logged it serves at. */
    private URI served() throws InterruptedException {
        Pattern serving = Pattern.compile("info: Serving .* at (http://\\S+) ");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            // The address is logged as the server starts listening, before its first build: the test starts
            // from the built blog.
            Matcher m = serving.matcher(log.text());
            if (m.find() && log.text().contains("info: Built ")) {
                return URI.create(m.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server did not start: " + log.text());
    }
}
