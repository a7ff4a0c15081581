package dev.colophon;

import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.graph.Reads;
import dev.colophon.internal.memo.BuildMemory;
import dev.colophon.internal.memo.FileStamps;
import dev.colophon.internal.output.BuildRenderContext;
import dev.colophon.internal.output.DestinationLock;
import dev.colophon.internal.output.Origins;
import dev.colophon.internal.output.OutputPlan;
import dev.colophon.internal.output.OutputTarget;
import dev.colophon.internal.output.SiteWriter;
import dev.colophon.internal.output.StaticFilesRenderer;
import dev.colophon.internal.pipeline.Bodies;
import dev.colophon.internal.pipeline.Build;
import dev.colophon.internal.pipeline.ConversionCache;
import dev.colophon.internal.pipeline.PostEdits;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.internal.pipeline.SiteReader;
import dev.colophon.internal.source.DirectorySource;
import dev.colophon.internal.template.RenderOrder;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Content;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.Plugin;
import dev.colophon.internal.plugin.Plugins;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Builds static blogs from Jekyll-style sources. Thread-safe: create one and use it for any number of
 * builds. Its plugins are fixed when it is built; an engine made to cache conversions or remember builds
 * also keeps what those need between builds.
 *
 * <pre>{@code
 * Colophon colophon = Colophon.create();             // plugins found on the class path
 * BuildResult result = colophon.build(Path.of("blog"), Path.of("blog/_site"), BuildOptions.defaults());
 *
 * RenderedPage page = colophon.render("_posts/2021-03-26-hello.md", "---\ntitle: Hello\n---\nIt's *here*.");
 * }</pre>
 */
public final class Colophon {

    private final Plugins plugins;
    /** Converted bodies kept across builds, or null: see {@link Builder#cacheConversions(boolean)}. */
    private final ConversionCache cache;
    /** The last build of each site, or null: see {@link Builder#rememberBuilds(boolean)}. */
    private final BuildMemory memory;

    private Colophon(Plugins plugins, ConversionCache cache, BuildMemory memory) {
        this.plugins = plugins;
        this.cache = cache;
        this.memory = memory;
    }

