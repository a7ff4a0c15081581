package dev.colophon.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The pages open in browsers, each listening for rebuilds over server-sent events.
 *
 * <p>The page's script (added to served HTML by {@link SiteHandler}, as
 * {@code <script src="/__colophon/livereload.js" data-version="V">}) opens
 * {@code GET /__colophon/events?page=PATH&version=V}, PATH being its {@code location.pathname} and V the
 * version of the file it was served from ({@code ""} for a 404 page). The stream then carries these events,
 * each an {@code event:} line, an {@code id:} line and one {@code data:} line of JSON:
 * <ul>
 * <li>{@code hello} {@code {"build":N}}: first on every connection, the build the server is at;
 * <li>{@code reload} {@code {"build":N}}: the file this page shows changed, or the path names another file
 *     now (a missing page that was created); the script reloads the page;
 * <li>{@code css} {@code ["/assets/site.css"]}: the URL paths (baseurl included) of stylesheets that changed,
 *     sent to pages that do not reload; the script swaps each matching {@code <link rel=stylesheet>} for one
 *     with a cache-busting query;
 * <li>{@code errors} {@code ["file:line:col: error: …"]}: the last build failed; the script shows them over
 *     the page. Also sent on connecting while the failure lasts;
 * <li>{@code ok} {@code {"build":N}}: a build succeeded after a failure; the overlay goes.
 * </ul>
 * Every {@code id} is {@code RUN.N}: this server's run and its build count (failed builds count too). The
 * browser's EventSource sends the last one back as {@code Last-Event-ID} when it reconnects, and the server
 * catches the page up then, as if it had never been away: {@code reload} when the version it was served
 * differs from its file's now, else the stylesheets changed since that build, and {@code ok} when the
 * failure it heard of is over; a page of another run (the server was restarted) reloads. Comparing on the
 * server keeps the script a plain follower of events, and works for the first connection too: a build that
 * lands between serving a page and its script connecting changes the version, and the page reloads.
 *
 * <p>Events are sent only after a build returned, that is after the new site was swapped into the
 * destination whole, so a reload never fetches a half-written page.
 *
 * <p>Server-sent events rather than a WebSocket: one-way is all this needs, the JDK's HTTP server speaks it
 * with a plain chunked response, and the browser reconnects by itself when the server restarts. A listener
 * holds no request thread: its exchange stays open after {@link #listen} returns, and one thread writes
 * every page's events (a few bytes each, which a socket's buffer takes at once), so open tabs cannot use up
 * the server's bounded pool.
 */
final class LiveReload {

    static final String EVENTS = "/__colophon/events";
    static final String SCRIPT = "/__colophon/livereload.js";

    /** Sent after 15 s of silence, so that a closed tab is noticed (the write fails) and proxies keep the line. */
    private static final long PING_SECONDS = 15;

    /** What a request path shows now: its output file, relative to the destination, and that file's version. */
    record Shown(String file, String version) {
    }

    /**
     * One open page: the request path it was loaded from, the file that path named at the last build, and
     * the version of that file the page shows.
     */
    private static final class Page {
        final String path;
        final HttpExchange exchange;
        /** Read and written under the LiveReload's lock. */
        String file;
        /** The version the page was served, or null when unknown. Read and written under the lock. */
        String version;
        /** Written by the writer thread only. */
        boolean gone;

        Page(String path, HttpExchange exchange) {
            this.path = path;
            this.exchange = exchange;
        }
    }

