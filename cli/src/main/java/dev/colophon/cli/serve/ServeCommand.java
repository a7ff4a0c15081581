package dev.colophon.cli.serve;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.cli.BuildSettings;
import dev.colophon.cli.ThemeJars;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code colophon serve}: builds the site, serves it, and rebuilds it on every change until Ctrl-C. The site
 * is built into memory unless {@code --render-to-disk} asks for the destination too.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site into memory, serves it at http://HOST:PORT/BASEURL/, and rebuilds it when a"
                + " source file changes; open pages reload themselves. Nothing is written unless --render-to-disk"
                + " is given. Ctrl-C stops.")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: .)")
    Path source = Path.of(".");

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR",
            description = "where --render-to-disk writes the site (default: SOURCE/_site)")
    Path destination;

    /**
     * Hugo's name for it ({@code hugo server --renderToDisk}), spelled as Colophon's other flags: Hugo's
     * server too builds into memory by default, while {@code jekyll serve} always writes {@code _site}. A Jekyll
     * user whose other tools read {@code _site} while the server runs gives this flag.
     */
    @Option(names = "--render-to-disk", description = "also keep DESTINATION in step with what is served (as"
            + " jekyll serve does), and serve from there")
    boolean renderToDisk;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to listen on (default: 127.0.0.1)")
    String host = "127.0.0.1";

    @Option(names = {"-P", "--port"}, paramLabel = "PORT", description = "the port; 0 picks a free one (default: 4000)")
    int port = 4000;

    @Option(names = {"-D", "--drafts"}, description = "publish drafts too")
    boolean drafts;

    @Option(names = "--future", description = "publish posts dated in the future")
    boolean future;

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration file, relative to SOURCE, or to the current folder when absolute or"
                    + " starting with ./ or ../ (default: _config.yml)")
    String config = BuildOptions.DEFAULT_CONFIG;

    @Option(names = "--theme-path", paramLabel = "JARS", description = "theme jars (and their plugins), separated by"
            + " the system's path separator; COLOPHON_CLASSPATH and SOURCE/_themes/*.jar are read too")
    String themePath;

    @Option(names = "--no-livereload",
            description = "do not add the live-reload script to served pages")
    boolean noLiveReload;

    @Option(names = "--force-polling", description = "look for changes every second instead of waiting for the"
            + " file system's events (network shares, some WSL and Docker mounts)")
    boolean forcePolling;

    /** {@link #config} as a path in the source, read once. */
    private String configFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path src = source.toAbsolutePath().normalize();
        Path dest = (destination != null ? destination : source.resolve("_site")).toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            err.println("error: source folder " + src + " does not exist (give the site's folder with -s)");
            err.flush();
            return 1;
        }
        try {
            // The same reading of --config as a build's.
            configFile = BuildSettings.configInSource(src, config);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (port < 0 || port > 65535) {
            err.println("error: --port " + port + " is not a port (choose one from 0 to 65535; 0 picks a free one)");
            err.flush();
            return 2;
        }
        // Opened once, for the server's life: a jar added to _themes/ while it runs needs a restart.
        ThemeJars themes;
        try {
            themes = ThemeJars.open(themePath, System.getenv(ThemeJars.ENVIRONMENT), src);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        // Converted Markdown kept between builds; the server's build session re-renders what a save reaches.
        Colophon engine = Colophon.builder().classLoader(themes.loader()).cacheConversions(true).build();
        DevServer.Settings settings = new DevServer.Settings(src, dest, host, port, !noLiveReload, forcePolling,
                renderToDisk);
        try (UntilStopped until = UntilStopped.install();
                DevServer server = DevServer.start(settings, engine, this::options, out, err)) {
            until.await();
            return 0;
        } catch (BindException e) {
            err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (stop the other server, or choose another port with --port)");
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println("error: cannot serve " + src + ": " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            themes.close();
            out.println("Stopped.");
            out.flush();
        }
    }

    /** The options of one build: its time is the moment it starts, as a build's is. */
    private BuildOptions options() {
        return BuildOptions.defaults()
                .withDrafts(drafts)
                .withFuture(future)
                .withConfigFile(configFile)
                .withNow(BuildSettings.now())
                .withEnvironment(BuildSettings.environment());
    }
}
