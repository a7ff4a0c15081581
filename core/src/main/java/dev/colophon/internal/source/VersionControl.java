package dev.colophon.internal.source;

import java.nio.file.Path;
import java.util.Set;

/**
 * The folders version control keeps its records in. They are never part of a site (Jekyll leaves them out
 * as dotfiles, and publishing one would publish the repository's history), so a build neither lists nor
 * watches them: walking a large repository's objects would cost every build, and each {@code git status}
 * would look like a change to the site.
 */
public final class VersionControl {

    private static final Set<String> FOLDERS = Set.of(".git", ".hg", ".svn", ".bzr");

    private VersionControl() {
    }

    /** Whether {@code folder} is one of them, by its name. */
    public static boolean isRecords(Path folder) {
        Path name = folder.getFileName();
        return name != null && FOLDERS.contains(name.toString());
    }
}