    private final Set<Page> pages = ConcurrentHashMap.newKeySet();
    /** What a request path shows now, or null when it names no file. */
    private final Function<String, Shown> show;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "colophon-livereload");
        t.setDaemon(true);
        return t;
    });
    /** Tells this server's builds from those of an earlier run, whose pages a browser may still hold open. */
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    /** Builds so far, failed ones included. */
    private int builds;
    /** The diagnostics of the last build as JSON when it failed, or null. */
    private String errors;
    /** The build in which each stylesheet (by URL path) last changed: one entry per stylesheet, however many edits. */
    private final Map<String, Integer> stylesheets = new HashMap<>();
    private boolean closed;

    LiveReload(Function<String, Shown> show) {
        this.show = show;
        writer.scheduleWithFixedDelay(() -> pages.forEach(page -> write(page, ": ping\n\n")),
                PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts the page's events and returns; the exchange stays open until the page or the server goes. */
    void listen(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        // The script sent location.pathname through encodeURIComponent: decoded once, it is the raw path
        // again, as a request for the page carries it.
        String named = query(rawQuery, "page");
        String path = named == null || !named.startsWith("/") ? null : named;
        String version = query(rawQuery, "version");
        String lastSeen = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Page page = new Page(path, exchange);
        // Under the lock, so that no build's events fall between what the page is told now and its joining.
        synchronized (this) {
            if (closed) {
                exchange.close();
                return;
            }
            Shown shown = shown(path);
            page.file = shown == null ? null : shown.file();
            page.version = version;
            // A reconnecting browser waits a second, not the default three, after a server restart.
            StringBuilder first = new StringBuilder("retry: 1000\n\n").append(event("hello", build()));
            catchUp(first, shown, version, lastSeen);
            if (errors != null) {
                first.append(event("errors", errors));
            }
            pages.add(page);
            send(page, first.toString());
        }
    }

    /** What a page missed while it was not listening (or since it was served), as described above. */
    private void catchUp(StringBuilder events, Shown shown, String version, String lastSeen) {
        String now = shown == null ? "" : shown.version();
        if (version != null && !version.equals(now)) {
            events.append(event("reload", build()));
            return;
        }
        if (lastSeen == null || lastSeen.equals(id())) {
            return;
        }
        int seen = seenBuild(lastSeen);
        if (seen < 0) {
            events.append(event("reload", build()));
            return;
        }
        if (errors == null) {
            events.append(event("ok", build()));
        }
        List<String> changed = stylesheets.entrySet().stream().filter(e -> e.getValue() > seen)
                .map(Map.Entry::getKey).sorted().toList();
        if (!changed.isEmpty()) {
            events.append(event("css", Json.array(changed)));
        }
    }

    /** The build an id of this run names, or -1 for another run's (or a malformed one). */
    private int seenBuild(String id) {
        if (!id.startsWith(run + ".")) {
            return -1;
        }
        try {
            int build = Integer.parseInt(id.substring(run.length() + 1));
            return build <= builds ? build : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A build succeeded: pages whose file changed (or that now name another file, such as a page that was
     * missing) reload; the others swap the changed stylesheets.
     *
     * @param changed output files written, changed or removed, relative to the destination
     * @param changedStylesheets the URL paths of changed stylesheets
     */
    synchronized void built(Set<String> changed, List<String> changedStylesheets) {
        if (closed) {
            return;
        }
        builds++;
        boolean hadErrors = errors != null;
        errors = null;
        changedStylesheets.forEach(css -> stylesheets.put(css, builds));
        String css = changedStylesheets.isEmpty() ? null : event("css", Json.array(changedStylesheets));
        for (Page page : pages) {
            StringBuilder events = new StringBuilder();
            if (hadErrors) {
                events.append(event("ok", build()));
            }
            Shown shown = shown(page.path);
            String file = shown == null ? null : shown.file();
            // A changed file the page already shows is not reloaded: the first build's, when the page was
            // served while that build ran (its output rendered first).
            if (!Objects.equals(file, page.file)
                    || (file != null && changed.contains(file) && !shown.version().equals(page.version))) {
                page.file = file;
                page.version = shown == null ? null : shown.version();
                events.append(event("reload", build()));
            } else if (css != null) {
                events.append(css);
            }
            if (!events.isEmpty()) {
                send(page, events.toString());
            }
        }
    }

    /** A build failed: every page shows the diagnostics, and so does every page opened until one succeeds. */
    synchronized void failed(List<String> diagnostics) {
        if (closed) {
            return;
        }
        builds++;
        errors = Json.array(diagnostics);
        String event = event("errors", errors);
        pages.forEach(page -> send(page, event));
    }

    /** Ends every listener's response and stops the writer. */
    void close() {
        synchronized (this) {
            closed = true;
            writer.execute(() -> pages.forEach(LiveReload.this::drop));
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                // A page that stopped reading holds the writer in a write: the server's stop closes its socket.
                writer.shutdownNow();
            }
        } catch (InterruptedException e) {
            writer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    int listeners() {
        return pages.size();
    }

    private Shown shown(String path) {
        return path == null ? null : show.apply(path);
    }

    private String id() {
        return run + "." + builds;
    }

    private String build() {
        return "{\"build\":" + builds + "}";
    }

    /** An event of the build so far; called under the lock. */
    private String event(String name, String json) {
        return "event: " + name + "\nid: " + id() + "\ndata: " + json + "\n\n";
    }

    /** Queues the text for the page, after what was queued for it before; called under the lock. */
    private void send(Page page, String text) {
        writer.execute(() -> write(page, text));
    }

    /** On the writer thread: a page whose write fails has gone, and its exchange is closed. */
    private void write(Page page, String text) {
        if (page.gone) {
            return;
        }
        try {
            OutputStream out = page.exchange.getResponseBody();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            drop(page);
        }
    }

    private void drop(Page page) {
        page.gone = true;
        pages.remove(page);
        page.exchange.close();
    }

    /** The decoded value of {@code name} in a raw query string, or null. */
    private static String query(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith(name + "=")) {
                return ServedPath.decode(pair.substring(name.length() + 1));
            }
        }
        return null;
    }
}
