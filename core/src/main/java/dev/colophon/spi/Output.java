package dev.colophon.spi;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One file a {@link Renderer} will write. Its content is produced only when the file is written, so
 * outputs can be rendered in parallel, streamed to disk, and skipped when none of their inputs changed.
 *
 * @param path the output file relative to the destination, {@code /}-separated, without {@code ..}
 * @param inputs what the content depends on: source paths (e.g. {@code _posts/2021-03-26-notes.md}) and
 *     site-wide facts (see {@link Inputs}); an incremental build re-renders the output when one changes
 * @param content produces the bytes; called once, from any thread
 */
public record Output(String path, Set<String> inputs, Supplier<byte[]> content) {

    public Output {
        Objects.requireNonNull(path, "path");
        inputs = Set.copyOf(inputs);
        Objects.requireNonNull(content, "content");
    }

    /** The first input that is a source file (not a site-wide fact), or the output's path: where a problem is reported. */
    public String source() {
        return inputs.stream().filter(i -> !i.startsWith("site:")).sorted().findFirst().orElse(path);
    }

    /** Names of the site-wide facts an output can depend on. */
    public static final class Inputs {
        /** {@code _config.yml}. */
        public static final String CONFIG = "site:config";
        /** The list of posts: titles, dates, URLs, excerpts. */
        public static final String POSTS = "site:posts";
        /** The list of pages. */
        public static final String PAGES = "site:pages";
        /** The site's layouts and includes, or the theme's. */
        public static final String TEMPLATES = "site:templates";
        /**
         * What the output's templates read of posts and pages through {@link RenderContext}'s variables:
         * the engine records it as the output renders (which post's title, which post's content), so that an
         * incremental build re-renders the output only when something it showed changed. Declare it instead
         * of {@link #POSTS} and {@link #PAGES} when the output reads the site only through those variables.
         */
        public static final String READS = "site:reads";

        private Inputs() {
        }
    }
}
