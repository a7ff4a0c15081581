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

    private final Rebuilder builds;
    private final AutoCloseable watcher;

    private SiteWatch(Rebuilder builds, AutoCloseable watcher) {
        this.builds = builds;
        this.watcher = watcher;
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
        Rebuilder builds = new Rebuilder(engine, source, destination, options, out, err);
        WatchFilter filter = new WatchFilter(source, destination, builds::settings);
        AutoCloseable watcher = forcePolling
                ? SourcePoller.start(source, filter, builds::changed)
                : SourceWatcher.start(source, filter, builds::changed);
        builds.buildNow(REPORTED);
        builds.start();
        return new SiteWatch(builds, watcher);
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
