package dev.colophon.internal.output;

import dev.colophon.BuildProgress;
import dev.colophon.internal.pipeline.Build;
import dev.colophon.internal.pipeline.Stages;
import dev.colophon.model.Site;
import dev.colophon.model.StaticFile;
import dev.colophon.spi.Output;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A session's site in memory, path to bytes, for a dev server that serves it without writing a folder. Each
 * output is kept gzip-compressed ({@link Gzip}: about 45% of its size on the 10,000-post corpus, and what a
 * browser takes as it is), or as it is when that is not smaller; a static file of the source folder is not
 * kept at all but named, and read from there when asked for. A build's outputs go in only once every one
 * rendered without error: a failed build changes nothing. Readers on other threads see each file old or
 * new, never half (as {@link SiteUpdater} leaves a folder).
 */
public final class MemoryTarget implements OutputTarget {

    /**
     * One output as stored: {@code bytes}, gzip-compressed when {@code gzipped}, or else {@code file}, the
     * static file it is a copy of.
     *
     * @param size the output's length in bytes, uncompressed
     * @param crc its CRC-32: with the size, the version a server's ETag gives
     * @param stored when this version was stored
     */
    public record Entry(byte[] bytes, boolean gzipped, Path file, long size, long crc, Instant stored) {

        /** Whether the output has the same bytes: compared whole where both are kept, else by size and CRC. */
        boolean same(Entry other) {
            if (size != other.size || crc != other.crc || gzipped != other.gzipped) {
                return false;
            }
            return bytes == null || other.bytes == null ? bytes == other.bytes : Arrays.equals(bytes, other.bytes);
        }

        /** The output's bytes, uncompressed. */
        public InputStream open() throws IOException {
            if (file != null) {
                return Files.newInputStream(file);
            }
            return gzipped ? Gzip.inflating(bytes) : new java.io.ByteArrayInputStream(bytes);
        }
    }

    private final Path source;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Every folder that holds an output, {@code /}-separated, without a trailing slash. */
    private volatile Set<String> folders = Set.of();
    private volatile boolean built;
    /** The first build's outputs while it renders them, answering for a site that has none yet; else null. */
    private volatile Renders early;

    /** @param source the site's folder, whose static files are read from there rather than kept */
    public MemoryTarget(Path source) {
        this.source = source.toAbsolutePath().normalize();
    }

    /**
     * The output at {@code path} (relative, {@code /}-separated), as the last good build left it; while the
     * first build renders its outputs, as that build makes it, rendered now if it was not yet (see {@link
     * Renders}). Empty when there is none, or when rendering it failed.
     */
    public Optional<Entry> get(String path) {
        Entry entry = entries.get(path);
        Renders first = early;
        return Optional.ofNullable(entry != null || first == null ? entry : first.get(path));
    }

    /** Whether {@code path} (relative, without a trailing slash) is a folder that holds outputs. */
    public boolean isFolder(String path) {
        Renders first = early;
        return folders.contains(path) || first != null && first.folders.contains(path);
    }

    /** Every output path, sorted. */
    public List<String> paths() {
        return entries.keySet().stream().sorted().toList();
    }

    @Override
    public Path folder() {
        return null;
    }

    @Override
    public boolean isEmpty() {
        return !built;
    }

    @Override
    public boolean holds(String path) {
        return entries.containsKey(path);
    }

    /** No folder is written: another build of the same site, or a {@code colophon build}, is no harm. */
    @Override
    public DestinationLock lock(boolean wait) {
        return DestinationLock.none();
    }

    @Override
    public Written write(List<Output> outputs, Set<String> planned, Site site, Build build, Runnable afterRendering) {
        BuildProgress progress = build.options().progress();
        Renders renders = new Renders(outputs, staticFiles(site), build, !built);
        AtomicInteger done = new AtomicInteger();
        try {
            if (!built) {
                early = renders;
            }
            progress.rendering(outputs.size());
            try {
                build.pool().submit(() -> outputs.parallelStream().forEach(output -> {
                    renders.render(output);
                    progress.written(output.path(), done.incrementAndGet(), outputs.size());
                })).join();
            } finally {
                renders.gzips.forEach(Gzip::close);
            }
            afterRendering.run();
            build.problems().throwIfErrors();
            return store(renders.rendered(), planned);
        } finally {
            early = null;
        }
    }

