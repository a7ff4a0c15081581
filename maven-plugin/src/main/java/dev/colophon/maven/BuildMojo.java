package dev.colophon.maven;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.Diagnostic;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the blog in {@code source} into {@code destination}, as {@code colophon build} does.
 *
 * <p>Bound to {@code prepare-package}: the blog is something the project ships, not something its code is
 * compiled or tested with, so {@code mvn compile} and {@code mvn test} do not pay for it (or fail on a post
 * being written), while {@code mvn package} has it built before the jar or war is packed, in time to be
 * packed in when the destination is under {@code target/classes}.
 *
 * <p>A failed build fails the Maven build with every problem as {@code file:line:col: error: …}, the files
 * named from the project's folder; the destination is then left as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractMojo {

    /** The blog's folder: {@code _config.yml}, {@code _posts/}, pages. */
    @Parameter(property = "colophon.source", defaultValue = "${project.basedir}/src/main/blog", required = true)
    File source;

    /**
     * Where the blog is written; replaced as a whole when a build succeeds. Not {@code target/site}: that is
     * where {@code mvn site} writes the project's reports, and one would replace the other.
     */
    @Parameter(property = "colophon.destination", defaultValue = "${project.build.directory}/blog", required = true)
    File destination;

    /** Publish the posts in {@code _drafts/} too (Jekyll's {@code --drafts}). */
    @Parameter(property = "colophon.drafts", defaultValue = "false")
    boolean drafts;

    /** Publish posts dated after the build (Jekyll's {@code --future}). */
    @Parameter(property = "colophon.future", defaultValue = "false")
    boolean future;

    /** Safe mode, for content you do not trust: raw HTML escaped, only Colophon's own plugins. */
    @Parameter(property = "colophon.safe", defaultValue = "false")
    boolean safe;

    /** The configuration file, relative to {@code source}. */
    @Parameter(property = "colophon.config", defaultValue = BuildOptions.DEFAULT_CONFIG, required = true)
    String config;

    /** Skip the build, e.g. {@code -Dcolophon.skip} for a quick package. */
    @Parameter(property = "colophon.skip", defaultValue = "false")
    boolean skip;

    /** Files in messages are named from here, as a terminal or an IDE in the project finds them. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the blog (colophon.skip)");
            return;
        }
        ProjectPaths paths = new ProjectPaths(basedir.toPath());
        if (!Files.isDirectory(source.toPath())) {
            throw new MojoFailureException(paths.name(source.toPath()) + ": error: there is no blog here (start one"
                    + " with mvn colophon:new, or set the plugin's <source>)");
        }
        if (config.isBlank()) {
            throw new MojoFailureException("error: <config> is empty (name the configuration file relative to "
                    + paths.name(source.toPath()) + ", or leave it out for _config.yml)");
        }
        BuildOptions options = BuildOptions.defaults()
                .withDrafts(drafts)
                .withFuture(future)
                .withSafe(safe)
                .withConfigFile(config);
        try {
            // The plugin's class realm: Colophon's jars and the plugin's <dependencies>, where theme jars
            // (theme: minima) and plugins of the user's are found. Named, not left to the engine's default.
            Colophon engine = Colophon.builder().classLoader(BuildMojo.class.getClassLoader()).build();
            BuildResult result = engine.build(source.toPath(), destination.toPath(), options);
            result.warnings().forEach(w -> getLog().warn(paths.locate(w, source.toPath())));
            getLog().info(String.format("Built %s, %s and %s into %s in %d ms", count(result.posts(), "post"),
                    count(result.pages(), "page"), count(result.files(), "file"), paths.name(result.destination()),
                    result.elapsed().toMillis()));
        } catch (BuildFailedException e) {
            throw new MojoFailureException(failure(e, paths));
        } catch (ColophonException e) {
            // The folders cannot be used, or another build is writing the destination: one line says it all.
            throw new MojoFailureException("error: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of Colophon's, not the blog's: Maven shows the stack trace with -e.
            throw new MojoExecutionException("internal error: " + e + " (run Maven with -e for the stack trace,"
                    + " and please report it)", e);
        }
    }

    /** Warnings first, as Maven warnings; then the errors, every one, in the exception's message. */
    private String failure(BuildFailedException e, ProjectPaths paths) {
        e.diagnostics().stream().filter(d -> !d.isError())
                .forEach(w -> getLog().warn(paths.locate(w, source.toPath())));
        List<Diagnostic> errors = e.errors();
        return "the blog has " + count(errors.size(), "error") + "; " + paths.name(destination.toPath())
                + " was left as it was:\n" + errors.stream()
                        .map(d -> paths.locate(d, source.toPath()))
                        .collect(Collectors.joining("\n"));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
