package dev.colophon.internal.output;

import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.pipeline.Build;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.spi.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Brings a destination that a build session wrote up to date in place, for the session's later builds:
 * renders the outputs it is given, stages those whose bytes changed in a folder beside the destination,
 * and once every output rendered without error moves each over its old file (a rename, so a reader of the
 * file sees the old bytes or the new, never half) and removes the outputs the site no longer has. A failed
 * build changes nothing. Unlike {@link SiteWriter} the site is not swapped in whole: a browser that loads
 * two pages while the moves run may get one old and one new, which a dev server can live with.
 */
public final class SiteUpdater {

    private final Path destination;
    private final Function<Output, SourcePosition> origin;

    public SiteUpdater(Path destination, Function<Output, SourcePosition> origin) {
        this.destination = destination.toAbsolutePath().normalize();
        this.origin = origin;
    }

    /**
     * @param outputs the outputs to render again
     * @param removed outputs of the last build that this one does not have
     * @param digests each output's digest as the destination holds it; updated only when the build succeeds
     * @param afterRendering runs once every output is rendered, before the check for problems
     * @return the paths written or removed, sorted
     * @throws dev.colophon.diagnostic.BuildFailedException when an output failed; nothing is changed then
     */
    public Set<String> update(List<Output> outputs, Set<String> removed, Map<String, Digest> digests, Build build,
            Runnable afterRendering) {
        Problems problems = build.problems();
        Map<String, byte[]> changed = new ConcurrentHashMap<>();
        Map<String, Digest> now = new ConcurrentHashMap<>();
        build.pool().submit(() -> outputs.parallelStream().forEach(output -> {
            byte[] bytes = SiteWriter.render(output, problems);
            if (bytes != null) {
                Digest digest = Digest.of(bytes);
                now.put(output.path(), digest);
                if (!digest.equals(digests.get(output.path())) || !Files.exists(destination.resolve(output.path()))) {
                    changed.put(output.path(), bytes);
                }
            }
        })).join();
        afterRendering.run();
        problems.throwIfErrors();
        Path staging = stage(changed, outputs, problems);
        try {
            problems.throwIfErrors();
            for (String path : new TreeSet<>(changed.keySet())) {
                Path target = destination.resolve(path);
                Files.createDirectories(target.getParent());
                Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            for (String path : removed) {
                Files.deleteIfExists(destination.resolve(path));
            }
        } catch (IOException e) {
            throw new ColophonException("cannot update " + destination + ": " + e.getMessage()
                    + " (check the disk space and permissions, then build again)", e);
        } finally {
            delete(staging);
        }
        digests.keySet().removeAll(removed);
        digests.putAll(now);
        Set<String> written = new TreeSet<>(changed.keySet());
        written.addAll(removed);
        return written;
    }

    /** Writes the changed outputs into a new staging folder beside the destination, as they are to be placed. */
    private Path stage(Map<String, byte[]> changed, List<Output> outputs, Problems problems) {
        Path staging;
        try {
            // Named as SiteWriter names its own, so that a build killed half-way leaves what the next removes.
            staging = Files.createTempDirectory(destination.getParent(), "." + destination.getFileName()
                    + SiteWriter.TEMP);
        } catch (IOException e) {
            throw new ColophonException("cannot write beside " + destination + ": " + e.getMessage()
                    + " (choose a destination you can write to)", e);
        }
        for (Output output : outputs) {
            byte[] bytes = changed.get(output.path());
            if (bytes == null) {
                continue;
            }
            Path target = staging.resolve(output.path()).normalize();
            if (!target.startsWith(staging) || target.equals(staging)) {
                problems.error(origin.apply(output), "refusing to write " + output.path() + ": it is outside the "
                        + "destination", null);
                continue;
            }
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            } catch (IOException | java.nio.file.InvalidPathException e) {
                problems.error(origin.apply(output), "cannot write " + output.path() + ": " + e.getMessage(),
                        "check the disk space and permissions");
            }
        }
        return staging;
    }

    private static void delete(Path folder) {
        try {
            SiteWriter.delete(folder);
        } catch (ColophonException e) {
            // a leftover staging folder is removed by the next whole build (SiteWriter's removeLeftovers)
        }
    }
}
