package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same sources give the same bytes: whatever the thread count, the machine's time zone, locale and
 * default charset, the folder the sources are in, or the order and times the files were written in.
 * Each build runs in a JVM of its own, so defaults read once at class loading differ too.
 */
class ReproducibleBuildTest {

    /** Both builds get the same {@code SOURCE_DATE_EPOCH}: 2024-06-01T12:00:00Z. */
    private static final String EPOCH = "1717243200";

    private static final String[] TAGS = {"java", "Java Tools", "café", "日本語", "IDE Tips", "c++", "release notes",
        "ünïcödé"};
    private static final String[] CATEGORIES = {"notes", "Reisen", "howto"};

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameSourcesAreByteForByteEqual() throws IOException {
        Map<String, byte[]> files = site();

        // Copy A: written in name order, older files first.
        Path sourceA = temp.resolve("a/site");
        List<String> order = new ArrayList<>(files.keySet());
        write(sourceA, files, order, Instant.parse("2020-01-01T00:00:00Z"), 60);
        // Copy B: another folder name, written in reverse order, each file's time far from A's, so neither
        // directory listing order nor modification times can decide anything.
        Path sourceB = temp.resolve("b/checkout of the site");
        Collections.reverse(order);
        write(sourceB, files, order, Instant.parse("2023-12-31T23:59:59Z"), -3600);

        Path destA = temp.resolve("a/out");
        Path destB = temp.resolve("b/public");
        CliProcess kiritimati = new CliProcess(temp.resolve("a.log"))
                .jvm("-Duser.timezone=Pacific/Kiritimati").env("TZ", "Pacific/Kiritimati")
                // Turkish: the dotless ı of "I".toLowerCase() and decimal commas.
                .jvm("-Duser.language=tr").jvm("-Duser.country=TR").jvm("-Dfile.encoding=UTF-8")
                .env("SOURCE_DATE_EPOCH", EPOCH);
        CliProcess losAngeles = new CliProcess(temp.resolve("b.log"))
                .jvm("-Duser.timezone=America/Los_Angeles").env("TZ", "America/Los_Angeles")
                // Persian: its own digits (۲۰۲۳) wherever a number is formatted with the default locale.
                .jvm("-Duser.language=fa").jvm("-Duser.country=IR").jvm("-Dfile.encoding=ISO-8859-1")
                .env("SOURCE_DATE_EPOCH", EPOCH);

        assertEquals(0, kiritimati.run("build", "-s", sourceA.toString(), "-d", destA.toString(), "--threads", "1",
                "--drafts"), kiritimati::output);
        assertEquals(0, losAngeles.run("build", "-s", sourceB.toString(), "-d", destB.toString(), "--threads", "4",
                "--drafts"), losAngeles::output);

        List<String> listA = list(destA);
        List<String> listB = list(destB);
        // A sanity check that the site is what this test means it to be, so an empty or broken build cannot pass.
        assertTrue(listA.size() > 100, () -> "too few outputs: " + listA);
        assertTrue(listA.containsAll(List.of("feed.xml", "rss.xml", "feed.json", "sitemap.xml", "page12/index.html",
                "archive.html", "assets/css/site.css", "assets/css/site.css.map", "assets/img/pixel.png",
                "recipes/bread.html", "reisen/2023/01/08/post-1.html", "2023/12/01/a-draft.html")), () -> "missing outputs: " + listA);
        assertTrue(Files.readString(destA.resolve("reisen/2023/01/08/post-1.html")).contains("class=\"footnotes\""),
                "post 1 has a footnote");
        compare(destA, listA, destB, listB);
    }

