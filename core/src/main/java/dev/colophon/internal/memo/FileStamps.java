package dev.colophon.internal.memo;

import dev.colophon.internal.source.VersionControl;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The size, modification time and identity of every file under a folder: what {@code make} and
 * {@code rsync} look at to tell that nothing changed, without reading a byte. An edit changes the time, a
 * file put in place by a move changes the identity.
 *
 * <p>A file's time has the file system's granularity (a clock tick of a few milliseconds on Linux, up to
 * 2 s elsewhere), so a file modified shortly before it is stamped may be modified again, to the same size,
 * within the same tick: such a file is "racy", as git calls it, and its stamp equals no other.
 */
public final class FileStamps {

    /** How long a file's time may lag behind the clock: the coarsest file-system granularity in use (FAT's). */
    public static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** One file as the file system describes it; symbolic links as themselves, not followed. */
    public record Stamp(long size, long modifiedNanos, Object identity) {

        /** A stamp that equals no other: for a file whose time cannot tell whether it changed. */
        static Stamp racy(long size, long modifiedNanos) {
            return new Stamp(size, modifiedNanos, new Object());
        }

        static Stamp of(BasicFileAttributes attrs) {
            return new Stamp(attrs.size(), modifiedNanos(attrs), attrs.fileKey());
        }

        static long modifiedNanos(BasicFileAttributes attrs) {
            return attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        }
    }

    private final Map<String, Stamp> files;

    private FileStamps(Map<String, Stamp> files) {
        this.files = files;
    }

    /**
     * Every file and folder under {@code root} (folders by their path and {@code /}, the root as {@code ""}),
     * none taken as racy: for a folder only this program writes, checked again with {@link #unchanged}.
     */
    public static Optional<FileStamps> ofTree(Path root) {
        return walk(root, Set.of(), Long.MAX_VALUE, true);
    }

    /**
     * Whether every file and folder stamped by {@link #ofTree} is as it was, looking at each one on the pool's
     * threads rather than listing folders again (ten times faster when every page has its own folder). A
     * folder's time changes when an entry is added to it or removed, so an added file is seen too.
     */
    public boolean unchanged(Path root, ForkJoinPool pool) {
        List<Map.Entry<String, Stamp>> entries = List.copyOf(files.entrySet());
        return pool.submit(() -> entries.parallelStream()
                .allMatch(e -> e.getValue().equals(stamp(root.resolve(e.getKey()))))).join();
    }

    private static Stamp stamp(Path path) {
        try {
            return Stamp.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether every file is as it was: the same paths, each with an equal stamp. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamps stamps && files.equals(stamps.files);
    }

    @Override
    public int hashCode() {
        return files.hashCode();
    }

    @Override
    public String toString() {
        return files.size() + " files";
    }

    /**
     * Every regular file and symbolic link under {@code root}, by path relative to it with {@code /},
     * leaving out the {@code skipped} folders and files; empty when the folder cannot be walked completely (then
     * nothing can be said to be unchanged).
     *
     * @param racyFromNanos files modified at or after this time (nanoseconds since the epoch) are racy
     */
    public static Optional<FileStamps> of(Path root, Set<Path> skipped, long racyFromNanos) {
        return walk(root, skipped, racyFromNanos, false);
    }

    private static Optional<FileStamps> walk(Path root, Set<Path> skipped, long racyFromNanos, boolean folders) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Map<String, Stamp> files = new HashMap<>();
        boolean[] complete = {true};
        // Paths relative to the root by cutting its name off: relativize() costs more than the stat.
        String prefix = root.toString();
        int cut = prefix.endsWith(java.io.File.separator) ? prefix.length() : prefix.length() + 1;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                private String relative(Path path) {
                    return path.toString().substring(cut).replace(java.io.File.separatorChar, '/');
                }

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // Version control's records are not the site's (a destination may hold them too, kept)
                    if (skipped.contains(dir) || !dir.equals(root) && VersionControl.isRecords(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (folders) {
                        files.put(dir.equals(root) ? "" : relative(dir) + "/", Stamp.of(attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (skipped.contains(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    long modified = Stamp.modifiedNanos(attrs);
                    files.put(relative(file),
                            modified >= racyFromNanos ? Stamp.racy(attrs.size(), modified) : Stamp.of(attrs));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    complete[0] = false;
                    return FileVisitResult.TERMINATE;
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        return complete[0] ? Optional.of(new FileStamps(files)) : Optional.empty();
    }
}
