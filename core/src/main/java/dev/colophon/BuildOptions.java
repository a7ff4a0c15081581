package dev.colophon;

import java.time.Instant;
import java.util.Objects;

/**
 * How to build: what to publish, which configuration file, what time it is, how many threads, and whether
 * the content is trusted.
 *
 * @param drafts publish drafts too (Jekyll's {@code --drafts}); also on when {@code show_drafts: true}
 * @param future publish posts dated after {@link #now()} (Jekyll's {@code --future}); also on when
 *     {@code future: true}
 * @param configFile the configuration file relative to the source, {@code _config.yml} by default; a
 *     missing default file is fine, a missing named one is an error
 * @param now the build time: decides which posts are in the future, and is {@code site.time}
 * @param threads how many threads convert and write; at least 1
 * @param environment Jekyll's environment, as templates see {@code jekyll.environment}: {@code development}
 *     by default, {@code production} for a deploy (the CLI takes it from {@code JEKYLL_ENV})
 * @param safe build in safe mode (Jekyll's {@code --safe}), for untrusted content; also on when
 *     {@code safe: true}. The site's own configuration cannot switch it off.
 * @param waitForDestination when another build is writing into the same destination, wait for it to
 *     finish rather than fail (one build at a time writes a destination; the CLI's {@code --wait})
 */
public record BuildOptions(boolean drafts, boolean future, String configFile, Instant now, int threads,
        String environment, boolean safe, boolean waitForDestination) {

    /** The configuration file a site has when none is named. */
    public static final String DEFAULT_CONFIG = "_config.yml";

    public BuildOptions {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(environment, "environment");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
    }

    /**
     * No drafts, no future posts, {@code _config.yml}, the current time, one thread per core, not safe, not
     * waiting for another build.
     */
    public static BuildOptions defaults() {
        return new BuildOptions(false, false, DEFAULT_CONFIG, Instant.now(), Runtime.getRuntime().availableProcessors(),
                "development", false, false);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }

    public BuildOptions withFuture(boolean future) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }

    public BuildOptions withConfigFile(String configFile) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }

    public BuildOptions withNow(Instant now) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }

    public BuildOptions withThreads(int threads) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }

    public BuildOptions withEnvironment(String environment) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }

    public BuildOptions withSafe(boolean safe) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }

    public BuildOptions withWaitForDestination(boolean waitForDestination) {
        return new BuildOptions(drafts, future, configFile, now, threads, environment, safe, waitForDestination);
    }
}
