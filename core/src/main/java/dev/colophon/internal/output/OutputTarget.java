package dev.colophon.internal.output;

import dev.colophon.internal.pipeline.Build;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import java.util.List;
import java.util.Set;

/**
 * Where a build session's outputs go: a destination folder ({@link FolderTarget}) or the session's memory
 * ({@link MemoryTarget}). Either way a target renders the outputs it is given, tells which files changed
 * (for live reload) and which the site no longer has, and changes nothing when the build fails.
 */
public interface OutputTarget {

    /** What one build changed. */
    record Written(Set<String> changed, Set<String> removed) {

        public Written {
            changed = Set.copyOf(changed);
            removed = Set.copyOf(removed);
        }
    }

    /** The folder the site is in after a build, for its result; null when it is kept in memory. */
    java.nio.file.Path folder();

    /** Whether no build succeeded yet: the next renders and stores every output. */
    boolean isEmpty();

    /** Whether the last good build has an output at {@code path} (its path was checked then). */
    boolean holds(String path);

    /**
     * The lock a build holds while it writes; one that holds nothing when the target writes no folder.
     *
     * @param wait wait for another build of the same destination instead of failing
     */
    DestinationLock lock(boolean wait);

    /**
     * Renders the outputs and, once every one rendered without error, puts those whose bytes changed in
     * place and removes what the site no longer has.
     *
     * @param outputs the outputs to render: all of the site's in a first build, the stale ones later
     * @param planned every output path the site has now, or null when the build kept the last one's outline
     *     (nothing is removed)
     * @param afterRendering runs once every output is rendered, before the check for problems
     * @throws dev.colophon.diagnostic.BuildFailedException when an output failed; nothing is changed then
     */
    Written write(List<Output> outputs, Set<String> planned, Site site, Build build, Runnable afterRendering);
}
