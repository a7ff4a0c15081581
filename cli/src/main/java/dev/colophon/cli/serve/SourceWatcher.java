package dev.colophon.cli.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells the rebuilder about every change under the source that may matter, with directory-watcher
 * (io.methvin) rather than the JDK's {@code WatchService} alone. The JDK watches one folder per key: a
 * tree must be registered folder by folder, and folders created later registered as they appear, which
 * this library does (and reports the files in a folder that was created or moved in whole). On macOS the
 * JDK has no native watcher and polls every 2 to 10 seconds; the library listens to FSEvents instead. On
 * Linux it is the JDK's inotify underneath. Where no native events arrive at all (some network and
 * WSL/Docker mounts), {@code --force-polling} uses {@link SourcePoller} instead.
 *
 * <p>The destination and what the site excludes are never registered: a build writes thousands of files
 * into the destination's temporary folder, and watching them would cost a registration and events each.
 */
final class SourceWatcher implements AutoCloseable {

    private final DirectoryWatcher watcher;
    private final ExecutorService thread;

    private SourceWatcher(DirectoryWatcher watcher, ExecutorService thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * Starts watching {@code source}; returns once every folder is registered. Events come as the file
     * system sends them (inotify on Linux: within a millisecond of the write, measured), each passed on at
     * once: how long to wait for the rest of a save is the rebuilder's to decide.
     */
    static SourceWatcher start(Path source, WatchFilter filter, Changes changes) throws IOException {
        DirectoryChangeListener listener = new DirectoryChangeListener() {
            @Override
            public void onEvent(DirectoryChangeEvent event) {
                Path path = event.path();
                // An overflow means events were lost: build, and the engine finds what changed.
                if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || path == null) {
                    changes.changed(source, Changes.Kind.MODIFIED);
                    return;
                }
                Changes.Kind kind = switch (event.eventType()) {
                    case CREATE -> Changes.Kind.CREATED;
                    case DELETE -> Changes.Kind.DELETED;
                    default -> Changes.Kind.MODIFIED;
                };
                if (!filter.ignored(path)) {
                    changes.changed(path, kind);
                } else if (SaveBurst.editorFile(path) && !filter.ignored(path.getParent())) {
                    // A backup or lock beside a file of the site: not built, but its save is not over yet.
                    changes.editing(path, kind);
                }
            }

            @Override
            public void onException(Exception e) {
                // A folder removed while it was being registered, and the like: the next event still counts.
            }
        };
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .path(source)
                .listener(listener)
                // Hashing would read every file of the site at start, to drop events that change no byte;
                // the engine's remembered build makes such a build cheap instead.
                .fileHashing(false)
                .fileTreeVisitor(skipping(filter))
                .build();
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "colophon-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.watchAsync(thread);
        return new SourceWatcher(watcher, thread);
    }

    /**
     * Watches with {@code events} (this class's {@link #start}), or, when the system refuses (Linux's
     * {@code fs.inotify.max_user_watches} or {@code max_user_instances} reached, a file system without
     * events), looks for changes every second instead, saying so on {@code err}: the server runs either
     * way, as Jekyll's does with its polling fallback, rather than stopping before it started.
     */
    static DevServer.Watching orPolling(DevServer.Watching events, PrintWriter err) {
        return (source, filter, changes) -> {
            try {
                return events.start(source, filter, changes);
            } catch (IOException | RuntimeException e) {
                err.println("warning: cannot watch " + source + " for file events (" + e.getMessage() + "); looking"
                        + " for changes every second instead (on Linux, raise fs.inotify.max_user_watches and"
                        + " max_user_instances with sysctl to have events; --force-polling polls from the start)");
                err.flush();
                return SourcePoller.start(source, filter, changes);
            }
        };
    }

    /** Walks folders as the library's own visitor does, but not into those the filter ignores. */
    private static FileTreeVisitor skipping(WatchFilter filter) {
        return (start, onDirectory, onFile) -> {
            if (filter.ignored(start)) {
                return;
            }
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (filter.ignored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onDirectory.call(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        };
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // the watch service is gone either way
        }
        thread.shutdownNow();
    }
}
