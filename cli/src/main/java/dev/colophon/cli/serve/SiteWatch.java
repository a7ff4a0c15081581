package dev.colophon.cli.serve;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code colophon build --watch}: the site built, then built again after each change to its source, as
 * {@code serve} does, without a server. The same watcher and rebuilder as {@link DevServer}'s.
 */
public final class SiteWatch implements AutoCloseable {

    /** A build's outcome matters to pages open in a browser; without a server, the messages say it all. */
    private static final Rebuilder.Outcome REPORTED = new Rebuilder.Outcome() {
        @Override
        public void built(Set<String> changed) {
        }

        @Override
        public void failed(List<Diagnostic> diagnostics) {
        }
    };

    private final Path source;
    private final Path destination;
    private final Rebuilder builds;
    private AutoCloseable watcher = () -> { };

    /**
     * A rebuilder of {@code source} into {@code destination}, neither watching nor building yet: see {@link
     * #watch}. The dev server makes one, sets up its pages with the rebuilder's settings, then starts it.
     *
     * @param options the options of each build, asked again for every build (its time)
     */
    SiteWatch(Path source, Path destination, Colophon engine, Supplier<BuildOptions> options, PrintWriter out,
            PrintWriter err) {
        this(source, destination, true, engine, options, out, err);
    }

    /**
     * @param write whether builds write {@code destination}; if not, they keep the site in memory (see
     *     {@link Rebuilder#memory()}), and changes under {@code destination} are still not watched
     */
    SiteWatch(Path source, Path destination, boolean write, Colophon engine, Supplier<BuildOptions> options,
            PrintWriter out, PrintWriter err) {
        this.source = source;
        this.destination = destination;
        this.builds = new Rebuilder(engine, source, destination, write, options, out, err);
    }

    /** The rebuilder: its settings (the site's baseurl, excludes) as the last build found them. */
    Rebuilder builds() {
        return builds;
    }

    /**
     * Starts watching the source with {@code watching}, builds once on the caller's thread (a failed build is
     * reported to {@code outcome}, not fatal), then builds again after each change, on a thread of its own.
     */
    void watch(DevServer.Watching watching, Rebuilder.Outcome outcome) throws IOException {
        watcher = watching.start(source, new WatchFilter(source, destination, builds::settings), builds);
        builds.buildNow(outcome);
        builds.start();
    }

    /**
     * Starts watching {@code source}, builds once (a failed build is reported, not fatal: the next save
     * builds again), and returns; builds go on, on a thread of their own, until closed.
     *
     * @param source the site's folder, absolute
     * @param destination where it is built, absolute
     * @param options the options of each build, asked again for every build (its time)
     * @param forcePolling look for changes every second instead of waiting for the file system's events
     * @throws IOException when the source cannot be watched
     */
    public static SiteWatch start(Path source, Path destination, Colophon engine, Supplier<BuildOptions> options,
            boolean forcePolling, PrintWriter out, PrintWriter err) throws IOException {
        SiteWatch watch = new SiteWatch(source, destination, engine, options, out, err);
        watch.watch(forcePolling ? SourcePoller::start : SourceWatcher.orPolling(SourceWatcher::start, err), REPORTED);
        return watch;
    }

    /** Stops watching and lets a running build finish. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (Exception e) {
            // nothing more to stop
        }
        builds.close();
    }
}
