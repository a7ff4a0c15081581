package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.NastyText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a source file or folder is called, and whatever its {@code permalink}, {@code slug} or
 * {@code categories} say, the build writes inside the destination or fails cleanly (exit 1 with a message,
 * no internal error), and leaves nothing beside or above the destination. Random names from
 * {@link NastyText}: any character Linux allows, dot segments, escapes, separators of other systems.
 */
class FileNamesPropertyTest {

    private static final int BUILDS = 30;
    private static final int FILES_PER_BUILD = 6;
    private static final String[] PERMALINKS = {"date", "pretty", "none", "/:categories/:title/",
        "/:title:output_ext", "/:categories/:slug/", "/:year/:title/"};

    @TempDir
    Path temp;

    @Test
    void everyBuildWritesInsideTheDestinationOrFailsCleanly() throws IOException {
        NastyText nasty = NastyText.seeded();
        Random random = nasty.random();
        int succeeded = 0;
        for (int build = 0; build < BUILDS; build++) {
            // Deep enough that a path with a few ".." segments still lands inside what is watched.
            Path root = temp.resolve("build-" + build);
            Path watched = root.resolve("a/b/c");
            Path source = watched.resolve("site");
            Path dest = watched.resolve("out");
            Files.createDirectories(source);
            Files.writeString(source.resolve("_config.yml"), "url: https://example.org\npermalink: "
                    + PERMALINKS[random.nextInt(PERMALINKS.length)] + "\n");
            List<String> written = new ArrayList<>();
            // Every other site is one that should build: names Colophon accepts, nothing that sets a path.
            // Without them, nearly every site would fail on its first bad name and no write would be tested.
            boolean tame = build % 2 == 0;
            for (int f = 0; f < FILES_PER_BUILD; f++) {
                writeSourceFile(nasty, source, f, tame, written);
            }
            TreeSet<String> before = outside(root, source, dest);

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "-s",
                    source.toString(), "-d", dest.toString(), "--drafts");
            String what = nasty.replay() + ", build " + build + " of " + written + ":\n" + err;

            assertTrue(exit == 0 || exit == 1, () -> "exit " + exit + " for " + what);
            assertTrue(!err.toString().contains("internal error"), () -> "not a clean failure: " + what);
            TreeSet<String> after = outside(root, source, dest);
            assertTrue(before.equals(after), () -> "files appeared or went outside the destination: before "
                    + before + ", after " + after + ", " + what);
            if (exit == 0) {
                succeeded++;
                assertInside(dest, what);
            } else {
                assertTrue(!Files.exists(dest), () -> "a failed build wrote the destination: " + what);
            }
        }
        // Without this, a generator whose sites always failed would pass without testing a single write.
        int ok = succeeded;
        assertTrue(ok >= BUILDS / 4, () -> nasty.replay() + ": only " + ok + " of " + BUILDS + " builds succeeded");
    }

    /**
     * A post, draft, page, folder of pages, category folder or static file with a random name; sometimes
     * with a random permalink, slug or categories too. Names the file system refuses are skipped.
     *
     * @param tame only names Colophon accepts (no backslash, no drive letter), no category folders (a
     *     category without letters or digits has an empty slug, and its page clashes with the index today),
     *     and no permalink, slug or categories in the front matter
     */
    private static void writeSourceFile(NastyText nasty, Path source, int n, boolean tame, List<String> written)
            throws IOException {
        Random random = nasty.random();
        String name = tame ? tameName(nasty) : nasty.fileName(1, 4);
        int kind = random.nextInt(8);
        if (tame && kind == 5) {
            kind = 2;
        }
        String path = switch (kind) {
            case 0 -> "_posts/2020-01-0" + (1 + n) + "-" + name + ".md";
            case 1 -> "_drafts/" + name + ".md";
            case 2 -> name + ".md";
            case 3 -> name + "/" + (tame ? tameName(nasty) : nasty.fileName(1, 3)) + ".html";
            case 4 -> name + "/index.md";
            case 5 -> name + "/_posts/2020-02-0" + (1 + n) + "-p" + n + ".md";
            case 6 -> name;
            default -> name + "/" + (tame ? tameName(nasty) : nasty.fileName(1, 3));
        };
        boolean page = path.endsWith(".md") || path.endsWith(".html");
        StringBuilder text = new StringBuilder();
        if (page) {
            text.append("---\ntitle: File ").append(n).append('\n');
            switch (tame ? -1 : random.nextInt(5)) {
                case 0 -> text.append("permalink: ").append(NastyText.yamlQuoted(nasty.path())).append('\n');
                case 1 -> text.append("slug: ").append(NastyText.yamlQuoted(nasty.fileName(1, 3))).append('\n');
                case 2 -> text.append("categories: [").append(NastyText.yamlQuoted(nasty.fileName(1, 3))).append(", ")
                        .append(NastyText.yamlQuoted(nasty.path())).append("]\n");
                default -> {
                }
            }
            text.append("---\n");
        }
        text.append("File ").append(n).append(".\n");
        Path file;
        try {
            file = source.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return;
        }
        // The test's own writing must stay in the source folder (fileName never gives "." or "..").
        assertTrue(file.startsWith(source) && !file.equals(source), () -> "the test made a bad path: " + path);
        try {
            Files.createDirectories(file.getParent());
            if (Files.isDirectory(file)) {
                return;
            }
            Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            written.add(show(source.relativize(file).toString()));
        } catch (FileSystemException e) {
            // A name too long, or a file where a folder is wanted: not a name the site can have.
        }
    }

    private static String tameName(NastyText nasty) {
        while (true) {
            String name = nasty.fileName(1, 4);
            if (name.indexOf('\\') < 0 && (name.length() < 2 || name.charAt(1) != ':')) {
                return name;
            }
        }
    }

    /** Every file and folder under {@code root} but the source and the destination. */
    private static TreeSet<String> outside(Path root, Path source, Path dest) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            TreeSet<String> found = new TreeSet<>();
            paths.filter(p -> !p.startsWith(source) && !p.startsWith(dest))
                    .forEach(p -> found.add(show(root.relativize(p).toString())));
            return found;
        }
    }

    /** Every file the build wrote is really inside the destination, links resolved. */
    private static void assertInside(Path dest, String what) throws IOException {
        Path real = dest.toRealPath();
        try (Stream<Path> paths = Files.walk(dest)) {
            for (Path p : paths.toList()) {
                assertTrue(!Files.isSymbolicLink(p), () -> "the build made a link " + p + ": " + what);
                assertTrue(p.toRealPath().startsWith(real), () -> p + " is outside the destination: " + what);
            }
        }
    }

    /** Characters that do not print, as escapes, so a failure message shows what was there. */
    private static String show(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c > 0x7E
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
