package dev.colophon;

import dev.colophon.internal.output.MemoryTarget;
import java.util.List;
import java.util.Optional;

/**
 * The site a {@linkplain Colophon#memorySession(java.nio.file.Path, java.nio.file.Path) memory
 * session} built, as its last good
 * build left it: each output file by its path. Nothing is written to disk, so a dev server serves the site
 * without a destination folder, and a site of 10,000 posts takes about 36 MB instead of 80 (outputs are kept
 * gzip-compressed, the form browsers ask for). Safe to read from any thread while the session builds: a file
 * is seen as it was before a build or after it, never half written, and a failed build changes nothing.
 *
 * <pre>{@code
 * BuildSession session = Colophon.create().memorySession(Path.of("blog"), Path.of("blog/_site"));
 * session.build(BuildOptions.defaults(), null);
 * MemorySite site = session.memory().orElseThrow();
 * byte[] home = site.file("index.html").orElseThrow().bytes();
 * }</pre>
 */
public final class MemorySite {

    private final MemoryTarget target;

    MemorySite(MemoryTarget target) {
        this.target = target;
    }

    /**
     * The output file at {@code path}, relative to the site's root and {@code /}-separated (as a build writes
     * it under its destination, e.g. {@code 2021/03/26/hello.html}); empty when the site has none.
     *
     * <p>Until the session's first build succeeds there is no last good site: while that build renders its
     * outputs ({@link BuildProgress#rendering}), a file asked for is rendered at once on the caller's thread,
     * or waited for while the build renders it, with the bytes the build then keeps; a dev server thus
     * answers its first page seconds before a large site is done. Should that build fail, nothing is kept.
     */
    public Optional<StoredFile> file(String path) {
        return target.get(path).map(entry -> new StoredFile(path, entry));
    }

    /** Whether {@code path} (relative, no trailing slash) is a folder of the site: some output is below it. */
    public boolean isFolder(String path) {
        return target.isFolder(path);
    }

    /** Every output file's path, sorted. */
    public List<String> paths() {
        return target.paths();
    }
}
