package dev.colophon.cli.serve;

import com.sun.net.httpserver.HttpServer;
import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A running {@code colophon serve}: the site built into memory (or the destination), served over HTTP,
 * rebuilt when its source changes. Close it to stop everything it started.
 *
 * <pre>{@code
 * try (DevServer server = DevServer.start(settings, engine, options, out, err)) {
 *     System.out.println(server.url());
 *     ...
 * }
 * }</pre>
 */
public final class DevServer implements AutoCloseable {

    /**
     * Where and how to serve.
     *
     * @param source the site's folder, absolute
     * @param destination where it is written with {@code renderToDisk}, absolute; its changes are not watched
     * @param host the address to listen on
     * @param port the port; 0 picks a free one
     * @param liveReload whether served HTML gets the live-reload script
     * @param forcePolling whether to look for changes every second instead of waiting for events
     * @param renderToDisk whether the site is written to {@code destination} and served from there; if not
     *     (the default of {@code colophon serve}) it is built into memory and nothing is written
     */
    public record Settings(Path source, Path destination, String host, int port, boolean liveReload,
            boolean forcePolling, boolean renderToDisk) {
    }

    /** Starts watching the source, telling {@code changes} of each change that may matter. */
    interface Watching {
        AutoCloseable start(Path source, WatchFilter filter, Changes changes) throws IOException;
    }

    /**
     * Threads answering requests. Bounded, because the JDK's server otherwise answers on its one dispatch
     * thread (a slow answer holds up every other) or, given a cached pool, starts a thread per request in
     * flight: a page with fifty images, a link checker or a reload of ten tabs would start as many, each
     * with its stack, to read small files on a machine with a few cores. Requests beyond the bound wait in
     * the pool's queue for a moment; live-reload listeners hold no thread (see {@link LiveReload}), so open
     * tabs never take the pool's place. Sixteen covers a browser's six connections per host for a couple of
     * tabs while a request or two waits out a build's swap.
     */
    static final int REQUEST_THREADS = 16;

    private final HttpServer http;
    private final ExecutorService requests;
    private final SiteWatch site;
    private final Rebuilder.Outcome outcome;
    private final LiveReload pages;
    private final URI url;

    private DevServer(HttpServer http, ExecutorService requests, SiteWatch site, Rebuilder.Outcome outcome,
            LiveReload pages, URI url) {
        this.http = http;
        this.requests = requests;
        this.site = site;
        this.outcome = outcome;
        this.pages = pages;
        this.url = url;
    }

    /**
     * Listens, says where ("Serving SOURCE at URL" on {@code out}), starts watching, builds the site once (a
     * failed build is reported and served over, not fatal) and returns. Requests are answered from the
     * start: during the first build they wait for it, or, for a site built into memory, only until its
     * outputs are planned, when the page asked for is rendered first.
     *
     * @param options the options of each build, asked again for every build (its time)
     * @throws IOException when the address cannot be listened on (say, the port is taken) or the source
     *     cannot be watched
     */
    public static DevServer start(Settings settings, Colophon engine, Supplier<BuildOptions> options,
            PrintWriter out, PrintWriter err) throws IOException {
        return start(settings, engine, options, out, err,
                settings.forcePolling() ? SourcePoller::start : SourceWatcher.orPolling(SourceWatcher::start, err));
    }