    /** The sources: 60 posts, a draft, a future post, pages, data, static files, Sass and a collection. */
    private static Map<String, byte[]> site() {
        Map<String, String> text = new TreeMap<>();
        text.put("_config.yml", """
                title: Reproducible Notes
                description: Same input, same bytes — über alles
                url: https://example.org
                baseurl: /blog
                author:
                  name: Ada Lovelace
                permalink: /:categories/:year/:month/:day/:title:output_ext
                paginate: 5
                feed:
                  limit: 20
                  tags: true
                collections:
                  recipes:
                    output: true
                exclude: [README.md]
                """);
        text.put("README.md", "Not part of the site.\n");
        for (int i = 1; i <= 60; i++) {
            text.put(postPath(i), post(i));
        }
        // Drafts without a date are dated by their file's modification time, as in Jekyll: give it one.
        text.put("_drafts/a-draft.md", "---\ntitle: A draft — Entwurf\ndate: 2023-12-01 10:00:00 +0100\ntags: [java]\n---\n"
                + "Not finished[^1].\n\n[^1]: Really not.\n");
        text.put("_posts/2030-01-01-from-the-future.md", "---\ntitle: Not yet\n---\nAfter SOURCE_DATE_EPOCH: not built.\n");
        text.put("about.md", "---\nlayout: page\ntitle: Über uns\n---\nWe write about *things* — naïvely.\n");
        text.put("archive.html", """
                ---
                layout: page
                title: Archive
                ---
                <p>{{ site.time | date: "%Y-%m-%d %H:%M:%S %z %A %B" }} {{ site.time | date_to_xmlschema }}
                {{ site.time | date_to_rfc822 }} {{ site.time | date_to_long_string }}</p>
                <p>{% for tag in site.tags %}{{ tag[0] }}={{ tag[1] | size }} {% endfor %}</p>
                <p>{% for c in site.categories %}{{ c[0] }}={{ c[1] | size }} {% endfor %}</p>
                <p>{% for p in site.pages %}{{ p.url }} {% endfor %}</p>
                <p>{% for f in site.static_files %}{{ f.path }} {% endfor %}</p>
                <p>{% for r in site.recipes %}{{ r.title }} {% endfor %}</p>
                <p>{% for p in site.posts %}{{ p.date | date: "%a %d %b %Y %H:%M %Z" }}; {% endfor %}</p>
                <p>{{ site.data.team | map: "name" | join: ", " }} {{ site.data.books | map: "title" | join: ", " }}
                {{ site.data.links.home }}</p>
                <p>{{ "TITLE INFO İ" | downcase }} {{ "title info ı" | upcase }} {{ "Ünïcode Tıtle" | slugify }}</p>
                <p>{{ 3.14159 | round: 2 }} {{ 10 | divided_by: 4.0 }} {{ 1234567.891 | times: 2 }}</p>
                """);
        text.put("_data/team.yml", "- name: Zoë\n  role: editor\n- name: Ingrid\n  role: writer\n- name: Ōkubo\n");
        text.put("_data/books.csv", "title,year\nÇalıkuşu,1922\nDer Zauberberg,1924\n");
        text.put("_data/links.json", "{\"home\": \"https://example.org/\", \"nested\": {\"a\": [1, 2.5, true]}}");
        text.put("_sass/_base.scss", "$accent: #c33;\n@mixin card { padding: 1rem; border: 1px solid $accent; }\n");
        text.put("assets/css/site.scss", "---\n---\n@use \"base\";\nbody { color: base.$accent; }\n"
                + ".card { @include base.card; }\n.ü::after { content: \"→ ü\"; }\n");
        text.put("files/notes.txt", "Plain text, copied as it is: ⌘ ✓\n");
        text.put("_recipes/bread.md", "---\ntitle: Brot\n---\nFlour, water, salt, time.\n");
        text.put("_recipes/soup.md", "---\ntitle: Soupe à l'oignon\n---\nOnions, *lots* of them.\n");

        Map<String, byte[]> files = new TreeMap<>();
        text.forEach((path, content) -> files.put(path, content.getBytes(StandardCharsets.UTF_8)));
        // A tiny PNG: static files are copied byte for byte.
        files.put("assets/img/pixel.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        return files;
    }

    /** Several posts share a day, some a whole date and time: ties must be broken the same way every time. */
    private static String postPath(int i) {
        return String.format("_posts/2023-%02d-%02d-post-%d.md", 1 + i / 6 % 12, 1 + (i * 7) % 28, i);
    }

    private static String post(int i) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: \"Post ").append(i).append(i % 4 == 0 ? ": Zürich — naïve café 日本 🎉 \\\"quoted\\\" & <b>" : "")
                .append("\"\n");
        if (i % 3 == 0) {
            // A time near midnight, with an offset far from UTC: the day in the URL must not follow the machine.
            fm.append("date: ").append(postPath(i), 7, 17).append(i % 2 == 0 ? " 23:30:00 -1000\n" : " 00:15:00 +1400\n");
        } else if (i % 5 == 0) {
            fm.append("date: ").append(postPath(i), 7, 17).append(" 12:00:00\n");
        }
        fm.append("tags: [").append(TAGS[i % TAGS.length]);
        if (i % 2 == 0) {
            fm.append(", \"").append(TAGS[(i * 3 + 1) % TAGS.length]).append('"');
        }
        fm.append("]\ncategories: [").append(CATEGORIES[i % CATEGORIES.length]).append("]\n---\n");

