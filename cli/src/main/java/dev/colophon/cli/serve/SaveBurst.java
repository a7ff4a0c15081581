package dev.colophon.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The changes of one save, gathered until it is safe to build them: the rebuilder's waiting policy.
 *
 * <p>What editors do when they save, measured on this project's Linux machine (ext4; inotify events as
 * the JDK delivers them, gaps between them in milliseconds):
 * <ul>
 * <li>in place (nano, {@code cp}, Python's {@code open(…, "w").write}, Vim with {@code nowritebackup} or
 *     {@code backupcopy=yes}, Emacs after its first save): the file truncated (empty) and written within
 *     0.2 to 0.5 ms, then an fsync of 4 to 8 ms, after which Vim sends one more event (its {@code chmod});
 * <li>Vim's default ({@code backupcopy=auto}, {@code writebackup}): a test file {@code 4913} created and
 *     removed, the file renamed to {@code NAME~} (absent), created (empty), written, fsync (5 to 8 ms), then
 *     {@code NAME~} removed;
 * <li>Emacs' first save of a session: the file renamed to {@code NAME~} and absent for 5.6 ms, created,
 *     written, fsync (7.5 ms), then its lock {@code .#NAME} (there since the first unsaved change) removed;
 * <li>safe writes (JetBrains, {@code sed -i}, an atomic {@code mv}): a temporary file written, an fsync of 1
 *     to 20 ms, then renamed over the file, which is never absent or partly written.
 * </ul>
 * So a saved file is whole once no event has come for a moment, it is present and not empty, and no
 * editor's own file of this save is still there. The moment is {@link #QUIET}: ten times the longest gap
 * measured between an in-place save's truncation and its write (0.5 ms), and shorter than its fsync, so
 * that Vim's {@code chmod} after an in-place save may come after the build started and cost a second
 * build, of an unchanged file. Otherwise the burst waits for its next event, up to {@link #SETTLE} after
 * the last one: that covers the steps measured several times over (the JDK delivers each event within a
 * millisecond), and a file removed for good (a deleted post) is built that much later. The burst ends in any case {@link #LONGEST} after its first
 * event, for a stream of changes that never goes quiet (a checkout, a copy).
 *
 * <p>A guess that is wrong costs a build, never the site: an event that comes after a build started is the
 * next build's, and a build that fails while more of the save is still coming is not reported (see
 * {@link Rebuilder}).
 */
final class SaveBurst {

    /** How long the source must be quiet, when the changed files look whole, before a build starts. */
    static final Duration QUIET = Duration.ofMillis(5);
    /** How long to wait for the rest of a save that is under way (a file absent or empty, an editor's file). */
    static final Duration SETTLE = Duration.ofMillis(150);
    /** A burst that never goes quiet is built after this long all the same. */
    static final Duration LONGEST = Duration.ofSeconds(1);

    /**
     * One event: {@code build} is false for an editor's file the site ignores (a backup, a lock), which says
     * a save is under way but is not itself built.
     */
    record Event(Path path, Changes.Kind kind, boolean build) {
    }

    /** What this burst saw of each path: whether it was created in the burst, whether it is built. */
    private record Seen(boolean created, boolean build) {
    }

    private final Map<Path, Seen> paths = new LinkedHashMap<>();
    /**
     * The paths not yet seen whole: only these are looked at again, so that a burst of thousands of files (a
     * checkout) costs a look at each file per event, not at every file per event. A path seen whole stays
     * so until its next event, which puts it back here.
     */
    private final Set<Path> unsettled = new LinkedHashSet<>();
    private final long started;
    private long last;

    SaveBurst(Event first, long nanos) {
        started = nanos;
        add(first, nanos);
    }

    void add(Event event, long nanos) {
        last = nanos;
        Seen before = paths.get(event.path());
        boolean created = before == null ? event.kind() == Changes.Kind.CREATED : before.created();
        boolean build = event.build() || (before != null && before.build());
        paths.put(event.path(), new Seen(created, build));
        unsettled.add(event.path());
    }

    /** The paths to build; empty when the burst saw only editors' files. */
    Set<Path> changed() {
        return paths.entrySet().stream().filter(e -> e.getValue().build()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * How long, from {@code nanos}, to wait for another event before building; zero or less: build now. The
     * files are looked at once the source has been quiet for {@link #QUIET}, not on every event.
     */
    long waitNanos(long nanos) {
        long end = started + LONGEST.toNanos();
        if (nanos < last + QUIET.toNanos()) {
            return Math.min(last + QUIET.toNanos(), end) - nanos;
        }
        if (nanos >= last + SETTLE.toNanos() || settled()) {
            return 0;
        }
        return Math.min(last + SETTLE.toNanos(), end) - nanos;
    }

    /** Whether every file of the burst looks whole, as the file system has them now. */
    private boolean settled() {
        unsettled.removeIf(this::whole);
        return unsettled.isEmpty();
    }

    private boolean whole(Path path) {
        boolean present = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        if (editorFile(path)) {
            return !present; // while it is there, the editor is between the steps of its save
        }
        if (!present) {
            // Created and gone in the burst: a temporary file. Otherwise renamed away to be written anew, or
            // removed for good: wait to see which.
            return paths.get(path).created();
        }
        // Truncated and not yet written; or Emacs still saving it.
        return !empty(path) && !present(lockOf(path));
    }

    private static boolean empty(Path path) {
        try {
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.size(path) == 0;
        } catch (IOException e) {
            return false; // gone since: its removal is an event of its own
        }
    }

    private static boolean present(Path path) {
        return path != null && Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Emacs' lock beside a file it edits, there from the first unsaved change until the save is done. */
    private static Path lockOf(Path path) {
        Path name = path.getFileName();
        return name == null ? null : path.resolveSibling(".#" + name);
    }

    /**
     * Whether {@code path} is an editor's own file made while it saves: Vim's test file {@code 4913} (or the
     * next it tries, 123 further on) and its backup {@code NAME~} (Emacs', nano's too), Emacs' lock {@code
     * .#NAME} and auto-save file {@code #NAME#}, JetBrains' {@code NAME___jb_tmp___} and {@code
     * NAME___jb_old___}, and {@code *.tmp}. Vim's swap files are not: one lives as long as the file is open
     * and is written as the user types, so it says nothing about a save.
     */
    static boolean editorFile(Path path) {
        Path file = path.getFileName();
        if (file == null) {
            return false;
        }
        String name = file.toString();
        return vimTest(name) || name.endsWith("~") || name.startsWith(".#")
                || (name.length() > 2 && name.startsWith("#") && name.endsWith("#"))
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.endsWith(".tmp");
    }

    private static boolean vimTest(String name) {
        if (name.isEmpty() || name.length() > 9 || !name.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int n = Integer.parseInt(name);
        return n >= 4913 && (n - 4913) % 123 == 0;
    }
}
