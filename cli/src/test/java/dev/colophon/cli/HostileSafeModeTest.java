package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an untrusted post may reach through {@code include_relative} and {@code redirect_to}, built by the
 * command with and without {@code --safe}: the exact messages, the exit code, no stack trace, and on failure
 * the previous site as it was. The site has a {@code .env} and an excluded {@code secrets.txt} beside its
 * posts, as sites do.
 */
class HostileSafeModeTest {

    private static final String POST = "_posts/2024-01-01-a.md";
    private static final String CONFIG = "url: https://example.org\nexclude: [secrets.txt]\nfeed: false\n"
            + "sitemap: false\ntag_pages: false\ncategory_pages: false\n";

    @TempDir
    Path temp;

    /**
     * One case.
     *
     * @param safe whether the command gets {@code --safe}
     * @param expected every message line, in order ({@code Build failed} and {@code Built} lines aside)
     * @param exit the command's exit code
     * @param shown text a page of the built site must have ({@code file=text}), or empty
     * @param hidden text no file of the built site may have
     */
    record Case(String name, boolean safe, Map<String, String> files, List<String> expected, int exit, String shown,
            String hidden) {
        @Override
        public String toString() {
            return name + (safe ? " (--safe)" : "");
        }
    }

    private static Case error(String name, boolean safe, Map<String, String> files, String... lines) {
        return new Case(name, safe, files, List.of(lines), 1, "", "hunter2");
    }

    private static Case builds(String name, boolean safe, Map<String, String> files, String shown, String... warnings) {
        return new Case(name, safe, files, List.of(warnings), 0, shown, "hunter2");
    }

    private static Map<String, String> post(String frontMatter, String body) {
        return Map.of(POST, "---\ntitle: A\n" + frontMatter + "---\n" + body + "\n");
    }

    private static Map<String, String> page(String body) {
        return Map.of("page.md", "---\ntitle: P\nf: .env\n---\n" + body + "\n");
    }

    private static String hidden(String file, int column, String name) {
        return file + ":" + column + ": error: " + name + " cannot be included: it is hidden (a name starting with '.' "
                + "or '#', or ending with '~') (keep the text to include in a file of the site's own; a name "
                + "starting with '_' keeps it out of the output)";
    }

