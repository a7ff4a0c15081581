package dev.colophon.cli.scaffold;

import dev.colophon.BuildOptions;
import dev.colophon.cli.serve.SiteSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colophon new post "Title"}: {@code _posts/YYYY-MM-DD-slug.md}, dated now, with its front matter. */
@Command(name = "post", mixinStandardHelpOptions = true,
        description = "Creates _posts/YYYY-MM-DD-SLUG.md in the site, dated now, the slug made from TITLE.")
final class NewPostCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TITLE", description = "the post's title")
    String title;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: .)")
    Path source = Path.of(".");

    @Option(names = "--config", paramLabel = "FILE",
            description = "the configuration file, relative to SOURCE, for the time zone (default: _config.yml)")
    String config = BuildOptions.DEFAULT_CONFIG;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (title.isBlank()) {
            err.println("error: the title is empty (give one: colophon new post \"My first post\")");
            return 2;
        }
        if (!Files.isDirectory(source)) {
            err.println("error: " + source + " is not a folder (give the site's folder with -s)");
            return 1;
        }
        ZonedDateTime now = ZonedDateTime.now(zone(source, config)).withNano(0);
        PostFile post = PostFile.of(title.strip(), now, "", "Write here. The first paragraph is the excerpt the"
                + " home page shows.\n");
        Path file = source.resolve("_posts").resolve(post.name());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, post.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println("error: " + file + " already exists (edit it, or choose another title)");
            return 1;
        } catch (IOException e) {
            err.println("error: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Created " + file);
        return 0;
    }

    /**
     * The site's time zone ({@code timezone:}), else UTC, as the engine reads dates: the post is dated in
     * it, so that it is not a post of tomorrow (and left out as in the future) where the machine's zone is
     * ahead of the site's.
     */
    static ZoneId zone(Path source, String config) {
        return SiteSettings.read(source, config)
                .flatMap(SiteSettings::timezone)
                .flatMap(NewPostCommand::zoneOf)
                .orElse(ZoneOffset.UTC);
    }

    private static java.util.Optional<ZoneId> zoneOf(String id) {
        try {
            return java.util.Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
