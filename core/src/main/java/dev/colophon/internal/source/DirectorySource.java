package dev.colophon.internal.source;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A site in a folder. Symbolic links are listed as they are, never followed into loops; a link to a file
 * inside the folder is read through, unless the source is {@link #withoutSymbolicLinks() without links}.
 */
public final class DirectorySource implements SiteSource {

    private final Path root;
    private final Set<Path> skipped;
    private final boolean links;
    /** The files as a caller already listed them, or null: walk the folder. */
    private final List<String> listed;

    public DirectorySource(Path root) {
        this(root, Set.of());
    }

    /** A site in a folder, leaving out the given folders and files (the destination, when it is inside). */
    public DirectorySource(Path root, Set<Path> skipped) {
        this(root, skipped, true);
    }

    private DirectorySource(Path root, Set<Path> skipped, boolean links, List<String> listed) {
        this.root = root.toAbsolutePath().normalize();
        this.skipped = Set.copyOf(skipped.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        this.links = links;
        this.listed = listed;
    }

    private DirectorySource(Path root, Set<Path> skipped, boolean links) {
        this(root, skipped, links, null);
    }

    /**
     * The same folder, whose files are {@code files} without walking it again: for a build session that knows
     * no file was created or removed since it last listed them.
     */
    public DirectorySource listed(List<String> files) {
        return new DirectorySource(root, skipped, links, List.copyOf(files));
    }

    public Path root() {
        return root;
    }

    /** The same folder, leaving out another folder or file too. */
    public DirectorySource skipping(Path folder) {
        Set<Path> all = new java.util.HashSet<>(skipped);
        all.add(folder);
        return new DirectorySource(root, all, links, listed);
    }

    /**
     * The same folder without its symbolic links, as Jekyll's safe mode has it: they are not listed, and a
     * path that goes through one (a linked folder too) cannot be read.
     */
    public DirectorySource withoutSymbolicLinks() {
        return new DirectorySource(root, skipped, false);
    }

    /** Whether a listed path is a symbolic link itself. */
    public boolean isSymbolicLink(String path) {
        return Files.isSymbolicLink(resolve(path));
    }

    @Override
    public List<String> files() {
        if (listed != null) {
            return listed;
        }
        if (!Files.isDirectory(root)) {
            throw new ColophonException("source folder " + root + " does not exist or is not a folder");
        }
        List<String> files = new ArrayList<>();
        List<String> unnameable = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return skipped.contains(dir) || !dir.equals(root) && VersionControl.isRecords(dir)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // (a skipped file: the destination's lock, when the destination is in the source)
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink() && links) && !skipped.contains(file)) {
                        String name = relative(file);
                        if (name.indexOf('\uFFFD') >= 0 && !nameable(name)) {
                            unnameable.add(name);
                        } else {
                            files.add(name);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    throw new ColophonException("cannot read " + relative(file) + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!unnameable.isEmpty()) {
            // Java decodes file names with the locale's charset (LANG=C: ASCII) and cannot name these again.
            throw new ColophonException("cannot read " + String.join(", ", unnameable) + ": the file name is not in"
                    + " the system's encoding, " + System.getProperty("sun.jnu.encoding") + ", as Java reads it (run"
                    + " with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, as the colophon script does, or rename the file)");
        }
        files.sort(null);
        return files;
    }

    /** Whether a listed name can be named again: one Java decoded with replacement characters cannot. */
    private boolean nameable(String name) {
        try {
            return Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** The file on disk; only regular files inside the root, reached without symbolic links. */
    public Path resolve(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new ColophonException(path + " is outside the source folder");
        }
        return file;
    }

    @Override
    public byte[] read(String path) {
        Path file = resolve(path);
        try {
            if (!links) {
                for (Path part = file; !part.equals(root); part = part.getParent()) {
                    if (Files.isSymbolicLink(part)) {
                        throw new ColophonException((part.equals(file) ? path + " is a symbolic link"
                                : path + " is reached through the symbolic link " + relative(part))
                                + ", which safe mode does not follow");
                    }
                }
            } else if (Files.isSymbolicLink(file)) {
                Path target = linkTarget(path, file);
                if (!target.startsWith(root.toRealPath())) {
                    throw new ColophonException(path + " is a symbolic link to " + target
                            + ", outside the source folder");
                }
                if (Files.isDirectory(target)) {
                    // Folders reached through links are not walked: a link to an enclosing folder would loop.
                    throw new ColophonException(path + " is a symbolic link to the folder " + target
                            + (file.getParent().toRealPath().startsWith(target) ? ", which contains it: a loop" : "")
                            + "; links to folders are not followed (remove the link, or copy the folder)");
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ColophonException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Where a link leads, or an error naming the link when it leads nowhere or in a circle. */
    private static Path linkTarget(String path, Path link) {
        try {
            return link.toRealPath();
        } catch (java.nio.file.FileSystemLoopException e) {
            throw new ColophonException(path + " is a symbolic link that leads back to itself (remove the link)", e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ColophonException(path + " is a symbolic link to a file that does not exist"
                    + " (remove the link, or restore its target)", e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Too many levels of symbolic links")) {
                throw new ColophonException(path + " is a symbolic link that leads back to itself (remove the link)", e);
            }
            throw new ColophonException("cannot read " + path + ": " + message, e);
        }
    }

    @Override
    public Instant lastModified(String path) {
        try {
            return Files.getLastModifiedTime(resolve(path), LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            throw new ColophonException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
