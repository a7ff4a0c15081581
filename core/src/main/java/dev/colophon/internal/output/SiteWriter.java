package dev.colophon.internal.output;

import dev.colophon.BuildProgress;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.pipeline.Build;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.internal.pipeline.Stages;
import dev.colophon.spi.Output;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Writes a site into a temporary folder beside the destination and swaps it in only when every file was
 * written: a failed or killed build leaves the previous site as it was.
 */
public final class SiteWriter {

    /** The name a temporary folder beside the destination starts with, after {@code .DESTINATION}. */
    static final String TEMP = ".colophon-tmp-";
    private static final String OLD = ".colophon-old-";

    private final Path destination;
    private final List<String> keep;
    private final Function<Output, SourcePosition> origin;

    /** A writer that keeps nothing of the previous site but what it writes again. */
    public SiteWriter(Path destination) {
        this(destination, List.of());
    }

    /**
     * @param keep paths relative to the destination (keep_files) kept from the previous site where the new
     *     one has nothing of the same path; a kept folder keeps whatever the build does not write into it
     */
    public SiteWriter(Path destination, List<String> keep) {
        this(destination, keep, output -> SourcePosition.of(output.source()));
    }

    private SiteWriter(Path destination, List<String> keep, Function<Output, SourcePosition> origin) {
        this.destination = destination.toAbsolutePath().normalize();
        this.keep = List.copyOf(keep);
        this.origin = origin;
    }

    /**
     * The same writer, naming where in the sources an output that cannot be written comes from with
     * {@code origin} (see {@link Origins}): a tag page's post, not the tag page.
     */
    public SiteWriter naming(Function<Output, SourcePosition> origin) {
        return new SiteWriter(destination, keep, origin);
    }

