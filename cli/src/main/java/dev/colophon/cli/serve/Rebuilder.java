package dev.colophon.cli.serve;

import dev.colophon.BuildOptions;
import dev.colophon.BuildProgress;
import dev.colophon.BuildResult;
import dev.colophon.BuildSession;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Builds the site into the destination: once at the start, then again after each burst of changes (an
 * editor's save: {@link SaveBurst} says when one is over), one build at a time, on a thread of its own. A
 * failed build leaves the destination as it was (the engine swaps a new site in only whole), so the server
 * goes on serving the last good site.
 *
 * <p>A burst is built as soon as its files look whole, a few milliseconds after a plain save, so a build
 * may still read a save half done (an editor slowed down between two writes). Whatever it read, a change
 * that comes after it started is built next. A failure is reported only once no further change has come
 * for {@link SaveBurst#SETTLE}: one followed by more of the save is not shown at all (no error in the
 * terminal, no overlay in the browser), as the next build, which has the rest, tells what is still wrong.
 */
final class Rebuilder implements Changes, AutoCloseable {

    /**
     * How long after a failed build to look for more of the same save before reporting the failure: as long
     * as a burst waits for a save under way ({@link SaveBurst#SETTLE}).
     */
    private static final Duration SUPERSEDED = SaveBurst.SETTLE;
    /** How long after a build without a change the server counts as idle: longer than a save's burst takes. */
    private static final Duration IDLE = Duration.ofMillis(50);

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
    private final BlockingDeque<SaveBurst.Event> changes = new LinkedBlockingDeque<>();
    private final IdleCollector idle = IdleCollector.ofThisJvm();
    private final Thread thread;
    private volatile Outcome outcome;
    private volatile SiteSettings settings = SiteSettings.defaults();
    /** Read and written by one build at a time. */
    private List<Diagnostic> lastWarnings = List.of();
    private java.time.Instant time;
    private boolean building;
    /** Whether a build succeeded yet: until one has, there is nothing to serve but what the build renders. */
    private volatile boolean built;
    /**
     * Whether the running build renders outputs a request may have at once: a first build into memory, once
     * its outputs are planned (see {@link dev.colophon.MemorySite#file}).
     */
    private volatile boolean answering;

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

    @Override
    public void changed(Path path, Changes.Kind kind) {
        changes.add(new SaveBurst.Event(path, kind, true));
    }

    @Override
    public void editing(Path path, Changes.Kind kind) {
        changes.add(new SaveBurst.Event(path, kind, false));
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
     * Waits until no build is running, for at most {@code timeout}, or until the first build into memory
     * renders its outputs: a request that finds nothing while a build swaps the new site in looks again once
     * it is in place, and one that comes before the site was first built looks again once the output it
     * asks for can be rendered at once.
     */
    synchronized void awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (building && !answering) {
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

    /** Whether a build succeeded yet. */
    boolean built() {
        return built;
    }

    private synchronized void setBuilding(boolean now) {
        building = now;
        answering = false;
        notifyAll();
    }

    private synchronized void answering() {
        answering = true;
        notifyAll();
    }

    /**
     * The options of a first build into memory: once it has planned its outputs, requests waiting for it are
     * woken to have theirs rendered.
     */
    private BuildOptions answeringEarly(BuildOptions build) {
        if (built || session.memory().isEmpty()) {
            return build;
        }
        BuildProgress told = build.progress();
        return build.withProgress(new BuildProgress() {
            @Override
            public void rendering(int total) {
                answering();
                told.rendering(total);
            }

            @Override
            public void written(String path, int done, int total) {
                told.written(path, done, total);
            }
        });
    }

    private void loop() {
        try {
            whileIdle(); // after the first build, which started this thread
            while (!Thread.currentThread().isInterrupted()) {
                SaveBurst burst = new SaveBurst(changes.take(), System.nanoTime());
                long wait;
                while ((wait = burst.waitNanos(System.nanoTime())) > 0) {
                    SaveBurst.Event next = changes.poll(wait, TimeUnit.NANOSECONDS);
                    if (next != null) {
                        burst.add(next, System.nanoTime());
                    }
                }
                Set<Path> changed = burst.changed();
                if (!changed.isEmpty()) {
                    build(false, relative(changed));
                    whileIdle();
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /**
     * After a build: once no change has come for {@link #IDLE}, the old generation is collected if it is
     * nearly full ({@link IdleCollector}), so that the next save does not pay for it.
     */
    private void whileIdle() throws InterruptedException {
        SaveBurst.Event next = changes.poll(IDLE.toNanos(), TimeUnit.NANOSECONDS);
        if (next != null) {
            changes.addFirst(next);
        } else {
            idle.collectIfNearlyFull();
        }
    }

    /**
     * Whether a change to build comes within {@link #SUPERSEDED} of a failed build: the build then read a
     * save half done, and the next one, with the rest of it, says what is wrong if anything still is. The
     * events looked at stay queued, in order, for that build.
     */
    private boolean superseded() {
        List<SaveBurst.Event> seen = new ArrayList<>();
        boolean more = false;
        long end = System.nanoTime() + SUPERSEDED.toNanos();
        try {
            SaveBurst.Event next;
            while (!more && (next = changes.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS)) != null) {
                seen.add(next);
                more = next.build();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closing: the failure is reported, the loop then ends
        }
        for (int i = seen.size() - 1; i >= 0; i--) {
            changes.addFirst(seen.get(i));
        }
        return more;
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
            build = answeringEarly(build.withNow(time));
            SiteSettings.read(source, build).ifPresent(read -> settings = read);
            BuildSession.Build done = session.build(build, changed);
            BuildResult result = done.result();
            // Printed when they change, in whatever order a build found them (a patched build finds fewer).
            if (!Set.copyOf(result.warnings()).equals(Set.copyOf(lastWarnings))) {
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
            built = true;
            outcome.built(done.changed());
            return true;
        } catch (BuildFailedException e) {
            if (!first && superseded()) {
                return false;
            }
            e.diagnostics().forEach(err::println);
            int errors = e.errors().size();
            err.printf("Build failed: %d %s; still serving the last good site.%n", errors,
                    errors == 1 ? "error" : "errors");
            err.flush();
            outcome.failed(e.diagnostics());
            return false;
        } catch (ColophonException e) {
            if (!first && superseded()) {
                return false;
            }
            return failed("error: " + e.getMessage(), Diagnostic.error(null, String.valueOf(e.getMessage()), null));
        } catch (RuntimeException | StackOverflowError e) {
            // The server outlives any file: a bug the file finds is reported, and the next save builds again.
            if (!first && superseded()) {
                return false;
            }
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
