package dev.colophon.cli.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code --force-polling}: looks at every source file's size and time once a second, for the file systems
 * that send no events (network shares, some WSL and Docker mounts), as Jekyll's option of that name does.
 */
final class SourcePoller implements AutoCloseable {

    private record Stamp(long size, FileTime modified) {
    }

    private final Path source;
    private final WatchFilter filter;
    private final Changes changes;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "colophon-poll");
        t.setDaemon(true);
        return t;
    });
    private Map<Path, Stamp> last;

    private SourcePoller(Path source, WatchFilter filter, Changes changes) {
        this.source = source;
        this.filter = filter;
        this.changes = changes;
    }

    static SourcePoller start(Path source, WatchFilter filter, Changes changes) {
        SourcePoller poller = new SourcePoller(source, filter, changes);
        poller.last = poller.look();
        poller.thread.scheduleWithFixedDelay(poller::poll, 1, 1, TimeUnit.SECONDS);
        return poller;
    }

    private void poll() {
        Map<Path, Stamp> now = look();
        now.forEach((path, stamp) -> {
            Stamp before = last.get(path);
            if (!Objects.equals(before, stamp)) {
                changes.changed(path, before == null ? Changes.Kind.CREATED : Changes.Kind.MODIFIED);
            }
        });
        last.keySet().stream().filter(path -> !now.containsKey(path))
                .forEach(path -> changes.changed(path, Changes.Kind.DELETED));
        last = now;
    }

    private Map<Path, Stamp> look() {
        Map<Path, Stamp> files = new HashMap<>();
        try {
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return filter.ignored(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!filter.ignored(file)) {
                        files.put(file, new Stamp(attributes.size(), attributes.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the source is gone for now: everything in it counts as removed, and comes back when it does
        }
        return files;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
