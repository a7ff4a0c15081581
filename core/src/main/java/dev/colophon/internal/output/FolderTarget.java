package dev.colophon.internal.output;

import dev.colophon.internal.pipeline.Build;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's destination folder: the first build writes the whole site with {@link SiteWriter} (a
 * temporary folder swapped in), later ones update it in place with {@link SiteUpdater}, writing only the
 * files whose digests changed.
 */
public final class FolderTarget implements OutputTarget {

    private final Path destination;
    /** Each output's digest as the destination holds it. */
    private final Map<String, Digest> digests = new HashMap<>();

    public FolderTarget(Path destination) {
        this.destination = destination.toAbsolutePath().normalize();
    }

    @Override
    public Path folder() {
        return destination;
    }

    @Override
    public boolean isEmpty() {
        return digests.isEmpty();
    }

    @Override
    public boolean holds(String path) {
        return digests.containsKey(path);
    }

    @Override
    public DestinationLock lock(boolean wait) {
        return DestinationLock.acquire(destination, wait);
    }

    @Override
    public Written write(List<Output> outputs, Set<String> planned, Site site, Build build, Runnable afterRendering) {
        if (digests.isEmpty()) {
            Map<String, Digest> written = new ConcurrentHashMap<>();
            new SiteWriter(destination, site.config().keepFiles())
                    .naming(Origins.naming(site))
                    .write(outputs.stream().map(o -> new Output(o.path(), o.inputs(), () -> {
                        byte[] bytes = o.content().get();
                        written.put(o.path(), Digest.of(bytes));
                        return bytes;
                    })).toList(), build, afterRendering);
            digests.putAll(written);
            return new Written(written.keySet(), Set.of());
        }
        Set<String> removed = new HashSet<>();
        if (planned != null) {
            digests.keySet().forEach(path -> {
                if (!planned.contains(path)) {
                    removed.add(path);
                }
            });
        }
        Set<String> changed = new SiteUpdater(destination, Origins.naming(site))
                .update(outputs, removed, digests, build, afterRendering);
        return new Written(changed, removed);
    }
}
