package dev.colophon.cli;

import dev.colophon.BuildOptions;
import dev.colophon.BuildProgress;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.cli.serve.SiteWatch;
import dev.colophon.cli.serve.UntilStopped;
import dev.colophon.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon build}: the site in the source folder, written into the destination. */
@Command(name = "build", versionProvider = Version.class,
        description = "Builds the site in SOURCE into DESTINATION, replacing it only when the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Not picocli's standard help options: their -V is --version, and Jekyll users type -V for --verbose.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: .)")
    Path source = Path.of(".");

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR",
            description = "where the site is written (default: SOURCE/_site)")
    Path destination;

    @Option(names = {"-D", "--drafts"}, description = "publish drafts too")
    boolean drafts;

    @Option(names = "--future", description = "publish posts dated in the future")
    boolean future;

    @Option(names = "--safe", description = "safe mode, for untrusted content: raw HTML in Markdown escaped,"
            + " script links dropped, only built-in plugins, no symbolic links (as safe: true)")
    boolean safe;

    @Option(names = "--config", paramLabel = "FILE[,FILE...]",
            description = "the configuration file, relative to SOURCE, or to the current folder when absolute or"
                    + " starting with ./ or ../ (default: _config.yml); several, separated by commas, are merged,"
                    + " a later file's keys over an earlier's")
    String config = BuildOptions.DEFAULT_CONFIG;

    @Option(names = "--theme-path", paramLabel = "JARS", description = "theme jars (and their plugins), separated by"
            + " the system's path separator; COLOPHON_CLASSPATH and SOURCE/_themes/*.jar are read too")
    String themePath;

    @Option(names = {"-b", "--baseurl"}, paramLabel = "URL",
            description = "the path the site lives under, e.g. /blog, instead of the configuration's baseurl")
    String baseurl;

    @Option(names = "--unpublished", description = "publish posts marked published: false too")
    boolean unpublished;

    @Option(names = "--limit_posts", paramLabel = "N", description = "build only the N newest posts (a quick look"
            + " at a big site)")
    Integer limitPosts;

    @Option(names = {"-V", "--verbose"}, description = "print the configuration files read, every file written and"
            + " where the time went")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = {"-w", "--watch"}, description = "build again whenever a source file changes, until Ctrl-C"
            + " (serve does too, and serves the site)")
    boolean watch;

    @Option(names = "--force-polling", description = "with --watch, look for changes every second instead of"
            + " waiting for the file system's events (network shares, some WSL and Docker mounts)")
    boolean forcePolling;

    @Option(names = "--threads", paramLabel = "N", description = "threads to use (default: one per core)")
    Integer threads;

    @Option(names = "--wait", description = "when another build is writing into DESTINATION, wait for it to"
            + " finish (default: fail at once, naming it)")
    boolean waitForOther;

    @Option(names = "--trace", description = "print stack traces of internal errors")
    boolean trace;

    @Option(names = "--profile", description = "print where the time went, by stage (summed over threads)")
    boolean profile;

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Builds with the options set, reporting to {@code out} and {@code err}; returns the exit code. */
    int run(PrintWriter out, PrintWriter err) {
        // Usage errors like picocli's, found after parsing: picocli takes any int.
        String usage = threads != null && threads < 1 ? "Invalid value for option '--threads': " + threads
                + " is not 1 or more (see colophon build --help)" : BuildSettings.limitPostsProblem(limitPosts, "build");
        if (usage != null) {
            err.println(usage);
            err.flush();
            return 2;
        }
        Path dest = destination != null ? destination : source.resolve("_site");
        List<String> configFiles;
        try {
            configFiles = BuildSettings.configFilesInSource(source, config);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        // As Jekyll's: --quiet wins over --verbose.
        PrintWriter shown = quiet ? new PrintWriter(Writer.nullWriter()) : out;
        boolean verbose = this.verbose && !quiet;
        if (verbose) {
            out.println("Source: " + source.toAbsolutePath().normalize());
            out.println("Destination: " + dest.toAbsolutePath().normalize());
            out.println("Configuration: " + String.join(", ", configFiles));
        }
        BuildProgress perFile = verbose ? (path, done, total) -> out.println("  wrote " + path) : BuildProgress.NONE;
        ThemeJars themes;
        try {
            themes = ThemeJars.open(themePath, System.getenv(ThemeJars.ENVIRONMENT), source);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (watch) {
            try (themes) {
                return watch(dest, () -> options(configFiles, perFile), themes.loader(), shown, err);
            }
        }
        // Only a terminal gets the line: a log file or a pipe would keep every state of it.
        ProgressLine line = !quiet && !verbose && System.console() != null ? new ProgressLine(err, System::nanoTime)
                : null;
        try (themes) {
            BuildProgress progress = line != null ? line : perFile;
            BuildResult result = Colophon.builder().classLoader(themes.loader()).build()
                    .build(source, dest, options(configFiles, progress));
            clear(line);
            if (!quiet) {
                result.warnings().forEach(w -> err.println(w));
            }
            shown.printf("Built %s, %s and %s into %s in %d ms%n", count(result.posts(), "post"),
                    count(result.pages(), "page"), count(result.files(), "file"), result.destination(),
                    result.elapsed().toMillis());
            if (profile || verbose) {
                result.stages().forEach((stage, time) -> shown.printf("  %-28s %7d ms%n", stage, time.toMillis()));
            }
            shown.flush();
            err.flush();
            return 0;
        } catch (BuildFailedException e) {
            clear(line);
            for (Diagnostic d : e.diagnostics()) {
                if (d.isError() || !quiet) {
                    err.println(d);
                }
            }
            int errors = e.errors().size();
            err.println("Build failed: " + errors + (errors == 1 ? " error" : " errors")
                    + "; " + dest + " was left as it was.");
            err.flush();
            return 1;
        } catch (ColophonException e) {
            clear(line);
            err.println("error: " + e.getMessage());
            if (trace) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            clear(line);
            err.println("internal error: " + e + (trace ? "" : " (run with --trace for details, and please report it)"));
            if (trace) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        } catch (OutOfMemoryError e) {
            // The build's garbage is unreachable here, so there is room to say so in one line.
            err.println("error: the build ran out of memory (" + e.getMessage() + "): give Java more, e.g."
                    + " COLOPHON_EXTRA_JAVA_OPTS=-Xmx4g, and if the site is small, please report it");
            err.flush();
            return 1;
        }
    }

    /** The options of one build: its time is the moment it starts. */
    private BuildOptions options(List<String> configFiles, BuildProgress progress) {
        BuildOptions options = BuildOptions.defaults()
                .withDrafts(drafts)
                .withFuture(future)
                .withSafe(safe)
                .withWaitForDestination(waitForOther)
                .withConfigFiles(configFiles)
                .withUnpublished(unpublished)
                .withProgress(progress)
                .withNow(BuildSettings.now())
                .withEnvironment(BuildSettings.environment());
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (limitPosts != null) {
            options = options.withLimitPosts(limitPosts);
        }
        if (baseurl != null) {
            options = options.withBaseurl(baseurl);
        }
        return options;
    }

    /**
     * {@code --watch}: builds, then builds again after every change, until Ctrl-C, with the watcher and
     * rebuilder of {@code serve}; a failed build is reported and the next change builds again.
     */
    private int watch(Path dest, Supplier<BuildOptions> options, ClassLoader themes, PrintWriter out,
            PrintWriter err) {
        Path src = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            err.println("error: source folder " + src + " does not exist (give the site's folder with -s)");
            err.flush();
            return 1;
        }
        // As serve's: converted Markdown kept, and each save re-renders what it reaches (a build session).
        Colophon engine = Colophon.builder().classLoader(themes).cacheConversions(true).build();
        try (UntilStopped until = UntilStopped.install();
                SiteWatch watching = SiteWatch.start(src, dest.toAbsolutePath().normalize(), engine, options,
                        forcePolling, out, err)) {
            out.println("Watching " + src + " for changes (Ctrl-C stops)");
            out.flush();
            until.await();
            return 0;
        } catch (IOException e) {
            err.println("error: cannot watch " + src + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static void clear(ProgressLine line) {
        if (line != null) {
            line.clear();
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