    /** An engine with every plugin {@link java.util.ServiceLoader} finds on the class path. */
    public static Colophon create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds the site in {@code source} into {@code destination}. The site is written into a temporary
     * folder beside the destination, which replaces the destination only when the build succeeded.
     *
     * <p>One build at a time writes a destination: another build into the same destination, in this process
     * or another, fails at once, or waits when {@link BuildOptions#waitForDestination()} is set.
     *
     * @throws dev.colophon.diagnostic.BuildFailedException with every problem found; nothing was written
     * @throws ColophonException when the folders cannot be used, or another build is writing the destination
     */
    @SuppressWarnings("try") // the lock is held, not used, for the length of the block
    public BuildResult build(Path source, Path destination, BuildOptions options) {
        long start = System.nanoTime();
        Path src = source.toAbsolutePath().normalize();
        Path dest = destination.toAbsolutePath().normalize();
        checkFolders(src, dest);
        // Taken before anything is read: a second build fails at once (or waits), rather than after its work.
        try (DestinationLock lock = DestinationLock.acquire(dest, options.waitForDestination())) {
            return build(src, dest, options, start);
        }
    }

    private BuildResult build(Path src, Path dest, BuildOptions options, long start) {
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            Optional<FileStamps> sources = Optional.empty();
            if (memory != null) {
                BuildMemory.Look look = memory.look(src, dest, options, pool, start);
                if (look.unchanged().isPresent()) {
                    return look.unchanged().get();
                }
                sources = look.sources();
            }
            DirectorySource files = sourceOf(src, dest);
            SiteReader reader = new SiteReader(Build.start(options, plugins, pool), files).caching(cache);
            // Every problem of the build in one run: reading goes on past broken files, and so does
            // rendering; the writer throws before anything reaches the destination.
            Site site = reader.readAll(null);
            Build build = reader.build();
            Bodies bodies = reader.bodies();
            // A post's HTML is let go as soon as its page is rendered: the site is streamed to disk, and a
            // feed or listing that needs the HTML again converts it again. Problems so far do not stop the
            // plan: rendering finds more (layouts, Liquid in them).
            List<Output> outputs = OutputPlan.of(site, build.plugins().renderers(),
                            context(site, reader, build.problems()), build.problems(), build.stages()).stream()
                    .map(o -> new Output(o.path(), o.inputs(), () -> {
                        byte[] bytes = o.content().get();
                        bodies.written(o.path());
                        return bytes;
                    }))
                    .toList();
            new SiteWriter(dest, site.config().keepFiles())
                    .naming(origins(site))
                    .write(outputs, build, () -> bodies.convertRest(pool));
            reader.finishCaching();
            BuildResult result = result(dest, site, outputs.size(), build, start);
            if (memory != null) {
                memory.remember(src, dest, options, sources, reader.readTheClock(), reader.nextPublication(), result);
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A session that builds {@code source} into {@code destination} again and again, each build doing only
     * what the files changed since the last one reach: see {@link BuildSession}.
     */
    public BuildSession session(Path source, Path destination) {
        return new BuildSession(this, source, destination, false);
    }

    /**
     * A session that builds {@code source} into memory, writing nothing: a dev server's, which serves the
     * site as {@link BuildSession#memory()} holds it. Its builds do what a {@link #session(Path, Path)
     * session}'s do, and take no destination lock, as no folder is written.
     *
     * @param destination where the site's builds write (its {@code _site}, or the folder given to {@code
     *     build -d}): left out of the source, as every build leaves it, and never written
     */
    public BuildSession memorySession(Path source, Path destination) {
        return new BuildSession(this, source, destination, true);
    }

    /** What a session's build did, and the date of the first post a later build publishes. */
    record SessionBuild(BuildSession.Build build, Instant nextPublication, List<String> files) {
    }

    /**
     * What a session keeps of its last good build for the next, when only posts' bodies change: the site as
     * read, with its views and lazy bodies, every output as planned (each renders when asked), and the
     * warnings the site has.
     */
    record Kept(SiteReader reader, Site site, Bodies bodies, List<Output> planned, List<Diagnostic> warnings) {
    }

    /**
     * A build of a session: the files read before and unchanged are taken from its cache, and when the site
     * keeps its outline only the outputs that read what changed are rendered, and written in place. The
     * session's first build, and any that changed what the graph does not follow, render every output.
     */
    @SuppressWarnings("try") // the lock is held, not used, for the length of the block
    SessionBuild build(BuildSession session, Path src, Path dest, BuildOptions options, List<String> listing,
            boolean keep) {
        long start = System.nanoTime();
        checkFolders(src, dest);
        try (DestinationLock lock = session.target.lock(options.waitForDestination())) {
            ForkJoinPool pool = new ForkJoinPool(options.threads());
            try {
                SessionBuild kept = keep ? buildKept(session, options, listing, pool, start) : null;
                return kept != null ? kept : build(session, src, dest, options, listing, pool, start);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private SessionBuild build(BuildSession session, Path src, Path dest, BuildOptions options, List<String> listing,
            ForkJoinPool pool, long start) {
        // The last site is read anew: let it go now, not once the new one is read, so that a dev server's heap
        // does not hold two sites at once.
        session.kept = null;
        Reads reads = session.reads;
        reads.startBuild();
        session.problems.clear();
        DirectorySource walked = sourceOf(src, dest);
        List<String> listed = listing != null ? listing : walked.files();
        DirectorySource files = walked.listed(listed);
        SiteReader reader = new SiteReader(Build.start(options, plugins, pool, reads, session.problems), files)
                .caching(cache).reusing(session.cache);
        Site site = reader.readAll(null);
        Build build = reader.build();
        Bodies bodies = reader.bodies();
        Optional<Set<Fact>> dirty = session.cache.dirty();
        // With the outline as the last good build's, its output paths were checked then.
        List<Output> planned = OutputPlan.of(site, build.plugins().renderers(),
                context(site, reader, build.problems(), reads), build.problems(), build.stages(),
                path -> dirty.isPresent() && session.target.holds(path));
        Set<String> plannedPaths = pathsOf(planned);
        Map<String, Set<String>> declared = new java.util.concurrent.ConcurrentHashMap<>();
        Predicate<String> stale = dirty.isEmpty() ? path -> true : session.graph.stale(dirty.get());
        List<Output> outputs = recorded(planned.stream()
                .filter(o -> stale.test(o.path())), reads, declared, bodies);
        // Bodies no output asked for are converted for their problems: every one in a whole build, the
        // changed posts' in a later one (the others were converted, without problems, before).
        Runnable rest = dirty.isEmpty() ? () -> bodies.convertRest(pool)
                : () -> bodies.convertRest(pool, session.cache.changed());
        OutputTarget.Written written = session.target.write(outputs, plannedPaths, site, build, rest);
        Set<String> changed = written.changed();
        Set<String> removed = written.removed();
        if (dirty.isEmpty()) {
            // What a build that renders everything did not convert is gone; a build that renders a few
            // outputs keeps the rest's conversions for the next that renders everything.
            reader.finishCaching();
        }
        session.cache.finish();
        session.graph.learn(reads, declared, removed);
        session.kept = new Kept(reader, site, bodies, planned, build.problems().warnings());
        return new SessionBuild(new BuildSession.Build(result(session.target.folder(), site, planned.size(), build,
                start), changed,
                outputs.size()), reader.nextPublication(), listed);
    }

    /**
     * A build of a session that changed only posts, each keeping its place in the site (URL, date, tags),
     * made with the last build's site instead of reading it again. When only bodies changed and no page read
     * them, every post and planned output stays as it was and the edited bodies (and those whose Liquid read
     * them) convert anew when asked; when front matter changed too, or a page read an edited body, the edited
     * posts are swapped for new ones, the pages that read them converted again and the outputs planned again.
     * Either way only the outputs that read what changed are rendered. Null, having changed nothing, when the
     * edits are more than that (a new post, a new URL, a collection's document reading an edit): the site is
     * read again.
     */
    private SessionBuild buildKept(BuildSession session, BuildOptions options, List<String> listing,
            ForkJoinPool pool, long start) {
        Kept kept = session.kept;
        SiteReader reader = kept.reader();
        // Before the edits are read: what reading them finds (a date's warning, an error) is this build's.
        session.problems.clear();
        Optional<PostEdits> read = reader.readEdits(session.cache.changed(), session.cache);
        if (read.isEmpty()) {
            return null;
        }
        PostEdits edits = read.get();
        Set<Fact> dirty = session.graph.reach(edits.facts());
        Site site = kept.site();
        // A page whose own Liquid shows a body (or a generator's page, which reads every post) is converted
        // with the site's view of the bodies; with the bodies kept, that view is the last build's: such an
        // edit is patched as a front matter edit is, which converts those pages again.
        boolean pagesRead = Stream.concat(site.pages().stream(), site.outputDocuments().stream())
                .anyMatch(page -> dirty.contains(Fact.body(page.path())));
        Reads reads = session.reads;
        reads.startBuild();
        List<Output> planned = kept.planned();
        boolean bodiesOnly = edits.bodiesOnly() && !pagesRead;
        if (bodiesOnly) {
            reader.resetBodies(edits, session.cache, dirty);
        } else {
            Optional<Site> patched = reader.patchFields(edits, session.cache, dirty);
            if (patched.isEmpty()) {
                return null;
            }
            site = patched.get();
            planned = OutputPlan.of(site, reader.plugins().renderers(), context(site, reader, session.problems, reads),
                    session.problems, reader.build().stages(), session.target::holds);
        }
        // With the outputs planned again, the target removes those the site no longer has.
        Set<String> plannedPaths = planned == kept.planned() ? null : pathsOf(planned);
        Build build = Build.start(options, plugins, pool, reads, session.problems);
        Map<String, Set<String>> declared = new java.util.concurrent.ConcurrentHashMap<>();
        Predicate<String> stale = session.graph.stale(dirty);
        List<Output> outputs = recorded(planned.stream().filter(o -> stale.test(o.path())),
                reads, declared, kept.bodies());
        OutputTarget.Written written = session.target.write(outputs, plannedPaths, site, build,
                () -> kept.bodies().convertRest(pool, edits.paths()));
        if (!bodiesOnly) {
            session.cache.finish();
        }
        List<Diagnostic> warnings = carried(kept.warnings(), edits.paths(), build.problems().warnings());
        session.kept = new Kept(reader, site, kept.bodies(), planned, warnings);
        session.graph.learn(reads, declared, written.removed());
        return new SessionBuild(new BuildSession.Build(result(session.target.folder(), site, planned.size(), warnings,
                build, start), written.changed(), outputs.size()), reader.nextPublication(), listing);
    }

    /**
     * The warnings of a site patched with edits, as a whole build would give them: the last build's, but for
     * those about an edited file, then this build's (what it read and rendered again) that are new. A patch
     * reads and renders only what the edits reach, so the site's other warnings (its configuration, a file
     * named wrongly) would otherwise vanish until the next whole build and come back then.
     */
    private static List<Diagnostic> carried(List<Diagnostic> last, Set<String> edited, List<Diagnostic> now) {
        Set<Diagnostic> warnings = new LinkedHashSet<>();
        for (Diagnostic warning : last) {
            if (warning.position() == null || !edited.contains(warning.position().file())) {
                warnings.add(warning);
            }
        }
        warnings.addAll(now);
        return List.copyOf(warnings);
    }

    /**
     * Outputs that, when rendered, record what they read as the output's (and their declared inputs), and let
     * their post's HTML go once written.
     */
    private static List<Output> recorded(Stream<Output> outputs, Reads reads, Map<String, Set<String>> declared,
            Bodies bodies) {
        return outputs.map(o -> new Output(o.path(), o.inputs(), () -> reads.output(o.path(), () -> {
            declared.put(o.path(), o.inputs());
            byte[] bytes = o.content().get();
            bodies.written(o.path());
            return bytes;
        }))).toList();
    }

    private static Set<String> pathsOf(List<Output> outputs) {
        Set<String> paths = new HashSet<>(outputs.size() * 2);
        outputs.forEach(output -> paths.add(output.path()));
        return paths;
    }

    /** The source folder without the destination, and the destination's lock file, when they are inside it. */
    private static DirectorySource sourceOf(Path src, Path dest) {
        return new DirectorySource(src).skipping(dest).skipping(DestinationLock.fileOf(dest));
    }

    /** Where in the sources an output that cannot be written comes from: a tag page's post, not the tag page. */
    private static java.util.function.Function<Output, dev.colophon.diagnostic.SourcePosition> origins(Site site) {
        return output -> Origins.of(site, output.source(), output.path());
    }

    private static BuildResult result(Path dest, Site site, int files, Build build, long start) {
        return result(dest, site, files, build.problems().warnings(), build, start);
    }

    private static BuildResult result(Path dest, Site site, int files, List<Diagnostic> warnings, Build build,
            long start) {
        return new BuildResult(dest, site.posts().size(), site.pages().size(), site.staticFiles().size(), files,
                warnings, Duration.ofNanos(System.nanoTime() - start), build.stages().durations());
    }

    /**
     * Reads a site into its model without writing anything: posts and pages converted, not laid out.
     *
     * @throws dev.colophon.diagnostic.BuildFailedException with every problem found
     */
    public Site read(SiteSource source, BuildOptions options) {
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            return new SiteReader(Build.start(options, plugins, pool), source).read(null);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Renders one post or page of a site through its layouts, in memory. The file is rendered even if it
     * is a draft or dated in the future. Only what the page uses is converted: another post's broken
     * Liquid does not stop it, a broken file anywhere in the site (front matter, configuration) does.
     *
     * @param source the site, e.g. {@link SiteSource#inMemory(Map)}
     * @param path the file to render, relative to the site root
     * @throws dev.colophon.diagnostic.BuildFailedException when the site cannot be read, or the file or
     *     what its page uses has errors
     * @throws ColophonException when {@code path} is not a post or page of the site
     */
    public RenderedPage render(SiteSource source, String path, BuildOptions options) {
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            SiteReader reader = new SiteReader(Build.start(options, plugins, pool), source);
            Site site = reader.readAll(path);
            Problems problems = reader.build().problems();
            problems.throwIfErrors();
            Content content = Stream.concat(site.posts().stream(), site.pages().stream())
                    .filter(c -> c.path().equals(path))
                    .findFirst()
                    .orElseThrow(() -> new ColophonException(path + " is not a post or page of this site"));
            // Only this page's renderer matters: a feed that cannot be written (no url) must not stop it.
            Problems planning = new Problems();
            Output output = OutputPlan.of(site, reader.plugins().renderers(), context(site, reader, planning),
                            planning).stream()
                    .filter(o -> o.path().equals(content.outputPath()))
                    .findFirst()
                    .orElseThrow(() -> new ColophonException("no renderer writes " + content.outputPath()
                            + " (is colophon-render-html on the class path?)"));
            String html = new String(output.content().get(), StandardCharsets.UTF_8);
            // The posts the page converted (its own, and any it lists) report their problems here.
            problems.throwIfErrors();
            return new RenderedPage(content, html);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Renders one post or page given as text, with the default configuration and theme, in memory.
     *
     * @param path where the file would be, e.g. {@code _posts/2021-03-26-hello.md}: it decides the kind,
     *     date, slug and format
     * @param text the file, front matter and body
     */
    public RenderedPage render(String path, String text) {
        return render(SiteSource.inMemory(Map.of(path, text)), path, BuildOptions.defaults());
    }

    /**
     * What the renderers of a site read with {@code reader} get: the reader's plugins, not the engine's
     * (safe mode may have left some out), and views sharing the reader's post fields.
     */
    private static BuildRenderContext context(Site site, SiteReader reader, Problems problems) {
        return context(site, reader, problems, Reads.NONE);
    }

    private static BuildRenderContext context(Site site, SiteReader reader, Problems problems, Reads reads) {
        return new BuildRenderContext(reader.plugins().templateEngine(), reader.templateSetup(),
                new Variables(site, reader.postFields(), reader::clockWasRead, RenderOrder.NONE, reads),
                reader.source(), problems, reader::clockWasRead);
    }

    private static void checkFolders(Path source, Path destination) {
        if (Files.exists(source) && !Files.isDirectory(source)) {
            throw new ColophonException("the source " + source + " is a file, not a folder (give the site's folder,"
                    + " the one that holds _config.yml and _posts)");
        }
        if (!Files.isDirectory(source)) {
            throw new ColophonException("source folder " + source + " does not exist");
        }
        if (destination.equals(source)) {
            throw new ColophonException("the destination is the source folder " + source
                    + ": building would replace your sources (choose another destination, e.g. _site)");
        }
        if (source.startsWith(destination)) {
            throw new ColophonException("the destination " + destination + " contains the source folder " + source
                    + ": building would replace your sources (choose another destination, e.g. _site)");
        }
    }

    /** Configures an engine: which plugins, found how. */
    public static final class Builder {

        private final List<Plugin> plugins = new ArrayList<>();
        private boolean discover = true;
        private boolean cacheConversions;
        private boolean rememberBuilds;
        private ClassLoader classLoader = Colophon.class.getClassLoader();

        private Builder() {
        }

        /**
         * Adds a plugin, whether or not it is also found on the class path (it is then used once). Builds in
         * safe mode leave it out, with a warning, unless it is one of Colophon's own.
         */
        public Builder plugin(Plugin plugin) {
            plugins.add(Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        /** Whether to find plugins with {@link java.util.ServiceLoader}; on by default. */
        public Builder discoverPlugins(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * Whether the engine keeps converted Markdown between builds, by a hash of its text: a rebuild then
         * converts only the posts that changed (a dev server, a tool that builds again and again). Off by
         * default, as a single build gains nothing from it. Up to a quarter of the maximum heap is used.
         */
        public Builder cacheConversions(boolean cache) {
            this.cacheConversions = cache;
            return this;
        }

        /**
         * Whether the engine remembers each site's last build: what it read and wrote, as the file system
         * describes the files (size, modification time, identity). A build where no source file changed,
         * the destination still holds what was written, and the build time does not matter (no template
         * shows it, no post is due) then returns at once. For a dev server or a tool that builds again and
         * again; off by default. Plugins must read the site through the engine (as Colophon's own do): a
         * file read from elsewhere is not seen to change.
         */
        public Builder rememberBuilds(boolean remember) {
            this.rememberBuilds = remember;
            return this;
        }

        /** The class loader plugins are found with; Colophon's own by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Creates the engine.
         *
         * @throws ColophonException when two plugins share an id or claim a file extension at the same order
         */
        public Colophon build() {
            List<Plugin> all = new ArrayList<>(plugins);
            all.add(new StaticFilesRenderer());
            // A quarter of the heap (the cache keeps UTF-8).
            ConversionCache cache = cacheConversions ? new ConversionCache(Runtime.getRuntime().maxMemory() / 4) : null;
            BuildMemory memory = rememberBuilds ? new BuildMemory() : null;
            return new Colophon(Plugins.of(all, discover, classLoader), cache, memory);
        }
    }
}
