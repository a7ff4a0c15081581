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
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A running {@code colophon serve}: the site built into the destination, served over HTTP, rebuilt when its
 * source changes. Close it to stop everything it started.
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
     * @param destination where it is built, absolute
     * @param host the address to listen on
     * @param port the port; 0 picks a free one
     * @param liveReload whether served HTML gets the live-reload script
     * @param forcePolling whether to look for changes every second instead of waiting for events
     */
    public record Settings(Path source, Path destination, String host, int port, boolean liveReload,
            boolean forcePolling) {
    }

    private final HttpServer http;
    private final ExecutorService requests;
    private final Rebuilder builds;
    private final LiveReload pages;
    private final AutoCloseable watcher;
    private final URI url;

    private DevServer(HttpServer http, ExecutorService requests, Rebuilder builds, LiveReload pages,
            AutoCloseable watcher, URI url) {
        this.http = http;
        this.requests = requests;
        this.builds = builds;
        this.pages = pages;
        this.watcher = watcher;
        this.url = url;
    }

    /**
     * Starts watching, builds the site once (a failed build is reported and served over, not fatal), then
     * listens.
     *
     * @param options the options of each build, asked again for every build (its time)
     * @throws IOException when the address cannot be listened on (say, the port is taken) or the source
     *     cannot be watched
     */
    public static DevServer start(Settings settings, Colophon engine, Supplier<BuildOptions> options,
            PrintWriter out, PrintWriter err) throws IOException {
        Path destination = settings.destination();
        Rebuilder builds = new Rebuilder(engine, settings.source(), destination, options, out, err);
        LiveReload pages = new LiveReload(path -> ServedPath.resolve(destination, builds.settings().baseurl(), path)
                instanceof ServedPath.Found found ? found.path() : null);
        // Bound first: a taken port is known before a long first build, not after it.
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        WatchFilter filter = new WatchFilter(settings.source(), destination, builds::settings);
        AutoCloseable watcher = settings.forcePolling()
                ? SourcePoller.start(settings.source(), filter, builds::changed)
                : SourceWatcher.start(settings.source(), filter, builds::changed);
        builds.buildNow(new Rebuilder.Outcome() {
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
        });
        builds.start();

        AtomicInteger count = new AtomicInteger();
        // One thread per open request: each live-reload listener holds one for as long as its page is open.
        ExecutorService requests = Executors.newCachedThreadPool(runnable -> {
            Thread t = new Thread(runnable, "colophon-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(requests);
        http.createContext("/", new SiteHandler(destination, builds, settings.liveReload()));
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
        return new DevServer(http, requests, builds, pages, watcher, url);
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

    /** Stops watching, lets a running build finish, closes every connection. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (Exception e) {
            // nothing more to stop
        }
        builds.close();
        pages.close();
        http.stop(0);
        requests.shutdownNow();
    }
}
