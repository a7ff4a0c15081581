package dev.colophon.cli.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The destination's files as the file system describes them, to tell which outputs a build changed. The
 * engine puts an output whose bytes did not change back in place as a hard link to the previous file, so
 * an unchanged output keeps its identity and time, and a changed one has new ones: no file is read here.
 *
 * @param files each file's stamp by its path relative to the destination, {@code /}-separated
 */
record OutputStamps(Map<String, Stamp> files) {

    /** A file's identity (device and inode where the system has them), size and modification time. */
    record Stamp(Object key, long size, FileTime modified) {
    }

    OutputStamps {
        files = Map.copyOf(files);
    }

    static OutputStamps none() {
        return new OutputStamps(Map.of());
    }

    /** The files under {@code destination} now; none when it does not exist or cannot be read. */
    static OutputStamps of(Path destination) {
        Map<String, Stamp> files = new HashMap<>();
        if (!Files.isDirectory(destination)) {
            return none();
        }
        try {
            Files.walkFileTree(destination, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        String path = destination.relativize(file).toString().replace('\\', '/');
                        files.put(path, new Stamp(attributes.fileKey(), attributes.size(),
                                attributes.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return none();
        }
        return new OutputStamps(files);
    }

    /** The files written, changed or removed since {@code before}. */
    Set<String> changedSince(OutputStamps before) {
        Set<String> changed = new HashSet<>();
        files.forEach((path, stamp) -> {
            if (!Objects.equals(before.files().get(path), stamp)) {
                changed.add(path);
            }
        });
        before.files().keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        return changed;
    }
}