    /**
     * Writes the outputs and swaps them in.
     *
     * @param build its pool writes, its problems collect what cannot be written, its stages get the time
     *     of writing files (not of producing them), and its options' progress hears of each output done
     * @param afterRendering runs once every output is written, before the check for problems and the swap:
     *     for work whose problems must stop the build (converting what no output asked for)
     * @throws dev.colophon.diagnostic.BuildFailedException when producing an output failed; nothing is
     *     changed then
     */
    public void write(List<Output> outputs, Build build, Runnable afterRendering) {
        Problems problems = build.problems();
        Stages stages = build.stages();
        Path parent = destination.getParent();
        if (parent == null) {
            throw new ColophonException("cannot build into " + destination + ": choose a folder below it");
        }
        if (Files.exists(destination) && !Files.isDirectory(destination)) {
            throw new ColophonException("destination " + destination + " is a file, not a folder");
        }
        Path temp;
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent);
            temp = createUnique(parent, "." + destination.getFileName() + TEMP);
        } catch (IOException e) {
            throw new ColophonException("cannot write the destination " + destination + ": " + why(e)
                    + " (choose a destination you can write to)", e);
        }
        // Nothing to link to when there is no previous site (a first build, a fresh folder): not asking
        // saves a failed lookup, and the exception Java makes of it, per file.
        boolean previous = Files.isDirectory(destination);
        // Folders made so far, by any thread: many outputs share one, and asking the file system again
        // costs a failed mkdir and an exception each time.
        Set<Path> folders = ConcurrentHashMap.newKeySet();
        BuildProgress progress = build.options().progress();
        AtomicInteger done = new AtomicInteger();
        progress.rendering(outputs.size());
        try {
            build.pool().submit(() -> outputs.parallelStream().forEach(output -> {
                writeOne(temp, output, previous, folders, problems, stages);
                progress.written(output.path(), done.incrementAndGet(), outputs.size());
            })).join();
            afterRendering.run();
            problems.throwIfErrors();
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        }
        List<Path[]> kept;
        try {
            kept = keep(temp);
        } catch (KeptFilesStuck e) {
            // the new site holds kept files that could not go back: it stays, named in the message
            throw e;
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        }
        try {
            swap(temp);
        } catch (RuntimeException e) {
            // The kept files go back into the previous site before the new one is thrown away; any that
            // cannot are left in the new one, which is then kept and named.
            String stuck = unkeep(kept);
            if (stuck != null) {
                throw new ColophonException(e.getMessage() + "; " + stuck, e);
            }
            delete(temp);
            throw e;
        }
    }

    private void writeOne(Path root, Output output, boolean previous, Set<Path> folders, Problems problems,
            Stages stages) {
        Path target;
        try {
            target = root.resolve(output.path()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            // Java maps file names through the locale's charset: under LANG=C, only ASCII names can be written.
            problems.error(origin.apply(output), "cannot write " + output.path() + ": Java cannot "
                    + "name this file in the system's encoding, " + System.getProperty("sun.jnu.encoding"),
                    "run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the colophon script sets it)");
            return;
        }
        if (!target.startsWith(root) || target.equals(root)) {
            problems.error(origin.apply(output), "refusing to write " + output.path() + ": it is outside the "
                    + "destination", null);
            return;
        }
        byte[] bytes = render(output, problems);
        if (bytes == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            if (!previous || !linkedUnchanged(output.path(), target, bytes)) {
                Files.write(target, bytes);
            }
            stages.add(Stages.WRITING, System.nanoTime() - start);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            // Named by its path in the site and its source, not the temporary folder's path nobody will find.
            problems.error(origin.apply(output), "cannot write " + output.path() + ": " + reason(e),
                    "check the disk space and permissions");
        }
    }

    /** The output's bytes, or null when producing them failed: the problem is recorded. */
    static byte[] render(Output output, Problems problems) {
        try {
            return output.content().get();
        } catch (SourceException e) {
            problems.add(e);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(SourcePosition.of(output.source()), "rendering " + output.path() + " failed: " + e,
                    "this is a bug in a plugin; please report it with this file");
        } catch (OutOfMemoryError e) {
            // One file's render took the heap: what it held is garbage now, and the other files go on.
            problems.error(SourcePosition.of(output.source()), "rendering " + output.path() + " ran out of memory",
                    "look for a loop that grows a text in this file, or give Java more memory");
        }
        return null;
    }

    /**
     * Puts the previous build's file in place when it has the same bytes, as a hard link: nothing is
     * written, and the file keeps its modification time, so deploy tools that compare times (rsync,
     * make, browser caches through Last-Modified) see only what really changed. A file system without
     * hard links, or any doubt, falls back to writing.
     */
    private boolean linkedUnchanged(String path, Path target, byte[] bytes) {
        Path old = destination.resolve(path).normalize();
        try {
            // The size through java.io.File, whose length is 0 for a missing file where Files.size would
            // throw: most outputs of a site that grew or changed its permalinks have no old file.
            if (!old.startsWith(destination) || old.toFile().length() != bytes.length
                    || !Files.isRegularFile(old, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || !java.util.Arrays.equals(Files.readAllBytes(old), bytes)) {
                return false;
            }
            Files.createLink(target, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * A new folder named {@code prefix} and a random suffix. The suffix needs to be unique, not secret:
     * {@code UUID.randomUUID()} seeds a SecureRandom, about 25 ms of a small build's start.
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + randomName()));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** 64 random bits in hex: names that no other build picks. */
    private static String randomName() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    /** Why a file could not be written, without the temporary folder's path the file system's message has. */
    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof java.nio.file.InvalidPathException invalid) {
            return "its name cannot be written on this system (" + invalid.getReason() + ")";
        }
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    /** What the file system said, in words: its exceptions carry only a path. */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            return exists.getFile() + " is not a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "no permission to write in " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Moves what keep_files names from the previous site into the new one, where the build wrote nothing of
     * the same path, and returns the moves made: renames within one folder, so nothing is copied. On failure,
     * the moves made so far are undone and the build fails, the previous site as it was.
     */
    private List<Path[]> keep(Path temp) {
        List<Path[]> moves = new ArrayList<>();
        if (keep.isEmpty() || !Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
            return moves;
        }
        String current = "";
        try {
            for (String path : keep) {
                current = path;
                moveKept(path, destination, temp, moves);
            }
        } catch (IOException e) {
            String stuck = unkeep(moves);
            String message = "cannot keep " + current + " (keep_files) from the previous site in " + destination
                    + ": " + why(e);
            if (stuck != null) {
                throw new KeptFilesStuck(message + "; " + stuck, e);
            }
            throw new ColophonException(message + "; nothing was changed", e);
        }
        return moves;
    }

    /** Moves the kept {@code path} under {@code fromRoot} to that path under {@code toRoot} ({@link #keepInto}). */
    private static void moveKept(String path, Path fromRoot, Path toRoot, List<Path[]> moves) throws IOException {
        Path from = fromRoot.resolve(path).normalize();
        // The configuration reader rejected paths that leave the destination; checked again here.
        if (from.startsWith(fromRoot) && !from.equals(fromRoot)) {
            keepInto(from, toRoot.resolve(fromRoot.relativize(from)), moves);
        }
    }

    private static void keepInto(Path from, Path to, List<Path[]> moves) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            moves.add(new Path[] {from, to});
        } else if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> children;
            try (Stream<Path> list = Files.list(from)) {
                children = list.toList();
            }
            for (Path child : children) {
                keepInto(child, to.resolve(child.getFileName().toString()), moves);
            }
        }
        // else: the build wrote this path, and its file wins, as in Jekyll
    }

    /**
     * Moves kept files back where they were, last first; returns null when all went back, else what to do
     * about those that did not (they are not deleted).
     */
    private static String unkeep(List<Path[]> moves) {
        List<String> stuck = new ArrayList<>();
        for (int i = moves.size() - 1; i >= 0; i--) {
            Path[] move = moves.get(i);
            try {
                Files.move(move[1], move[0], StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                stuck.add(move[1] + " -> " + move[0]);
            }
        }
        return stuck.isEmpty() ? null : "kept files could not be moved back (move them by hand before building"
                + " again): " + String.join(", ", stuck);
    }

    /** Keeping files failed half-way and some could not be moved back: the folder holding them must stay. */
    private static final class KeptFilesStuck extends ColophonException {
        private static final long serialVersionUID = 1L;

        KeptFilesStuck(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private void swap(Path temp) {
        Path parent = destination.getParent();
        try {
            if (Files.exists(destination)) {
                Path old = parent.resolve("." + destination.getFileName() + OLD + randomName());
                Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, destination, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                delete(old);
            } else {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new ColophonException("cannot move the new site into " + destination + ": " + e.getMessage(), e);
        }
    }

    /**
     * A build killed half-way leaves its temporary folder behind; the next build removes it. Only builds
     * that hold the destination's {@link DestinationLock} get here, one at a time, so every temporary folder
     * found is a dead build's, never one another build is writing. A build killed
     * between the two moves of the swap leaves the previous site under its "old" name and no destination:
     * that site is moved back first, so that it is never lost even if this build fails too. Kept files
     * (keep_files) found in a leftover are moved back into the destination before it is removed.
     */
    private void removeLeftovers(Path parent) throws IOException {
        String prefix = "." + destination.getFileName();
        List<Path> temps = new java.util.ArrayList<>();
        List<Path> olds = new java.util.ArrayList<>();
        // Names are compared as text: a glob built from the destination's name would misread [ * { in it.
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent)) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + TEMP)) {
                    temps.add(sibling);
                } else if (name.startsWith(prefix + OLD)) {
                    olds.add(sibling);
                }
            }
        }
        if (!Files.exists(destination, java.nio.file.LinkOption.NOFOLLOW_LINKS) && olds.size() == 1) {
            Files.move(olds.remove(0), destination, StandardCopyOption.ATOMIC_MOVE);
        }
        // A build killed after moving kept files into its new site, or between the moves of the swap, left
        // them in a leftover: they go back into the destination where it has nothing of that path.
        if (Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
            for (Path leftover : java.util.stream.Stream.concat(temps.stream(), olds.stream()).toList()) {
                for (String path : keep) {
                    moveKept(path, leftover, destination, new ArrayList<>());
                }
            }
        }
        temps.forEach(SiteWriter::delete);
        olds.forEach(SiteWriter::delete);
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new ColophonException("cannot remove " + folder + ": " + why(e) + " (remove it by hand)", e);
        }
    }
}
