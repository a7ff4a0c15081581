package dev.colophon;

import dev.colophon.internal.source.DirectorySource;
import dev.colophon.internal.source.MemorySource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The files of a site: a folder on disk, or files held in memory (for rendering without touching disk).
 */
public interface SiteSource {

    /**
     * Every file, as {@code /}-separated paths relative to the site root, in a stable (sorted) order.
     * Files whose names Jekyll ignores are still listed; the build applies the rules.
     */
    List<String> files();

    /** The bytes of one file. */
    byte[] read(String path);

    /** When the file was last modified: a draft's date, as in Jekyll. */
    Instant lastModified(String path);

    /**
     * The site in a folder. Symbolic links are not followed; a destination folder inside the source is
     * left out by the build.
     */
    static SiteSource of(Path folder) {
        return new DirectorySource(folder);
    }

    /**
     * A site held in memory, e.g. {@code Map.of("_posts/2021-03-26-hello.md", "---\ntitle: Hi\n---\nHello")}.
     *
     * @param files file contents by path; text is encoded as UTF-8
     */
    static SiteSource inMemory(Map<String, String> files) {
        return new MemorySource(files);
    }
}
