package dev.colophon.internal.memo;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.internal.output.DestinationLock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * What an engine's last successful build of each source into each destination read and wrote, so that a
 * build that would change nothing is recognised without reading, rendering or writing anything: every
 * source file and every file of the destination as the file system describes it ({@link FileStamps}),
 * the options, and until when the clock does not matter.
 *
 * <p>A build is remembered only when its output depends on its files and options alone: not when a
 * template read the build time ({@code site.time}, Liquid's {@code "now"}), and only until the first post
 * dated after the build time, which a later build publishes. Plugins are the engine's, so they do not
 * change between builds.
 */
public final class BuildMemory {

    private record Folders(Path source, Path destination) {
    }

    /** A build and the span of build times it stands for: from its own until the next post's date. */
    private record Remembered(DecidingOptions settings, FileStamps sources, FileStamps outputs, Instant since,
            Instant until, BuildResult result) {
    }

    private final Map<Folders, Remembered> builds = new ConcurrentHashMap<>();

    /**
     * What a build finds before it starts: the source files, taken before anything is read (a file edited
     * during the build then counts as changed), and the remembered build's result when building again
     * would change nothing.
     */
    public record Look(Optional<FileStamps> sources, Optional<BuildResult> unchanged) {
    }

    /**
     * Looks at the source files and, when a build of them is remembered, at the destination's files too
     * (on the pool's threads, at the same time). A remembered build that no longer holds is forgotten.
     */
    public Look look(Path source, Path destination, BuildOptions options, ForkJoinPool pool, long startNanos) {
        Folders folders = new Folders(source, destination);
        Remembered last = builds.remove(folders);
        if (last == null || !last.settings().equals(DecidingOptions.of(options))
                || options.now().isBefore(last.since())
                || !options.now().isBefore(last.until())) {
            return new Look(sources(source, destination), Optional.empty());
        }
        // Both at once: walking the sources on one thread, looking at each output on the others.
        CompletableFuture<Optional<FileStamps>> sources =
                CompletableFuture.supplyAsync(() -> sources(source, destination), pool);
        boolean outputsUnchanged = last.outputs().unchanged(destination, pool);
        if (!outputsUnchanged || !sources.join().equals(Optional.of(last.sources()))) {
            return new Look(sources.join(), Optional.empty());
        }
        builds.put(folders, last);
        BuildResult was = last.result();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        // The same counts: the destination holds every file the build would write, as it would write it.
        return new Look(sources.join(), Optional.of(new BuildResult(was.destination(), was.posts(), was.pages(),
                was.staticFiles(), was.files(), was.warnings(), elapsed, Map.of("unchanged", elapsed))));
    }

    /** Files modified in the last {@link FileStamps#RACY_NANOS} count as changed. */
    private static Optional<FileStamps> sources(Path source, Path destination) {
        long now = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        // The destination's lock file is in the source when the destination is: it comes and goes with each build.
        return FileStamps.of(source, Set.of(destination, DestinationLock.fileOf(destination)),
                now - FileStamps.RACY_NANOS);
    }

    /**
     * Remembers a successful build.
     *
     * @param sources the source files as they were before the build read them
     * @param readTheClock whether a template or renderer used the build time
     * @param nextPublication the date of the first post after the build time, which a later build publishes
     */
    public void remember(Path source, Path destination, BuildOptions options, Optional<FileStamps> sources,
            boolean readTheClock, Instant nextPublication, BuildResult result) {
        Optional<FileStamps> outputs = FileStamps.ofTree(destination);
        if (sources.isEmpty() || outputs.isEmpty() || readTheClock) {
            return;
        }
        builds.put(new Folders(source, destination),
                new Remembered(DecidingOptions.of(options), sources.get(), outputs.get(), options.now(), nextPublication,
                        result));
    }
}
