package dev.colophon.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a blog in {@code source}: a {@code _config.yml}, a first post dated today and an about page, ready
 * for {@code colophon:build}. Writes only into a folder that is new or empty, so it never overwrites a blog.
 */
@Mojo(name = "new", threadSafe = true)
public final class NewMojo extends AbstractMojo {

    /** The folder to start the blog in; {@code colophon:build} reads the same default. */
    @Parameter(property = "colophon.source", defaultValue = "${project.basedir}/src/main/blog", required = true)
    File source;

    /** The blog's title; the project's name by default. */
    @Parameter(property = "colophon.title", defaultValue = "${project.name}")
    String title;

    /** Where the blog will be served from (feeds need it); the project's URL, else a placeholder to change. */
    @Parameter(property = "colophon.url", defaultValue = "${project.url}")
    String url;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The first post's date is today's in UTC, the zone a blog has until it names one: never in the future. */
    Clock clock = Clock.systemUTC();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ProjectPaths paths = new ProjectPaths(basedir.toPath());
        Path folder = source.toPath();
        String name = paths.name(folder);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new MojoFailureException(name + ": error: this is a file, not a folder (choose another folder"
                    + " with -Dcolophon.source=DIR)");
        }
        if (!isEmpty(folder)) {
            throw new MojoFailureException(name + ": error: the folder is not empty, and colophon:new starts a blog"
                    + " only in a new or empty folder (build the one there with mvn package, or choose another"
                    + " folder with -Dcolophon.source=DIR)");
        }
        NewBlog blog = new NewBlog(title, url, LocalDate.now(clock));
        try {
            List<Path> written = blog.writeTo(folder);
            written.forEach(file -> getLog().info("Created " + paths.name(file)));
            getLog().info("Build it into target/blog with mvn colophon:build, or with mvn package once the pom runs"
                    + " the plugin's build goal");
        } catch (IOException | UncheckedIOException e) {
            throw new MojoFailureException(name + ": error: cannot write the blog (" + e.getMessage() + ")");
        }
    }

    private static boolean isEmpty(Path folder) throws MojoFailureException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new MojoFailureException(folder + ": error: cannot read the folder (" + e.getMessage() + ")");
        }
    }
}