    static List<Case> cases() {
        String dots = POST + ":4:3: error: cannot render the Liquid in this file: Invalid syntax for include tag. File "
                + "contains invalid characters or sequences: ../.env (valid file names have letters, digits and / . - "
                + "( ) + ~ # @, and no '..' or '//') (check the tags and filters used here)";
        List<Case> cases = new ArrayList<>();
        for (boolean safe : new boolean[] {true, false}) {
            // Jekyll 4.3.1 refuses '..' too; it reads .env, excluded files and _config.yml from a page beside them.
            cases.add(error("include_relative ../.env from a post", safe, post("", "A {% include_relative ../.env %}"),
                    dots));
            cases.add(error("include_relative .env beside the page", safe, page("A {% include_relative .env %}"),
                    hidden("page.md:5", 3, ".env")));
            cases.add(error("include_relative of a name from front matter", safe,
                    page("A {% include_relative {{ page.f }} %}"), hidden("page.md:5", 3, ".env")));
            cases.add(error("include_relative of a hidden folder", safe, page("A {% include_relative .git/config %}"),
                    hidden("page.md:5", 3, ".git/config")));
            cases.add(error("include_relative of an editor's backup", safe, page("A {% include_relative page.md~ %}"),
                    hidden("page.md:5", 3, "page.md~")));
            cases.add(error("include_relative _config.yml", safe, page("A {% include_relative _config.yml %}"),
                    "page.md:5:3: error: _config.yml cannot be included: it is the site's configuration (keep the "
                            + "text to include in a file of the site's own; a name starting with '_' keeps it out of "
                            + "the output)"));
            cases.add(builds("include_relative of a snippet in a folder of its own", safe,
                    page("A {% include_relative _snippets/note.md %}"), "page.html=a note"));
            cases.add(error("include of a hidden file in _includes", safe, post("", "A {% include .env %}"),
                    POST + ":4:3: error: include _includes/.env does not exist (create it, or fix the name in the "
                            + "{% include %} tag)"));
        }
        cases.add(error("include_relative of an excluded file", true, page("A {% include_relative secrets.txt %}"),
                "page.md:5:3: error: secrets.txt cannot be included: exclude: in _config.yml leaves it out of the site, "
                        + "and safe mode reads nothing the site leaves out (keep the text to include in a file of the "
                        + "site's own; a name starting with '_' keeps it out of the output)"));
        // As in Jekyll: a site may leave README.md out and include it in its home page.
        cases.add(new Case("include_relative of an excluded file", false,
                page("A {% include_relative secrets.txt %}"), List.of(), 0, "page.html=TOPSECRET", "hunter2"));

        for (String target : List.of("javascript:alert(1)", " JaVa\\tScRiPt:alert(1)", "'javascript:alert(1)'",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "&#106;avascript:alert(1)",
                "mailto:a@example.org")) {
            String shown = target.replace("\\t", "\\u0009");
            cases.add(error("redirect_to " + target, true, post("redirect_to: \"" + target + "\"\n", "Gone."),
                    POST + ":3:1: error: redirect_to '" + shown + "' is not a web address (safe mode redirects only to "
                            + "http:, https: or a path of the site)"));
        }
        // jekyll-redirect-from writes it as it is; so does Colophon outside safe mode, with a warning.
        cases.add(builds("redirect_to javascript:", false, post("redirect_to: \"javascript:alert(1)\"\n", "Gone."),
                "2024/01/01/a.html=<script>location=\"javascript:alert(1)\"</script>",
                POST + ":3:1: warning: redirect_to 'javascript:alert(1)' is not a web address; it is written as it is, "
                        + "and a reader following it runs what it says (redirect to an http: or https: address, or to "
                        + "a path)"));
        for (String target : List.of("https://example.org/new/", "/new/", "../new/", "new.html#top", "//example.org/")) {
            cases.add(builds("redirect_to " + target, true, post("redirect_to: \"" + target + "\"\n", "Gone."),
                    "2024/01/01/a.html=<a href=\"" + target + "\">"));
        }
        // A path is written as a file name and as a JSON key, never run: not as Liquid, not as JSON.
        cases.add(builds("redirect_from with Liquid and a tab", true,
                post("redirect_from: [\"/old/{% endraw %}{{ 6 | times: 7 }}\\tx/\"]\n", "Moved."),
                "redirects.json={\"/old/{% endraw %}{{ 6 | times: 7 }}\\tx/\":\"https://example.org/2024/01/01/a.html\"}"));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileSafeMode(Case c) throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Map<String, String> files = new LinkedHashMap<>(Map.of("_config.yml", CONFIG, ".env", "SECRET=hunter2\n",
                ".git/config", "[remote] token = hunter2\n", "page.md~", "hunter2", "secrets.txt", "TOPSECRET\n",
                "_includes/.env", "SECRET=hunter2\n", "_snippets/note.md", "a note"));
        files.putAll(c.files());
        for (var file : files.entrySet()) {
            Files.createDirectories(site.resolve(file.getKey()).getParent());
            Files.writeString(site.resolve(file.getKey()), file.getValue());
        }
        Path destination = temp.resolve("out");
        Files.createDirectories(destination);
        Files.writeString(destination.resolve("index.html"), "<p>the previous site</p>");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("build", "-s", site.toString(), "-d", destination.toString()));
        if (c.safe()) {
            args.add("--safe");
        }
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));

        String messages = err.toString().replace("\r", "");
        assertEquals(c.expected(), messages.lines().filter(l -> !l.startsWith("Build failed")).toList(), messages + out);
        assertEquals(c.exit(), exit, messages);
        assertFalse(messages.contains("\tat ") || messages.contains("Exception"), messages);
        if (exit != 0) {
            try (Stream<Path> all = Files.walk(destination)) {
                assertEquals(List.of(destination.resolve("index.html")), all.filter(Files::isRegularFile).toList());
            }
            assertEquals("<p>the previous site</p>", Files.readString(destination.resolve("index.html")));
            return;
        }
        if (!c.shown().isEmpty()) {
            String[] fileAndText = c.shown().split("=", 2);
            String text = Files.readString(destination.resolve(fileAndText[0]));
            assertTrue(text.contains(fileAndText[1]), text);
            if (fileAndText[0].endsWith(".json")) {
                new ObjectMapper().readTree(text);
            }
        }
        try (Stream<Path> all = Files.walk(destination)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains(c.hidden()), file.toString());
            }
        }
    }
}
