package dev.colophon.cli;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon build}: the site in the source folder, written into the destination. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site in SOURCE into DESTINATION, replacing it only when the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration file, relative to SOURCE, or to the current folder when absolute or"
                    + " starting with ./ or ../ (default: _config.yml)")
    String config = BuildOptions.DEFAULT_CONFIG;

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
        if (threads != null && threads < 1) {
            // A usage error like picocli's, found after parsing: picocli takes any int.
            err.println("Invalid value for option '--threads': " + threads + " is not 1 or more (see colophon build"
                    + " --help)");
            err.flush();
            return 2;
        }
        Path dest = destination != null ? destination : source.resolve("_site");
        String configFile;
        try {
            configFile = BuildSettings.configInSource(source, config);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        BuildOptions options = BuildOptions.defaults()
                .withDrafts(drafts)
                .withFuture(future)
                .withSafe(safe)
                .withWaitForDestination(waitForOther)
                .withConfigFile(configFile)
                .withNow(BuildSettings.now())
                .withEnvironment(BuildSettings.environment());
        if (threads != null) {
            options = options.withThreads(threads);
        }
        try {
            BuildResult result = Colophon.create().build(source, dest, options);
            result.warnings().forEach(w -> err.println(w));
            out.printf("Built %s, %s and %s into %s in %d ms%n", count(result.posts(), "post"),
                    count(result.pages(), "page"), count(result.files(), "file"), result.destination(),
                    result.elapsed().toMillis());
            if (profile) {
                result.stages().forEach((stage, time) -> out.printf("  %-28s %7d ms%n", stage, time.toMillis()));
            }
            out.flush();
            return 0;
        } catch (BuildFailedException e) {
            for (Diagnostic d : e.diagnostics()) {
                err.println(d);
            }
            int errors = e.errors().size();
            err.println("Build failed: " + errors + (errors == 1 ? " error" : " errors")
                    + "; " + dest + " was left as it was.");
            err.flush();
            return 1;
        } catch (ColophonException e) {
            err.println("error: " + e.getMessage());
            if (trace) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
