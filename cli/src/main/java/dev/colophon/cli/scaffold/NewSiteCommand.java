package dev.colophon.cli.scaffold;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code colophon new site DIR}: a blog that builds as it is, on the built-in theme: a configuration with
 * its title, address and author, a first post dated now, and an about page.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Creates a ready blog in DIR (a new or empty folder), on the built-in theme.")
final class NewSiteCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the new site's folder; must not exist, or be empty")
    Path folder;

    @Option(names = "--title", paramLabel = "TITLE", description = "the site's title (default: My Blog)")
    String title = "My Blog";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
                err.println("error: " + folder + " is not empty (choose a new folder, or an empty one)");
                return 1;
            }
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : files(ZonedDateTime.now(zone()).withNano(0)).entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            err.println("error: cannot create the site in " + folder + ": " + e.getMessage());
            return 1;
        }
        out.println("Created a new site in " + folder.toAbsolutePath().normalize());
        out.println("Next: colophon serve -s " + folder + "   (then edit _config.yml, and add posts with"
                + " colophon new post -s " + folder + " \"Title\")");
        return 0;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * The machine's time zone when it has a name (Europe/Berlin), written into the configuration so that
     * dates without an offset mean what the author means; else UTC, the engine's default.
     */
    private static ZoneId zone() {
        ZoneId zone = ZoneId.systemDefault();
        return zone.getId().contains("/") ? zone : ZoneOffset.UTC;
    }

    private Map<String, String> files(ZonedDateTime now) {
        Map<String, String> files = new LinkedHashMap<>();
        String zone = now.getZone().getId().contains("/") ? now.getZone().getId() : "UTC";
        files.put("_config.yml", """
                # The site's settings. colophon serve picks up changes at once; see the README for every key.
                title: %s
                description: Notes, written down.
                # The address the site will live at: feeds and canonical links need it.
                url: https://example.com
                # The path under that address, e.g. /blog; empty for the root.
                baseurl: ""
                author:
                  name: Your Name
                  bio: A line about you, shown under every post.
                timezone: %s
                permalink: /:year/:month/:day/:title/
                """.formatted(PostFile.quoted(title), zone));
        PostFile first = PostFile.of("Welcome to Colophon", now, "[meta]", """
                This is your first post. Edit it, or add another with `colophon new post "Title"`: posts live in
                `_posts/`, named `YYYY-MM-DD-slug.md`, front matter first.

                While `colophon serve` runs, every save rebuilds the site and reloads the page in your browser.
                `colophon build` writes the finished site into `_site/`, ready for any static host.
                """);
        files.put("_posts/" + first.name(), first.text());
        files.put("about.md", """
                ---
                title: About
                permalink: /about/
                ---
                A few words about you and this blog. This page is `about.md`: Markdown with front matter, like a
                post, but without a date.
                """);
        files.put(".gitignore", "_site/\n");
        return files;
    }
}