    /** {@link #start(Settings, Colophon, Supplier, PrintWriter, PrintWriter)} with the given way of watching. */
    static DevServer start(Settings settings, Colophon engine, Supplier<BuildOptions> options, PrintWriter out,
            PrintWriter err, Watching watching) throws IOException {
        Path destination = settings.destination();
        SiteWatch site = new SiteWatch(settings.source(), destination, settings.renderToDisk(), engine, options,
                out, err);
        Rebuilder builds = site.builds();
        SiteHandler.Site served = builds.memory()
                .<SiteHandler.Site>map(memory -> (baseurl, path) -> ServedPath.resolve(memory, baseurl, path))
                .orElse((baseurl, path) -> ServedPath.resolve(destination, baseurl, path));
        LiveReload pages = new LiveReload(path -> {
            ServedPath found = served.resolve(builds.settings().baseurl(), path);
            if (found instanceof ServedPath.Found file) {
                return new LiveReload.Shown(file.path(), SiteHandler.version(file.file()));
            }
            return found instanceof ServedPath.Stored stored
                    ? new LiveReload.Shown(stored.file().path(), stored.file().version()) : null;
        });
        noDelay();
        // Bound first: a taken port is known before a long first build, not after it.
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        Rebuilder.Outcome outcome = new Rebuilder.Outcome() {
            @Override
            public void built(Set<String> changed) {
                String base = builds.settings().baseurl();
                pages.built(changed, changed.stream().filter(p -> p.endsWith(".css")).sorted()
                        .map(p -> base + "/" + p).toList());
            }

            @Override
            public void failed(List<Diagnostic> diagnostics) {
                pages.failed(diagnostics.stream().map(Diagnostic::toString).toList());
            }
        };
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor requests = new ThreadPoolExecutor(REQUEST_THREADS, REQUEST_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread t = new Thread(runnable, "colophon-http-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        // An idle server holds no request threads: a long session ends with as many threads as it began.
        requests.allowCoreThreadTimeOut(true);
        http.setExecutor(requests);
        http.createContext("/", new SiteHandler(served, builds, settings.liveReload()));
        if (settings.liveReload()) {
            http.createContext(LiveReload.EVENTS, pages::listen);
            byte[] script = script();
            http.createContext(LiveReload.SCRIPT, exchange -> {
                try (exchange) {
                    exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                    exchange.sendResponseHeaders(200, exchange.getRequestMethod().equals("HEAD") ? -1 : script.length);
                    if (!exchange.getRequestMethod().equals("HEAD")) {
                        exchange.getResponseBody().write(script);
                    }
                }
            });
        }
        http.start();
        InetSocketAddress bound = http.getAddress();
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        URI url = URI.create("http://" + host + ":" + bound.getPort() + builds.settings().baseurl() + "/");
        DevServer server = new DevServer(http, requests, site, outcome, pages, url);
        out.println("Serving " + settings.source() + " at " + url + " (Ctrl-C stops)");
        out.flush();
        try {
            site.watch(watching, outcome);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Turns Nagle's algorithm off for the JDK's server, whose only switch is this system property, read once
     * when the first server starts. The server writes a response's headers and its body separately; with
     * Nagle on, the body waits for the client to acknowledge the headers, and a client on a kept-alive
     * connection delays that acknowledgement by 40 ms: every page, stylesheet and reload took 40 ms more
     * (measured: 30 GETs of a small page in a row on one connection, 43 to 63 ms each; with Nagle off, a
     * few milliseconds). The property touches no other server (Colophon starts no other), and a value the
     * user set is kept.
     */
    private static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static byte[] script() {
        try (InputStream in = DevServer.class.getResourceAsStream("livereload.js")) {
            if (in == null) {
                throw new IllegalStateException("livereload.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's address, under its baseurl, e.g. {@code http://127.0.0.1:4000/blog/}. */
    public URI url() {
        return url;
    }

    /**
     * Builds now, on the caller's thread, as a change the watcher reported would: for tests that make many
     * edits faster than the watcher's quiet period allows. Only while the watcher reports nothing, as two
     * builds must not run at once.
     */
    boolean rebuildNow() {
        return site.builds().buildNow(outcome);
    }

    /** How many pages listen for live reload. */
    int listeners() {
        return pages.listeners();
    }

    /** Stops watching, lets a running build finish, closes every connection. */
    @Override
    public void close() {
        site.close();
        pages.close();
        http.stop(0);
        requests.shutdownNow();
    }
}
