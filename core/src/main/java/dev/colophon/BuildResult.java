package dev.colophon;

import dev.colophon.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a successful build did.
 *
 * @param destination the folder the site is in now; null after a build into memory ({@link Colophon#memorySession})
 * @param posts published posts
 * @param pages rendered pages (including generated ones, such as the home page of the default theme)
 * @param staticFiles files copied as they were
 * @param files every file written
 * @param warnings problems that did not stop the build
 * @param elapsed wall time of the whole build
 * @param stages where the time went: each stage's time summed over the build's threads, in the order
 *     the build met them (discovery, reading and front matter, Liquid, Markdown, each renderer, writing)
 */
public record BuildResult(Path destination, int posts, int pages, int staticFiles, int files,
        List<Diagnostic> warnings, Duration elapsed, Map<String, Duration> stages) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }
}