        StringBuilder body = new StringBuilder();
        body.append("Paragraph one of post ").append(i).append(", with *emphasis*, `code` and \"quotes\" -- ")
                .append("and non-ASCII: Ærøskøbing, Δελτα, עברית, 😀.");
        if (i % 2 == 1) {
            body.append(" A claim that needs a note[^n").append(i).append("].");
        }
        body.append("\n\nParagraph two links [home](/) and ![a pixel](/assets/img/pixel.png).\n\n");
        if (i % 4 == 0) {
            body.append("```java\nclass P").append(i).append(" {\n    String s = \"é\"; // comment\n}\n```\n\n");
        }
        if (i % 5 == 0) {
            body.append("{% highlight ruby linenos %}\ndef hello(n)\n  puts \"hi #{n}\"\nend\n{% endhighlight %}\n\n");
        }
        if (i % 6 == 0) {
            body.append("| a | b |\n|---|--:|\n| 1 | 2.5 |\n\n");
        }
        if (i % 7 == 0 && i > 1) {
            String previous = postPath(i - 1);
            body.append("See {% post_url ").append(previous, 7, previous.length() - 3).append(" %}.\n\n");
        }
        if (i % 2 == 1) {
            body.append("[^n").append(i).append("]: The note of post ").append(i).append(".\n");
        }
        return fm.append(body).toString();
    }

    private static void write(Path root, Map<String, byte[]> files, List<String> order, Instant start, long step)
            throws IOException {
        Instant time = start;
        for (String path : order) {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, files.get(path));
            Files.setLastModifiedTime(file, FileTime.from(time));
            time = time.plusSeconds(step);
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static void compare(Path destA, List<String> listA, Path destB, List<String> listB) throws IOException {
        if (!listA.equals(listB)) {
            TreeSet<String> onlyA = new TreeSet<>(listA);
            onlyA.removeAll(listB);
            TreeSet<String> onlyB = new TreeSet<>(listB);
            onlyB.removeAll(listA);
            fail("the two builds wrote different files; only in the first (" + onlyA.size() + "): " + firstFew(onlyA)
                    + ", only in the second (" + onlyB.size() + "): " + firstFew(onlyB));
        }
        List<String> differing = new ArrayList<>();
        for (String path : listA) {
            if (!Arrays.equals(Files.readAllBytes(destA.resolve(path)), Files.readAllBytes(destB.resolve(path)))) {
                differing.add(path);
            }
        }
        if (!differing.isEmpty()) {
            String first = differing.get(0);
            fail(differing.size() + " of " + listA.size() + " files differ: " + firstFew(differing) + "\nfirst, " + first + ":\n"
                    + diff(Files.readAllBytes(destA.resolve(first)), Files.readAllBytes(destB.resolve(first))));
        }
    }

    private static String firstFew(java.util.Collection<String> paths) {
        List<String> few = paths.stream().limit(8).toList();
        return few + (paths.size() > few.size() ? " …" : "");
    }

    /** The first differing line of each, with its number, shortened around the first differing character. */
    private static String diff(byte[] a, byte[] b) {
        List<String> linesA = new String(a, StandardCharsets.UTF_8).lines().toList();
        List<String> linesB = new String(b, StandardCharsets.UTF_8).lines().toList();
        int line = 0;
        while (line < linesA.size() && line < linesB.size() && linesA.get(line).equals(linesB.get(line))) {
            line++;
        }
        String left = line < linesA.size() ? linesA.get(line) : "(end of file)";
        String right = line < linesB.size() ? linesB.get(line) : "(end of file)";
        int column = 0;
        while (column < left.length() && column < right.length() && left.charAt(column) == right.charAt(column)) {
            column++;
        }
        return "line " + (line + 1) + ", column " + (column + 1) + ":\n- " + around(left, column) + "\n+ "
                + around(right, column) + "\n";
    }

    private static String around(String line, int column) {
        int from = Math.max(0, column - 100);
        int to = Math.min(line.length(), column + 100);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }
}
