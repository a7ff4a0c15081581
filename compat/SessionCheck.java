import dev.colophon.BuildOptions;
import dev.colophon.BuildSession;
import dev.colophon.Colophon;
import dev.colophon.MemorySite;
import dev.colophon.StoredFile;
import dev.colophon.diagnostic.BuildFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks build sessions against whole builds on real sites: each site is copied to a temporary folder and
 * built by a memory session, as {@code colophon serve} builds it; then author edits are applied one at a
 * time (and undone), each followed by the session's build told which files changed. After every build the
 * session's outputs must equal, byte for byte, what a fresh engine's whole build of the same folder writes.
 *
 * <pre>
 * java -cp cli/target/colophon.jar compat/SessionCheck.java compat/real [SITE...]
 * </pre>
 *
 * Prints a line per site and per mismatch (site, edit, file, first differing line) and exits 1 when there
 * was any mismatch. Run through {@code compat/sessions.sh}, which builds the jar first. A site whose whole
 * build fails is skipped; an edit that breaks a site must break the session's build with the same errors.
 */
public final class SessionCheck {

    /** Fixed, so that both builds publish the same posts; after every real site's newest post. */
    private static final BuildOptions OPTIONS = BuildOptions.defaults()
            .withNow(Instant.parse("2030-01-01T00:00:00Z")).withEnvironment("production");
    private static final Pattern POST = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.*)\\.(md|markdown|html)");
    private static final String MARK = "session-check";

    /** One author edit: the files it writes, with the text after it (null: the file is removed). */
    record Edit(String name, Map<Path, String> after) {
    }

    private final Path sites;
    private int edits;
    private int mismatches;
    /** Edits that broke the site: both builds failed alike. */
    private int failures;

    private SessionCheck(Path sites) {
        this.sites = sites;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java -cp colophon.jar SessionCheck.java SITES_FOLDER [SITE...]");
            System.exit(2);
        }
        // The sites' own Sass deprecation warnings, once per build, would bury the report.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
        SessionCheck check = new SessionCheck(Path.of(args[0]));
        List<String> names = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        if (names.isEmpty()) {
            try (Stream<Path> list = Files.list(check.sites)) {
                list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            }
        }
        long start = System.nanoTime();
        int checked = 0;
        Path temp = Files.createTempDirectory("session-check");
        for (String name : names) {
            if (check.site(name, temp.resolve(name))) {
                checked++;
            }
        }
        System.out.printf("total: %d sites checked of %d, %d edits (%d failing both builds alike), %d mismatches, %.1f s%n",
                checked, names.size(), check.edits, check.failures, check.mismatches, (System.nanoTime() - start) / 1e9);
        delete(temp);
        System.exit(check.mismatches == 0 ? 0 : 1);
    }

    /** Checks one site; false when its whole build fails (the site is skipped). */
    private boolean site(String name, Path work) throws IOException {
        long start = System.nanoTime();
        Path src = work.resolve("src");
        copy(sites.resolve(name), src);
        // A real site's SOURCE.md (where it comes from) is ours, not the site's (as run.sh).
        Files.deleteIfExists(src.resolve("SOURCE.md"));
        try {
            Colophon.create().build(src, work.resolve("whole"), OPTIONS);
        } catch (BuildFailedException e) {
            System.out.println(name + ": skipped, the whole build fails: " + firstLines(e));
            return false;
        }
        int before = mismatches;
        int editsBefore = edits;
        BuildSession session = Colophon.builder().cacheConversions(true).build().memorySession(src, src.resolve("_site"));
        session.build(OPTIONS, null);
        compare(name, "first build", session, work, null);
        String only = System.getProperty("edits", "");
        List<Edit> all = new ArrayList<>(edits(src).stream().filter(e -> e.name().contains(only)).toList());
        // Last, the first edit of each file all at once: a save of many files, as a branch switch makes.
        Map<Path, String> together = new TreeMap<>();
        all.forEach(edit -> edit.after().forEach(together::putIfAbsent));
        if (all.size() > 1) {
            all.add(new Edit("all files at once", together));
        }
        // First, and undone only after the others: Liquid in the oldest post's body that reads the site, so that
        // the later edits change what a kept body read.
        Optional<Edit> reading = readingLiquid(src);
        if (reading.isPresent()) {
            all.add(0, reading.get());
        }
        Map<Path, String> lastUndo = null;
        for (Edit edit : all) {
            Map<Path, String> undo = new TreeMap<>();
            for (Path file : edit.after().keySet()) {
                undo.put(file, Files.isRegularFile(file) ? Files.readString(file) : null);
            }
            apply(name, edit.name(), edit.after(), src, session, work);
            if (reading.isPresent() && edit == reading.get()) {
                lastUndo = undo;
            } else {
                apply(name, "undo " + edit.name(), undo, src, session, work);
            }
        }
        if (lastUndo != null) {
            apply(name, "undo " + reading.get().name(), lastUndo, src, session, work);
        }
        randomEdits(name, all, src, session, work);
        System.out.printf("%s: %d edits, %d mismatches, %.1f s%n", name, edits - editsBefore, mismatches - before,
                (System.nanoTime() - start) / 1e9);
        return true;
    }

    /**
     * {@code -Drandom=N}: N more steps, each one of the edits above chosen at random (seed {@code -Dseed}, 1)
     * and left in place, so that edits pile up on one another as an author's do; then every file restored.
     */
    private void randomEdits(String site, List<Edit> all, Path src, BuildSession session, Path work) throws IOException {
        int steps = Integer.getInteger("random", 0);
        if (steps == 0 || all.isEmpty()) {
            return;
        }
        java.util.Random random = new java.util.Random(Long.getLong("seed", 1));
        Map<Path, String> original = new TreeMap<>();
        for (int step = 0; step < steps; step++) {
            Edit edit = all.get(random.nextInt(all.size()));
            for (Path file : edit.after().keySet()) {
                original.putIfAbsent(file, Files.isRegularFile(file) ? Files.readString(file) : null);
            }
            apply(site, "step " + step + ": " + edit.name(), edit.after(), src, session, work);
        }
        apply(site, "every file restored after " + steps + " steps", original, src, session, work);
    }

    private void apply(String site, String edit, Map<Path, String> files, Path src, BuildSession session, Path work)
            throws IOException {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<Path, String> file : files.entrySet()) {
            if (file.getValue() == null) {
                Files.deleteIfExists(file.getKey());
            } else {
                Files.createDirectories(file.getKey().getParent());
                Files.writeString(file.getKey(), file.getValue());
            }
            changed.add(src.relativize(file.getKey()).toString().replace('\\', '/'));
        }
        edits++;
        String failed = null;
        try {
            session.build(OPTIONS, changed);
        } catch (BuildFailedException e) {
            failed = firstLines(e);
        }
        compare(site, edit, session, work, failed);
    }

    /**
     * The session's site in memory against a fresh whole build of the same folder; when the session's build
     * failed ({@code failed}, its errors), the whole build must fail too, with the same errors.
     */
    private void compare(String site, String edit, BuildSession session, Path work, String failed) throws IOException {
        Path whole = work.resolve("whole");
        delete(whole);
        try {
            Colophon.create().build(session.source(), whole, OPTIONS);
        } catch (BuildFailedException e) {
            if (failed == null) {
                mismatch(site, edit, "-", "only the whole build failed: " + firstLines(e));
            } else if (!failed.equals(firstLines(e))) {
                mismatch(site, edit, "-", "both failed, the session with " + failed + ", the whole build with " + firstLines(e));
            } else {
                failures++;
            }
            return;
        }
        if (failed != null) {
            mismatch(site, edit, "-", "only the session's build failed: " + failed);
            return;
        }
        MemorySite memory = session.memory().orElseThrow();
        Map<String, byte[]> expected = tree(whole);
        Set<String> paths = new TreeSet<>(expected.keySet());
        paths.addAll(memory.paths());
        for (String path : paths) {
            byte[] want = expected.get(path);
            Optional<StoredFile> stored = memory.file(path);
            Optional<byte[]> got = stored.isPresent() ? Optional.of(stored.get().bytes()) : Optional.empty();
            if (want == null) {
                mismatch(site, edit, path, "only the session has it");
            } else if (got.isEmpty()) {
                mismatch(site, edit, path, "only the whole build has it");
            } else if (!Arrays.equals(want, got.get())) {
                mismatch(site, edit, path, firstDifference(got.get(), want));
            }
        }
    }

    private void mismatch(String site, String edit, String file, String what) {
        mismatches++;
        System.out.println("  MISMATCH " + site + " | " + edit + " | " + file + " | " + what);
    }

    private static String firstLines(BuildFailedException e) {
        return String.join(" / ", e.getMessage().lines().limit(3).toList());
    }

    private static String firstDifference(byte[] session, byte[] whole) {
        List<String> a = new String(session, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(whole, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "<end>";
            String y = i < b.size() ? b.get(i) : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": session «" + clip(x) + "» whole «" + clip(y) + "»";
            }
        }
        return "line endings differ";
    }

    private static String clip(String line) {
        String s = line.strip();
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    /** The edits an author makes to this site, those it has the files for. */
    private static List<Edit> edits(Path src) throws IOException {
        List<Edit> edits = new ArrayList<>();
        List<Path> posts = posts(src);
        Set<Path> picked = new LinkedHashSet<>();
        if (!posts.isEmpty()) {
            picked.add(posts.get(posts.size() - 1));
            picked.add(posts.get(posts.size() / 2));
            picked.add(posts.get(0));
        }
        for (Path post : picked) {
            String rel = src.relativize(post).toString();
            String text = Files.readString(post);
            edits.add(new Edit("body of " + rel, Map.of(post, text + "\n\nA paragraph the " + MARK + " added.\n")));
            edits.add(new Edit("title of " + rel, Map.of(post, withTitle(text, "Retitled by the " + MARK))));
            withTag(text).ifPresent(t -> edits.add(new Edit("tags of " + rel, Map.of(post, t))));
            // The start of the body: the excerpt, which listings show.
            edits.add(new Edit("excerpt of " + rel, Map.of(post, atBodyStart(text, "Words the " + MARK + " put first. "))));
        }
        if (posts.size() > 2) {
            // The middle post moved to the top by its front matter's date, and its categories changed.
            Path middle = posts.get(posts.size() / 2);
            Matcher m = POST.matcher(posts.get(posts.size() - 1).getFileName().toString());
            m.matches();
            String later = LocalDate.parse(m.group(1)).plusDays(2).toString();
            String text = read(middle);
            edits.add(new Edit("date of " + src.relativize(middle), Map.of(middle, withFront(text, "date", later))));
            edits.add(new Edit("categories of " + src.relativize(middle),
                    Map.of(middle, withFront(text, "categories", "[" + MARK + "]"))));
            edits.add(new Edit("permalink of " + src.relativize(middle),
                    Map.of(middle, withFront(text, "permalink", "/" + MARK + "/moved/"))));
            edits.add(new Edit("unpublished " + src.relativize(middle), Map.of(middle, withFront(text, "published", "false"))));
        }
        if (!posts.isEmpty()) {
            Path newest = posts.get(posts.size() - 1);
            Matcher m = POST.matcher(newest.getFileName().toString());
            m.matches();
            String date = LocalDate.parse(m.group(1)).plusDays(1).toString();
            Path added = newest.resolveSibling(date + "-" + MARK + "." + m.group(3));
            String text = withTitle(Files.readString(newest), "A post the " + MARK + " added")
                    .replaceFirst("(?m)^date:.*$", "date: " + date);
            edits.add(new Edit("new post " + src.relativize(added), Map.of(added, text)));
            Path middle = posts.get(posts.size() / 2);
            Map<Path, String> gone = new TreeMap<>();
            gone.put(middle, null);
            edits.add(new Edit("removed post " + src.relativize(middle), gone));
        }
        page(src).ifPresent(p -> edits.add(new Edit("body of page " + src.relativize(p),
                Map.of(p, read(p) + (p.toString().endsWith(".html") ? "\n<p>A paragraph the " + MARK + " added.</p>\n"
                        : "\n\nA paragraph the " + MARK + " added.\n")))));
        Optional<Path> titledPage = pages(src).stream().filter(p -> front(read(p)).matches("(?s)(.*\n)?title:.*")).findFirst();
        titledPage.ifPresent(p -> {
            String text = read(p);
            edits.add(new Edit("title of page " + src.relativize(p), Map.of(p, withTitle(text, "Retitled by the " + MARK))));
            Path copy = p.resolveSibling(MARK + "-page" + p.getFileName().toString().replaceFirst("^[^.]*", ""));
            // Without the original's permalink, which would give both pages one URL.
            String added = withTitle(text, "A page the " + MARK + " added").replaceFirst("(?m)^permalink:.*\n", "");
            edits.add(new Edit("new page " + src.relativize(copy), Map.of(copy, added)));
            Map<Path, String> gone = new TreeMap<>();
            gone.put(p, null);
            edits.add(new Edit("removed page " + src.relativize(p), gone));
        });
        for (Path document : documents(src)) {
            String rel = src.relativize(document).toString();
            String text = read(document);
            edits.add(new Edit("body of document " + rel, Map.of(document, text + "\n\nA paragraph the " + MARK + " added.\n")));
            edits.add(new Edit("title of document " + rel, Map.of(document, withTitle(text, "Retitled by the " + MARK))));
        }
        Path asset = src.resolve(MARK + ".txt");
        edits.add(new Edit("new static file " + MARK + ".txt", Map.of(asset, "A file the " + MARK + " added.\n")));
        Path config = src.resolve("_config.yml");
        if (Files.isRegularFile(config)) {
            String text = read(config);
            String titled = text.matches("(?s)(.*\n)?title:.*")
                    ? text.replaceFirst("(?m)^title:.*$", "title: Retitled by the " + MARK)
                    : text + "\ntitle: Retitled by the " + MARK + "\n";
            edits.add(new Edit("_config.yml title", Map.of(config, titled)));
        }
        first(src.resolve("_layouts"), "default.html", ".html").ifPresent(p -> edits.add(
                new Edit("layout " + src.relativize(p), Map.of(p, read(p) + "\n<!-- " + MARK + " -->\n"))));
        first(src.resolve("_includes"), "footer.html", ".html").ifPresent(p -> edits.add(
                new Edit("include " + src.relativize(p), Map.of(p, read(p) + "\n<!-- " + MARK + " -->\n"))));
        first(src.resolve("_data"), "", ".yml").flatMap(p -> withData(read(p)).map(t -> Map.of(p, t)))
                .ifPresent(f -> edits.add(new Edit("data " + src.relativize(f.keySet().iterator().next()), f)));
        stylesheet(src).ifPresent(p -> edits.add(new Edit("stylesheet " + src.relativize(p),
                Map.of(p, read(p) + "\n." + MARK + " { color: #123456; }\n"))));
        first(src.resolve("_sass"), "", ".scss").ifPresent(p -> edits.add(new Edit("sass partial " + src.relativize(p),
                Map.of(p, read(p) + "\n." + MARK + "-partial { color: #654321; }\n"))));
        return edits;
    }

    /** The oldest post's body with Liquid reading the site's title, posts, pages and its neighbour. */
    private static Optional<Edit> readingLiquid(Path src) throws IOException {
        List<Path> posts = posts(src);
        if (posts.isEmpty()) {
            return Optional.empty();
        }
        Path oldest = posts.get(0);
        String liquid = "\n\nSite {{ site.title }}, {{ site.posts.size }} posts, newest "
                + "{{ site.posts.first.title }} ({{ site.posts.first.url }}), {{ site.pages.size }} pages ({{ site.pages | map: 'title' | join: ', ' }}), next "
                + "{{ page.next.title }}, tags {{ site.tags.size }}, files {{ site.static_files.size }}.\n";
        return Optional.of(new Edit("Liquid reading the site in " + src.relativize(oldest),
                Map.of(oldest, read(oldest) + liquid)));
    }

    /** The posts under any {@code _posts} folder, oldest first by the date in their names. */
    private static List<Path> posts(Path src) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> src.relativize(p).toString().matches("(.*/)?_posts/.*"))
                    .filter(p -> POST.matcher(p.getFileName().toString()).matches())
                    .filter(p -> read(p).startsWith("---"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** A page: Markdown first, else HTML. */
    private static Optional<Path> page(Path src) throws IOException {
        return pages(src).stream().findFirst();
    }

    /**
     * The pages with front matter outside any {@code _} or dot folder: Markdown before HTML, shallow before
     * deep.
     */
    private static List<Path> pages(Path src) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !src.relativize(p).toString().matches("(.*/)?[_.].*"))
                    .filter(p -> p.toString().matches(".*\\.(md|markdown|html)"))
                    .filter(p -> read(p).startsWith("---"))
                    .sorted(Comparator.comparing((Path p) -> p.toString().endsWith(".html"))
                            .thenComparing(p -> src.relativize(p).getNameCount()).thenComparing(Path::toString))
                    .toList();
        }
    }

    /** The first and last Markdown document with front matter of each other {@code _} folder (collections). */
    private static List<Path> documents(Path src) throws IOException {
        Set<String> known = Set.of("_posts", "_layouts", "_includes", "_data", "_sass", "_site", "_drafts", "_plugins");
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> list = Files.list(src)) {
            for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                if (!name.startsWith("_") || known.contains(name)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder)) {
                    List<Path> docs = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(md|markdown)"))
                            .filter(p -> read(p).startsWith("---")).sorted().toList();
                    if (!docs.isEmpty()) {
                        documents.add(docs.get(0));
                        if (docs.size() > 1) {
                            documents.add(docs.get(docs.size() - 1));
                        }
                    }
                }
            }
        }
        return documents;
    }

    /** A stylesheet: one under assets first, else any outside {@code _} folders. */
    private static Optional<Path> stylesheet(Path src) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !src.relativize(p).toString().matches("(.*/)?[_.].*"))
                    .filter(p -> p.toString().matches(".*\\.(scss|css)"))
                    .min(Comparator.comparing((Path p) -> !src.relativize(p).startsWith("assets"))
                            .thenComparing(p -> !p.toString().endsWith(".scss")).thenComparing(Path::toString));
        }
    }

    /** The file named {@code preferred} in {@code folder}, else the first there (recursively) ending so. */
    private static Optional<Path> first(Path folder, String preferred, String ending) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        if (!preferred.isEmpty() && Files.isRegularFile(folder.resolve(preferred))) {
            return Optional.of(folder.resolve(preferred));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(ending)).sorted().findFirst();
        }
    }

    private static String withTitle(String text, String title) {
        return withFront(text, "title", "\"" + title + "\"");
    }

    /**
     * The text with a front matter key set to a YAML value: replaced when given on one line, else added (a
     * block value, such as a list of tags, is left under another key, so that the key is given once).
     */
    private static String withFront(String text, String key, String value) {
        String front = front(text);
        String rest = text.substring(front.length());
        Pattern line = Pattern.compile("(?m)^" + key + ":[ \t]*\\S.*$");
        front = line.matcher(front).find()
                ? line.matcher(front).replaceFirst(Matcher.quoteReplacement(key + ": " + value))
                : front.replaceFirst("(?m)^" + key + ":[ \t]*$", "_replaced_" + key + ":") + "\n" + key + ": " + value;
        return front + rest;
    }

    /** The front matter of a text, from its first {@code ---} up to the line that closes it. */
    private static String front(String text) {
        int end = text.indexOf("\n---", 3);
        return end < 0 ? "" : text.substring(0, end);
    }

    private static String atBodyStart(String text, String words) {
        int end = text.indexOf("\n---", 3);
        int body = text.indexOf('\n', end + 4);
        if (body < 0) {
            return text + "\n" + words;
        }
        // Past the blank lines, so that the words start the first paragraph.
        int start = body + 1;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        return text.substring(0, start) + words + text.substring(start);
    }

    /** The post with one more tag, when its front matter has tags. */
    private static Optional<String> withTag(String text) {
        int end = text.indexOf("\n---", 3);
        String front = text.substring(0, end);
        Matcher inline = Pattern.compile("(?m)^tags:[ \t]*(\\S.*)$").matcher(front);
        if (inline.find()) {
            String value = inline.group(1).strip();
            String tagged = value.startsWith("[") ? "[" + MARK + ", " + value.substring(1) : value + " " + MARK;
            return Optional.of(front.substring(0, inline.start(1)) + tagged + front.substring(inline.end(1))
                    + text.substring(end));
        }
        Matcher block = Pattern.compile("(?m)^tags:[ \t]*\n([ \t]*)- ").matcher(front);
        if (block.find()) {
            return Optional.of(front.substring(0, block.start(1)) + block.group(1) + "- " + MARK + "\n"
                    + front.substring(block.start(1)) + text.substring(end));
        }
        return Optional.empty();
    }

    /** The data file with its first plain string value changed. */
    private static Optional<String> withData(String text) {
        Matcher m = Pattern.compile("(?m)^(\\s*(?:- )?[A-Za-z_][\\w-]*:[ \t]+)([A-Za-z][^\\n#:]*)$").matcher(text);
        return m.find() ? Optional.of(text.substring(0, m.end(2)) + " (" + MARK + ")" + text.substring(m.end(2)))
                : Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            // Binary files are read as text by mistake only by the filters above: none of them is a post.
            return "";
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
