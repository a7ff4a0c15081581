package dev.colophon.internal.pipeline;

import dev.colophon.BuildOptions;
import dev.colophon.internal.graph.Reads;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.model.SiteConfig;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;

/**
 * The context of one build, handed to its stages instead of a list of loose parameters. It starts with the
 * engine's plugins and the default configuration; once the configuration is read, {@link SiteReader} makes
 * the build's own (safe mode's plugins, the configuration as the site gives it) with {@link #with}.
 *
 * @param options what the caller asked for, the build time among them
 * @param plugins the plugins the build runs: in safe mode, only Colophon's own
 * @param config the site's configuration, with safe mode and publishing as the build decided them
 * @param problems every problem of the build, reported once at the end of the stage that found errors
 * @param stages where the build's time goes, by stage
 * @param pool the build's threads
 * @param reads records what each output, body and page reads, for a build session's graph; {@link Reads#NONE}
 *     in a plain build
 */
public record Build(BuildOptions options, Plugins plugins, SiteConfig config, Problems problems, Stages stages,
        ForkJoinPool pool, Reads reads) {

    public Build {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(plugins, "plugins");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(reads, "reads");
    }

    /** A build about to read its site: no problems yet, and the configuration not read. */
    public static Build start(BuildOptions options, Plugins plugins, ForkJoinPool pool) {
        return start(options, plugins, pool, Reads.NONE);
    }

    /** A build about to read its site, recording what its units read into {@code reads}. */
    public static Build start(BuildOptions options, Plugins plugins, ForkJoinPool pool, Reads reads) {
        return start(options, plugins, pool, reads, new Problems());
    }

    /**
     * A build of a session: its recorder and problems are the session's, shared by its builds, so that what
     * a later build keeps of an earlier one reports to the build running.
     */
    public static Build start(BuildOptions options, Plugins plugins, ForkJoinPool pool, Reads reads,
            Problems problems) {
        return new Build(options, plugins, SiteConfig.defaults(), problems, new Stages(), pool, reads);
    }

    /** The same build with the plugins and configuration it settled on. */
    Build with(Plugins plugins, SiteConfig config) {
        return new Build(options, plugins, config, problems, stages, pool, reads);
    }

    /** The build time: what is dated after it is in the future. */
    public Instant now() {
        return options.now();
    }

    /** Jekyll's environment, as templates see {@code jekyll.environment}. */
    public String environment() {
        return options.environment();
    }
}
