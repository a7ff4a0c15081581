package dev.colophon.cli.serve;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.BuildSession;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Builds the site into the destination: once at the start, then again after each burst of changes, one
 * build at a time, on a thread of its own. A failed build leaves the destination as it was (the engine
 * swaps a new site in only whole), so the server goes on serving the last good site.
 */
final class Rebuilder implements AutoCloseable {

    /**
     * How long the source must be quiet before a build starts. An editor's save is a burst of events (a
     * temporary file written, renamed over the original, a backup removed) within a few milliseconds; a
     * build started on the first event would read the file half-saved and be followed by a second one.
     */
    static final Duration QUIET = Duration.ofMillis(30);
    /** A stream of changes that never goes quiet (a checkout, a copy) still gets a build this often. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    /** What the server does with the outcome of each build. */
    interface Outcome {
        /** The build succeeded; {@code changed} are the output files it wrote anew or removed. */
        void built(Set<String> changed);

        /** The build failed; the destination is as it was. */
        void failed(List<Diagnostic> diagnostics);
    }

    private final BuildSession session;
    private final Path source;
    private final Path destination;
    private final Supplier<BuildOptions> options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Outcome outcome;
    private volatile SiteSettings settings = SiteSettings.defaults();
    /** Read and written by one build at a time. */
    private List<Diagnostic> lastWarnings = List.of();
    private java.time.Instant time;
    private boolean building;

    /** @param write whether to keep the site in {@code destination}, or else in memory only */
    Rebuilder(Colophon engine, Path source, Path destination, boolean write, Supplier<BuildOptions> options,
            PrintWriter out, PrintWriter err) {
        this.session = write ? engine.session(source, destination) : engine.memorySession(source, destination);
        this.source = source.toAbsolutePath().normalize();
        this.destination = destination;
        this.options = options;
        this.out = out;
        this.err = err;
        // Before the first build, so that the watcher skips what the site excludes from the start.
        SiteSettings.read(source, options.get()).ifPresent(read -> settings = read);
        this.thread = new Thread(this::loop, "colophon-rebuild");
        thread.setDaemon(true);
    }

    /** Builds now, on the caller's thread, and returns whether the build succeeded. */
    boolean buildNow(Outcome outcome) {
        this.outcome = outcome;
        return build(true, null);
    }

    /** Starts building again after each burst of {@link #changed changes}. */
    void start() {
        thread.start();
    }

    /** A source file changed, was created or removed (or a folder: anything below it). */
    void changed(Path path) {
        changes.add(path);
    }

    /** The site as the last good build left it in memory; empty when it is built into the destination. */
    java.util.Optional<dev.colophon.MemorySite> memory() {
        return session.memory();
    }

    /** The server's settings from the configuration as the last build found it. */
    SiteSettings settings() {
        return settings;
    }

    /**
     * Waits until no build is running, for at most {@code timeout}: a request that finds nothing while a
     * build swaps the new site in looks again once it is in place.
     */
    synchronized void awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (building) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized boolean building() {
        return building;
    }

    private synchronized void setBuilding(boolean now) {
        building = now;
        notifyAll();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> burst = new HashSet<>();
                burst.add(changes.take());
                long end = System.nanoTime() + LONGEST_WAIT.toNanos();
                Path next;
                while (System.nanoTime() < end && (next = changes.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    burst.add(next); // still saving: wait for the burst to end
                }
                changes.drainTo(burst);
                build(false, relative(burst));
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /**
     * The changed paths as the session takes them, relative to the source; null (look at everything) when
     * one is outside it.
     */
    private Set<String> relative(Set<Path> paths) {
        Set<String> out = new HashSet<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(source) || absolute.equals(source)) {
                return null;
            }
            out.add(source.relativize(absolute).toString().replace(java.io.File.separatorChar, '/'));
        }
        return out;
    }

    private boolean build(boolean first, Set<String> changed) {
        setBuilding(true);
        long start = System.nanoTime();
        try {
            // The configuration may have changed: baseurl and excludes are read again, with every build.
            BuildOptions build = options.get();
            // One build time for the session, until a post falls due: a save then changes only what it
            // reaches, where a new time would change every page that shows it (a feed's updated).
            if (time == null || !build.now().isBefore(session.nextPublication())) {
                time = build.now();
            }
            build = build.withNow(time);
            SiteSettings.read(source, build).ifPresent(read -> settings = read);
            BuildSession.Build done = session.build(build, changed);
            BuildResult result = done.result();
            if (!result.warnings().equals(lastWarnings)) {
                result.warnings().forEach(err::println);
                lastWarnings = result.warnings();
            }
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (first) {
                out.printf("Built %s, %s and %s in %d ms%n", count(result.posts(), "post"),
                        count(result.pages(), "page"), count(result.files(), "file"), millis);
            } else {
                out.printf("Rebuilt in %d ms: %s rendered, %s changed%n", millis, count(done.rendered(), "file"),
                        count(done.changed().size(), "file"));
            }
            out.flush();
            outcome.built(done.changed());
            return true;
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(err::println);
            int errors = e.errors().size();
            err.printf("Build failed: %d %s; still serving the last good site.%n", errors,
                    errors == 1 ? "error" : "errors");
            err.flush();
            outcome.failed(e.diagnostics());
            return false;
        } catch (ColophonException e) {
            return failed("error: " + e.getMessage(), Diagnostic.error(null, String.valueOf(e.getMessage()), null));
        } catch (RuntimeException | StackOverflowError e) {
            // The server outlives any file: a bug the file finds is reported, and the next save builds again.
            return failed("internal error: " + e + " (please report it)",
                    Diagnostic.error(null, "internal error: " + e, "please report it"));
        } finally {
            setBuilding(false);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private boolean failed(String line, Diagnostic diagnostic) {
        err.println(line);
        err.println("Build failed; still serving the last good site.");
        err.flush();
        outcome.failed(List.of(diagnostic));
        return false;
    }

    @Override
    public void close() {
        thread.interrupt();
        // The caller is often interrupted itself (Ctrl-C, a stopped command): join would then return at
        // once, and a build still running would write into the destination after the server stopped.
        boolean interrupted = Thread.interrupted();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
