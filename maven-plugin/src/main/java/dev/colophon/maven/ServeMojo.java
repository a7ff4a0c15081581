package dev.colophon.maven;

import dev.colophon.BuildOptions;
import dev.colophon.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the blog, serves it at {@code http://127.0.0.1:4000/}, and builds it again whenever a file of it
 * changes; open pages reload themselves. Blocks until Ctrl-C, as {@code colophon serve} does: it is that
 * command, given the goal's parameters, so that both serve the same way and say the same things.
 *
 * <pre>{@code
 * mvn colophon:serve
 * mvn colophon:serve -Dcolophon.port=8080 -Dcolophon.drafts
 * }</pre>
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractMojo {

    /** The blog's folder, as {@code colophon:build} reads it. */
    @Parameter(property = "colophon.source", defaultValue = "${project.basedir}/src/main/blog", required = true)
    File source;

    /** Where the blog is written while it is served, with {@link #renderToDisk}. */
    @Parameter(property = "colophon.destination", defaultValue = "${project.build.directory}/blog", required = true)
    File destination;

    /** The address to listen on; {@code 0.0.0.0} to be reached from other machines. */
    @Parameter(property = "colophon.host", defaultValue = "127.0.0.1", required = true)
    String host;

    /** The port; 0 picks a free one. */
    @Parameter(property = "colophon.port", defaultValue = "4000", required = true)
    int port;

    /** Publish the posts in {@code _drafts/} too (Jekyll's {@code --drafts}). */
    @Parameter(property = "colophon.drafts", defaultValue = "false")
    boolean drafts;

    /** Publish posts dated in the future (Jekyll's {@code --future}). */
    @Parameter(property = "colophon.future", defaultValue = "false")
    boolean future;

    /** The configuration file, relative to {@code source}; several, separated by commas, are merged. */
    @Parameter(property = "colophon.config", defaultValue = BuildOptions.DEFAULT_CONFIG, required = true)
    String config;

    /** Add the script that reloads open pages after each build. */
    @Parameter(property = "colophon.livereload", defaultValue = "true")
    boolean liveReload;

    /** Look for changes every second (network shares, some WSL and Docker mounts) instead of waiting for events. */
    @Parameter(property = "colophon.forcePolling", defaultValue = "false")
    boolean forcePolling;

    /**
     * Keep {@link #destination} in step with what is served ({@code colophon serve --render-to-disk}); by
     * default the blog is built into memory and nothing is written.
     */
    @Parameter(property = "colophon.renderToDisk", defaultValue = "false")
    boolean renderToDisk;

    /** Files in messages are named from here, as in {@code colophon:build}'s. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoFailureException {
        ProjectPaths paths = new ProjectPaths(basedir.toPath());
        if (!Files.isDirectory(source.toPath())) {
            throw new MojoFailureException(paths.name(source.toPath()) + ": error: there is no blog here (start one"
                    + " with mvn colophon:new, or set the plugin's <source>)");
        }
        int exit;
        try (PrintWriter out = new PrintWriter(new LogLines(line -> getLog().info(line)), true);
                PrintWriter err = new PrintWriter(new LogLines(this::problem), true)) {
            exit = Main.run(out, err, arguments().toArray(String[]::new));
        }
        if (exit != 0) {
            throw new MojoFailureException("colophon serve stopped with exit code " + exit + " (the reason is above)");
        }
    }

    /** {@code colophon serve} with this goal's parameters. */
    List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("serve",
                "--source", source.getAbsolutePath(),
                "--destination", destination.getAbsolutePath(),
                "--host", host,
                "--port", Integer.toString(port),
                "--config", config));
        if (drafts) {
            args.add("--drafts");
        }
        if (future) {
            args.add("--future");
        }
        if (!liveReload) {
            args.add("--no-livereload");
        }
        if (forcePolling) {
            args.add("--force-polling");
        }
        if (renderToDisk) {
            args.add("--render-to-disk");
        }
        return args;
    }

    /** The command's error stream carries its warnings too: each line at the level it names. */
    private void problem(String line) {
        if (line.startsWith("error") || line.contains(": error: ") || line.startsWith("Build failed")) {
            getLog().error(line);
        } else {
            getLog().warn(line);
        }
    }
}
