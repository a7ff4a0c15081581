package dev.colophon.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The pages open in browsers, each listening for rebuilds over server-sent events: {@code reload} when the
 * file it shows changed, {@code css} with the stylesheets that changed (swapped without a reload),
 * {@code errors} with the diagnostics of a failed build (shown over the page) and {@code ok} once a build
 * succeeds again. Events are sent only after a build returned, that is after the new site was swapped into
 * the destination whole, so a reload never fetches a half-written page.
 *
 * <p>Server-sent events rather than a WebSocket: one-way is all this needs, the JDK's HTTP server speaks
 * it with a plain chunked response, and the browser reconnects by itself when the server restarts.
 */
final class LiveReload {

    static final String EVENTS = "/__colophon/events";
    static final String SCRIPT = "/__colophon/livereload.js";

    /** Sent after 15 s of silence, so that a closed tab is noticed (the write fails) and proxies keep the line. */
    private static final long PING_SECONDS = 15;
    private static final String CLOSE = "";

    /** One open page: the request path it was loaded from, and the output file that path names now. */
    private static final class Page {
        final String path;
        volatile String file;
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        Page(String path, String file) {
            this.path = path;
            this.file = file;
        }
    }

    private final Set<Page> pages = ConcurrentHashMap.newKeySet();
    /** The output file a request path names (relative to the destination), or null. */
    private final Function<String, String> resolve;
    /** The {@code errors} event of the last build when it failed, or null. */
    private volatile String errors;
    private volatile boolean closed;
    /** Builds so far, in each event's data: a page can tell which build an event is about. */
    private int builds;

    LiveReload(Function<String, String> resolve) {
        this.resolve = resolve;
    }

    /** Holds the exchange open and writes the page's events until it goes away or the server stops. */
    void listen(HttpExchange exchange) throws IOException {
        String path = query(exchange.getRequestURI().getRawQuery(), "page");
        Page page = new Page(path, path == null ? null : resolve.apply(path));
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        pages.add(page);
        try (OutputStream out = exchange.getResponseBody()) {
            // A reconnecting browser waits a second, not the default three, after a server restart.
            write(out, "retry: 1000\n\n");
            String failed = errors;
            if (failed != null) {
                write(out, failed);
            }
            while (!closed) {
                String event = page.events.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (event == CLOSE) {
                    break;
                }
                write(out, event == null ? ": ping\n\n" : event);
            }
        } catch (IOException | InterruptedException e) {
            // the page was closed, or the server is stopping: either way this listener is done
        } finally {
            pages.remove(page);
            exchange.close();
        }
    }

    /**
     * A build succeeded: pages whose file changed (or that now name another file, such as a page that was
     * missing) reload; the others swap the changed stylesheets.
     *
     * @param changed output files written, changed or removed, relative to the destination
     * @param stylesheets the URL paths of changed stylesheets
     */
    synchronized void built(Set<String> changed, List<String> stylesheets) {
        String build = "{\"build\":" + ++builds + "}";
        boolean hadErrors = errors != null;
        errors = null;
        String css = stylesheets.isEmpty() ? null : event("css", Json.array(stylesheets));
        for (Page page : pages) {
            if (hadErrors) {
                page.events.add(event("ok", build));
            }
            String file = page.path == null ? null : resolve.apply(page.path);
            if (!Objects.equals(file, page.file) || (file != null && changed.contains(file))) {
                page.file = file;
                page.events.add(event("reload", build));
            } else if (css != null) {
                page.events.add(css);
            }
        }
    }

    /** A build failed: every page shows the diagnostics, and so does every page opened until one succeeds. */
    synchronized void failed(List<String> diagnostics) {
        builds++;
        String event = event("errors", Json.array(diagnostics));
        errors = event;
        pages.forEach(page -> page.events.add(event));
    }

    /** Ends every listener's response. */
    void close() {
        closed = true;
        pages.forEach(page -> page.events.add(CLOSE));
    }

    int listeners() {
        return pages.size();
    }

    private static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The decoded value of {@code name} in a raw query string, or null. */
    private static String query(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(name + "=")) {
                // The script sent location.pathname through encodeURIComponent: decoded once, it is the raw
                // path again, as a request for the page carries it.
                String value = ServedPath.decode(pair.substring(name.length() + 1));
                return value == null || !value.startsWith("/") ? null : value;
            }
        }
        return null;
    }
}