    /** Puts a good build's outputs in place: those whose bytes changed, and removes what it no longer plans. */
    private Written store(Map<String, Entry> fresh, Set<String> planned) {
        Set<String> changed = new TreeSet<>();
        boolean added = false;
        for (Map.Entry<String, Entry> e : fresh.entrySet()) {
            Entry old = entries.get(e.getKey());
            if (old == null || !old.same(e.getValue())) {
                added |= old == null;
                entries.put(e.getKey(), e.getValue());
                changed.add(e.getKey());
            }
        }
        Set<String> removed = new HashSet<>();
        if (planned != null) {
            entries.keySet().forEach(path -> {
                if (!planned.contains(path)) {
                    removed.add(path);
                }
            });
            entries.keySet().removeAll(removed);
            changed.addAll(removed);
        }
        if (added || !removed.isEmpty()) {
            folders = foldersOf(entries.keySet());
        }
        built = true;
        return new Written(changed, removed);
    }

    /**
     * One build's outputs as they are rendered, each once, by whichever thread asks first: the build's, or
     * during a session's first build a request's. Nothing was served before that build, so a dev server
     * need not make the first page wait for the whole site (at 10,000 posts the home page can be answered
     * once the posts are read, seconds before the last of them is converted): the asked-for output is
     * rendered at once, with the bytes the build then stores. Should the build fail, it stores nothing, and
     * what was answered early came from a site that has errors, which the server then shows.
     */
    private static final class Renders {

        /** The outputs by path, and the folders that hold them: for requests, in a first build only. */
        private final Map<String, Output> planned = new HashMap<>();
        private final Set<String> folders;
        private final Map<String, CompletableFuture<Entry>> claimed = new ConcurrentHashMap<>();
        private final Map<String, Path> files;
        private final ConcurrentLinkedQueue<Gzip> gzips = new ConcurrentLinkedQueue<>();
        private final Build build;
        private final Instant now = Instant.now();

        Renders(List<Output> outputs, Map<String, Path> files, Build build, boolean answering) {
            if (answering) {
                outputs.forEach(output -> planned.put(output.path(), output));
            }
            this.folders = foldersOf(planned.keySet());
            this.files = files;
            this.build = build;
        }

        /** The output at {@code path} as this build renders it, rendered now if no thread did yet. */
        Entry get(String path) {
            Output output = planned.get(path);
            return output == null ? null : render(output);
        }

        /** Renders {@code output}, or waits for the thread that does; null when it failed. */
        Entry render(Output output) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> theirs = claimed.putIfAbsent(output.path(), mine);
            if (theirs != null) {
                return theirs.join();
            }
            Entry entry = null;
            try {
                byte[] bytes = SiteWriter.render(output, build.problems());
                if (bytes != null) {
                    long start = System.nanoTime();
                    entry = entry(bytes, files.get(output.path()), gzips, now);
                    build.stages().add(Stages.WRITING, System.nanoTime() - start);
                }
            } catch (RuntimeException | Error e) {
                // What the render did not report as a problem fails the build, on whichever thread it ran.
                mine.completeExceptionally(e);
                throw e;
            }
            mine.complete(entry);
            return entry;
        }

        /** Every output rendered without error, by path: once all were rendered. */
        Map<String, Entry> rendered() {
            Map<String, Entry> rendered = new HashMap<>();
            claimed.forEach((path, entry) -> {
                if (entry.join() != null) {
                    rendered.put(path, entry.join());
                }
            });
            return rendered;
        }
    }

    private static Entry entry(byte[] bytes, Path file, ConcurrentLinkedQueue<Gzip> gzips, Instant now) {
        if (file != null) {
            return new Entry(null, false, file, bytes.length, Gzip.crc(bytes), now);
        }
        Gzip gzip = gzips.poll();
        if (gzip == null) {
            gzip = new Gzip();
        }
        try {
            byte[] compressed = gzip.compress(bytes);
            long crc = gzip.lastCrc();
            return compressed.length < bytes.length ? new Entry(compressed, true, null, bytes.length, crc, now)
                    : new Entry(bytes, false, null, bytes.length, crc, now);
        } finally {
            gzips.add(gzip);
        }
    }

    /**
     * The site's static files that are plain files in the source folder, by output path: served from there.
     * A theme's files (in a jar) and those reached through a symbolic link are kept in memory instead, as a
     * link may lead anywhere by the time the file is asked for.
     */
    private Map<String, Path> staticFiles(Site site) {
        Map<String, Path> files = new HashMap<>();
        Path root;
        try {
            root = source.toRealPath();
        } catch (IOException e) {
            return files;
        }
        for (StaticFile file : site.staticFiles()) {
            Path path = root.resolve(file.path()).normalize();
            try {
                if (path.startsWith(root) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
                        && path.toRealPath().equals(path)) {
                    files.put(file.outputPath(), path);
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // kept in memory, as read by the build
            }
        }
        return files;
    }

    private static Set<String> foldersOf(Set<String> paths) {
        Set<String> folders = new HashSet<>();
        for (String path : paths) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!folders.add(path.substring(0, slash))) {
                    break; // its parents are in already
                }
            }
        }
        return Set.copyOf(folders);
    }
}
