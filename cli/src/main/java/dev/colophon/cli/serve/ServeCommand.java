package dev.colophon.cli.serve;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.cli.BuildSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code colophon serve}: builds the site, serves it, and rebuilds it on every change until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves DESTINATION at http://HOST:PORT/BASEURL/, and rebuilds it when a"
                + " source file changes; open pages reload themselves. Ctrl-C stops.")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: .)")
    Path source = Path.of(".");

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR",
            description = "where the site is built (default: SOURCE/_site)")
    Path destination;

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

    @Option(names = "--no-livereload",
            description = "do not add the live-reload script to served pages")
    boolean noLiveReload;

    @Option(names = "--force-polling", description = "look for changes every second instead of waiting for the"
            + " file system's events (network shares, some WSL and Docker mounts)")
    boolean forcePolling;

    /** {@link #config} as a path in the source, read once. */
    private String configFile;

    /** Released by Ctrl-C (the JVM's shutdown) or by interrupting the thread that runs the command. */
    private final CountDownLatch stop = new CountDownLatch(1);

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
        // Converted Markdown kept between builds, and the last build remembered: a save rebuilds what the
        // engine can tell changed, and a save that changed nothing returns at once.
        Colophon engine = Colophon.builder().cacheConversions(true).rememberBuilds(true).build();
        DevServer.Settings settings = new DevServer.Settings(src, dest, host, port, !noLiveReload, forcePolling);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "colophon-serve-stop");
        try (DevServer server = DevServer.start(settings, engine, this::options, out, err)) {
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Serving " + src + " at " + server.url() + " (Ctrl-C stops)");
            out.flush();
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the JVM is shutting down (Ctrl-C), or the hook was never added
            }
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
