package dev.colophon.internal.output;

import dev.colophon.diagnostic.ColophonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One build at a time per destination: a lock file beside it, {@code .NAME.colophon-lock}, created only
 * when there is none and naming its holder (pid and the process's start time). A lock whose holder is no
 * longer running (a killed build) is stale and taken over. Without it, a second build's clean-up removed
 * the temporary folder the first was writing, and the destination lost files.
 *
 * <p>Why not the operating system's file locks: on Linux they belong to the process, and closing any
 * descriptor of the file (a second build in the same JVM trying the lock, or reading who holds it) lets
 * go of them. A file created exclusively has no such trap, and a pid with its start time tells a dead
 * holder from a live one, even when the pid was reused.
 *
 * <p>Taking a stale lock over is guarded by a second file, {@code .NAME.colophon-lock.takeover}, so that
 * of two builds that found the same stale lock, only one removes it, and never a fresh lock taken since.
 */
public final class DestinationLock implements AutoCloseable {

    private static final String SUFFIX = ".colophon-lock";
    private static final Duration POLL = Duration.ofMillis(100);
    /** A lock file still empty (its holder between creating and writing it) or a takeover older than this is stale. */
    private static final Duration SETTLE = Duration.ofSeconds(10);
    private static final DestinationLock NONE = new DestinationLock(null, null);

    private final Path file;
    private final String token;

    private DestinationLock(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    /** A lock that holds nothing: for a build that writes no folder (a session that builds into memory). */
    public static DestinationLock none() {
        return NONE;
    }

    /** The lock file of a destination, beside it; null for a destination without a parent (the root). */
    public static Path fileOf(Path destination) {
        Path dest = destination.toAbsolutePath().normalize();
        Path parent = dest.getParent();
        return parent == null ? null : parent.resolve("." + dest.getFileName() + SUFFIX);
    }

    /**
     * Takes the destination's lock.
     *
     * @param wait wait for the other build to finish instead of failing
     * @return the lock, to close when the build is over; one that holds nothing when the destination's parent
     *     folder cannot be made (the writer then says why it cannot write there)
     * @throws ColophonException when another build holds the lock and {@code wait} is false
     */
    public static DestinationLock acquire(Path destination, boolean wait) {
        Path file = fileOf(destination);
        if (file == null) {
            return NONE;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            return NONE;
        }
        String token = token();
        while (true) {
            Optional<String> holder;
            try {
                if (create(file, token)) {
                    return new DestinationLock(file, token);
                }
                holder = liveHolder(file);
                if (holder.isEmpty()) {
                    // Gone, or stale: try again, after a moment in case another build is taking it over.
                    Thread.sleep(10);
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ColophonException("interrupted while waiting for another build into "
                        + destination.toAbsolutePath().normalize(), e);
            } catch (IOException e) {
                throw new ColophonException("cannot lock the destination " + destination.toAbsolutePath().normalize()
                        + ": " + e.getMessage() + " (choose a destination you can write to)", e);
            }
            if (!wait) {
                throw new ColophonException("another build is writing into "
                        + destination.toAbsolutePath().normalize() + ": " + holder.get() + " (wait for it to finish, or"
                        + " build with --wait; if no build is running, remove " + file + ")");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ColophonException("interrupted while waiting for another build into "
                        + destination.toAbsolutePath().normalize(), e);
            }
        }
    }

    /** Creates the lock file with the token when there is none; false when there is one. */
    private static boolean create(Path file, String token) throws IOException {
        try {
            Files.write(file, token.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * Who holds the lock, when that build is still running; empty when the lock file is gone or was stale
     * and this build removed it.
     */
    private static Optional<String> liveHolder(Path file) throws IOException, InterruptedException {
        String text;
        Instant modified;
        Holder holder;
        int attempts = 0;
        do {
            if (attempts > 0) {
                Thread.sleep(10); // the holder has created the file and is about to write it
            }
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
                modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            holder = Holder.parse(text);
        } while (holder == null && ++attempts < 20);
        if (holder == null) {
            // Being written (or not ours): held while young.
            if (Duration.between(modified, Instant.now()).compareTo(SETTLE) < 0) {
                return Optional.of("a build that is starting");
            }
        } else if (holder.isRunning()) {
            return Optional.of((holder.pid() == ProcessHandle.current().pid() ? "a build in this process, pid "
                    : "the build with pid ") + holder.pid() + ", started " + holder.started());
        }
        removeStale(file, text);
        return Optional.empty();
    }

    /**
     * Removes a stale lock file, under the takeover guard, if it still has the text judged stale: no other
     * build can have replaced it meanwhile, as only the guard's holder removes a lock it does not hold.
     */
    private static void removeStale(Path file, String staleText) throws IOException {
        Path guard = file.resolveSibling(file.getFileName() + ".takeover");
        try {
            Files.write(guard, new byte[0], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            try {
                Instant since = Files.getLastModifiedTime(guard, LinkOption.NOFOLLOW_LINKS).toInstant();
                if (Duration.between(since, Instant.now()).compareTo(SETTLE) > 0) {
                    Files.deleteIfExists(guard); // a build killed while taking over
                }
            } catch (NoSuchFileException gone) {
                // released meanwhile
            }
            return;
        }
        try {
            if (staleText.equals(Files.readString(file, StandardCharsets.UTF_8))) {
                Files.delete(file);
            }
        } catch (NoSuchFileException e) {
            // removed by its holder meanwhile
        } finally {
            Files.deleteIfExists(guard);
        }
    }

    /** This build's line in the lock file: its pid, its process's start, and a nonce that tells builds apart. */
    private static String token() {
        ProcessHandle self = ProcessHandle.current();
        return "pid " + self.pid() + ", started " + startOf(self) + ", nonce "
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "\n";
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse("unknown");
    }

    /** The holder a lock file names. */
    private record Holder(long pid, String started) {

        /** The holder of a complete lock file, or null for anything else. */
        static Holder parse(String text) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("pid (\\d{1,18}), started (\\S+), nonce [0-9a-f]+\n").matcher(text);
            return m.matches() ? new Holder(Long.parseLong(m.group(1)), m.group(2)) : null;
        }

        /** Whether the process is running and is the one that wrote the file (not another with its pid). */
        boolean isRunning() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(p -> started.equals("unknown") || started.equals(startOf(p))).orElse(false);
        }
    }

    /** Removes the lock file, if it is still this build's. */
    @Override
    public void close() {
        if (file == null) {
            return;
        }
        try {
            if (token.equals(Files.readString(file, StandardCharsets.UTF_8))) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // gone already; or it cannot be removed, and the next build finds it stale (this process ended)
        }
    }
}
