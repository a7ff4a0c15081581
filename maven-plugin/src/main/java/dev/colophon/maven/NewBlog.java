package dev.colophon.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a new blog: its configuration, a first post and an about page.
 *
 * @param title the blog's title; {@code null} or blank for a placeholder
 * @param url where it will be served from; {@code null} or blank for a placeholder, as feeds need one
 * @param today the first post's date
 */
record NewBlog(String title, String url, LocalDate today) {

    static final String PLACEHOLDER_TITLE = "My blog";
    static final String PLACEHOLDER_URL = "https://example.org";

    /** Writes the files into {@code folder}, creating it; returns them in the order written. */
    List<Path> writeTo(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            written.add(path);
        }
        return written;
    }

    /** Each file's path in the blog and its text. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("_config.yml", config());
        files.put("_posts/" + today + "-welcome.md", firstPost());
        files.put("about.md", about());
        return files;
    }

    private String config() {
        boolean placeholderUrl = url == null || url.isBlank();
        return "# The blog's settings; the keys are Jekyll's.\n"
                + "title: " + yaml(title == null || title.isBlank() ? PLACEHOLDER_TITLE : title) + "\n"
                + "description: Notes, built with Colophon.\n"
                + (placeholderUrl ? "# url: where the blog is served from; feeds and canonical links need it."
                        + " Change it.\n" : "# url: where the blog is served from; feeds and canonical links"
                        + " need it.\n")
                + "url: " + yaml(placeholderUrl ? PLACEHOLDER_URL : url) + "\n"
                + "# baseurl: the path under url the blog lives at, \"\" at the root.\n"
                + "baseurl: \"\"\n"
                + "permalink: /:year/:month/:day/:title/\n"
                + "# timezone: the zone of dates written without one (UTC until set), e.g. Europe/Berlin.\n";
    }

    private String firstPost() {
        return "---\n"
                + "title: Welcome\n"
                + "tags: [colophon]\n"
                + "---\n"
                + "This is the first post. Posts live in `_posts/`, one Markdown file each, named by their date"
                + " and title:\n"
                + "`" + today + "-welcome.md` is published at `/" + today.getYear() + "/"
                + String.format("%02d/%02d", today.getMonthValue(), today.getDayOfMonth()) + "/welcome/`.\n"
                + "\n"
                + "Write the next one beside it, and `mvn package` builds the blog into `target/blog`.\n";
    }

    private static String about() {
        return "---\n"
                + "title: About\n"
                + "permalink: /about/\n"
                + "---\n"
                + "Who writes here, and why. This page is `about.md`.\n";
    }

    /** A double-quoted YAML string: a title may hold a colon, a quote or a hash. */
    private static String yaml(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
