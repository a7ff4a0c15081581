package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.colophon.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code colophon serve ARGS} run through {@link Main} on a thread of the test's JVM, on a free port, and
 * an HTTP client for it. Every wait is bounded; closing interrupts the command, which stops the server.
 */
final class RunningServer implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern URL = Pattern.compile("Serving .* at (http://\\S+) ");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private final List<CompletableFuture<?>> listeners = new ArrayList<>();
    final URI url;

    RunningServer(String... args) {
        List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
        all.addAll(List.of(args));
        thread = new Thread(() -> exit.complete(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new))), "test-serve");
        thread.start();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            // The address is printed as the server starts listening, before the first build: a test starts
            // from the built site, or the failure of its first build.
            Matcher m = URL.matcher(out.toString());
            if (m.find() && (out.toString().contains("Built ") || err.toString().contains("Build failed"))) {
                url = URI.create(m.group(1));
                return;
            }
            if (exit.isDone() || System.nanoTime() > end) {
                fail("the server did not start: " + out + err);
            }
            sleep(20);
        }
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url.resolve(path)).timeout(WAIT).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** GETs {@code path} until its body satisfies {@code test}, for at most {@link #WAIT}; returns that body. */
    String awaitBody(String path, Predicate<String> test) {
        long end = System.nanoTime() + WAIT.toNanos();
        String body = null;
        while (System.nanoTime() < end) {
            HttpResponse<String> response = get(path);
            body = response.body();
            if (response.statusCode() == 200 && test.test(body)) {
                return body;
            }
            sleep(25);
        }
        throw new AssertionError("never served as expected: " + path + "\n" + body + "\n" + out() + err());
    }

    /** Sends bytes as they are, for requests a client library would clean up first; returns the whole answer. */
    String raw(String requestLine) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream o = socket.getOutputStream();
            o.write((requestLine + "\r\nHost: " + url.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Opens the live-reload events of {@code page}, as the page's script does; returns the lines as they come. */
    BlockingQueue<String> listen(String page) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/__colophon/events?page="
                + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8))).GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        listeners.add(response.thenAcceptAsync(r -> r.body().forEach(lines::add)));
        // The first line, "retry: …", says the listener is registered: changes after it reach it.
        assertTrue(poll(lines, l -> l.startsWith("retry:")) != null, "no events stream");
        return lines;
    }

    /**
     * Opens the live-reload events of {@code page} on a socket of its own, as the page's script does, with the
     * {@code version} its script tag carried and the {@code Last-Event-ID} a reconnecting browser sends (each
     * null to leave it out); waits until the stream has begun.
     */
    Listener connect(String page, String version, String lastEventId) throws IOException {
        Listener listener = new Listener(url.getHost(), url.getPort(), "/__colophon/events?page="
                + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8)
                + (version == null ? "" : "&version=" + version),
                lastEventId == null ? "" : "Last-Event-ID: " + lastEventId + "\r\n");
        assertTrue(poll(listener.lines, l -> l.startsWith("retry:")) != null, "no events stream");
        return listener;
    }

    /**
     * One open events stream: its lines as they come (with the chunks' sizes between them, which no test
     * looks for), until closed, which drops the connection as a closed tab or a lost network does.
     */
    static final class Listener implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Socket socket;

        Listener(String host, int port, String target, String headers) throws IOException {
            socket = new Socket(host, port);
            OutputStream o = socket.getOutputStream();
            o.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/event-stream\r\n" + headers
                    + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            Thread reader = new Thread(() -> {
                try (java.io.BufferedReader in = new java.io.BufferedReader(
                        new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // closed
                }
            }, "test-listener");
            reader.setDaemon(true);
            reader.start();
        }

        /** The {@code id:} of the next event, skipping other lines. */
        String nextId() {
            String id = poll(lines, l -> l.startsWith("id: "));
            assertTrue(id != null, "no event id");
            return id.substring("id: ".length());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** The next line satisfying {@code test}, skipping others, within {@link #WAIT}; null if none came. */
    static String poll(BlockingQueue<String> lines, Predicate<String> test) {
        long end = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < end) {
                String line = lines.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line != null && test.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws Exception {
        thread.interrupt();
        int code = exit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        listeners.forEach(l -> l.cancel(true));
        assertTrue(code == 0, "serve exited with " + code + ": " + err());
    }
}
