package dev.colophon;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build: what to publish, which configuration files, what time it is, how many threads, and whether
 * the content is trusted.
 *
 * @param drafts publish drafts too (Jekyll's {@code --drafts}); also on when {@code show_drafts: true}
 * @param future publish posts dated after {@link #now()} (Jekyll's {@code --future}); also on when
 *     {@code future: true}
 * @param configFiles the configuration files relative to the source, {@code [_config.yml]} by default; a
 *     later file's keys override an earlier one's, merged as Jekyll merges them (mappings key by key). A
 *     missing default file is fine, a missing named one is an error. Never empty.
 * @param now the build time: decides which posts are in the future, and is {@code site.time}
 * @param threads how many threads convert and write; at least 1
 * @param environment Jekyll's environment, as templates see {@code jekyll.environment}: {@code development}
 *     by default, {@code production} for a deploy (the CLI takes it from {@code JEKYLL_ENV})
 * @param safe build in safe mode (Jekyll's {@code --safe}), for untrusted content; also on when
 *     {@code safe: true}. The site's own configuration cannot switch it off.
 * @param waitForDestination when another build is writing into the same destination, wait for it to
 *     finish rather than fail (one build at a time writes a destination; the CLI's {@code --wait})
 * @param unpublished publish posts marked {@code published: false} too (Jekyll's {@code --unpublished});
 *     drafts stay drafts
 * @param limitPosts publish only this many of the newest posts (Jekyll's {@code --limit_posts}), for a
 *     quick look at a big site; 0 for all of them
 * @param baseurl the {@code baseurl} to build with whatever the configuration says (Jekyll's
 *     {@code --baseurl}), or empty for the configuration's
 * @param progress told of each output written, for a progress line on long builds
 */
public record BuildOptions(boolean drafts, boolean future, List<String> configFiles, Instant now, int threads,
        String environment, boolean safe, boolean waitForDestination, boolean unpublished, int limitPosts,
        Optional<String> baseurl, BuildProgress progress) {

    /** The configuration file a site has when none is named. */
    public static final String DEFAULT_CONFIG = "_config.yml";

    public BuildOptions {
        configFiles = List.copyOf(configFiles);
        if (configFiles.isEmpty()) {
            throw new IllegalArgumentException("configFiles must name at least one file");
        }
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(baseurl, "baseurl");
        Objects.requireNonNull(progress, "progress");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        if (limitPosts < 0) {
            throw new IllegalArgumentException("limitPosts must be >= 0: " + limitPosts);
        }
    }

    /**
     * No drafts, no future posts, {@code _config.yml}, the current time, one thread per core, not safe, not
     * waiting for another build, every post, the configuration's baseurl, no progress reported.
     */
    public static BuildOptions defaults() {
        return new BuildOptions(false, false, List.of(DEFAULT_CONFIG), Instant.now(),
                Runtime.getRuntime().availableProcessors(), "development", false, false, false, 0, Optional.empty(),
                BuildProgress.NONE);
    }

    /**
     * The configuration file messages name: the last of {@link #configFiles()}, whose keys win, and where a
     * setting the build misses would be added.
     */
    public String configFile() {
        return configFiles.get(configFiles.size() - 1);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withFuture(boolean future) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    /** Reads the one configuration file {@code configFile}. */
    public BuildOptions withConfigFile(String configFile) {
        return withConfigFiles(List.of(configFile));
    }

    public BuildOptions withConfigFiles(List<String> configFiles) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withNow(Instant now) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withThreads(int threads) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withEnvironment(String environment) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withSafe(boolean safe) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withWaitForDestination(boolean waitForDestination) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withUnpublished(boolean unpublished) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    public BuildOptions withLimitPosts(int limitPosts) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }

    /** Builds with this {@code baseurl}, e.g. {@code /blog}, whatever the configuration says. */
    public BuildOptions withBaseurl(String baseurl) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, Optional.of(baseurl), progress);
    }

    public BuildOptions withProgress(BuildProgress progress) {
        return new BuildOptions(drafts, future, configFiles, now, threads, environment, safe, waitForDestination,
                unpublished, limitPosts, baseurl, progress);
    }
}
