package dev.colophon;

import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.graph.Graph;
import dev.colophon.internal.graph.Reads;
import dev.colophon.internal.memo.DecidingOptions;
import dev.colophon.internal.output.FolderTarget;
import dev.colophon.internal.output.MemoryTarget;
import dev.colophon.internal.output.OutputTarget;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.internal.pipeline.ReadCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds one site into one destination again and again, each build doing only what the changes since the
 * last good one reach: a dev server's engine, or any tool that knows which files it changed. The first
 * build is a whole one; later ones re-read only the files said to have changed, and render again only the
 * outputs that read what changed (an edited post's page, its neighbours when its title changed, the
 * listings and feeds that show it), writing only the files whose bytes differ. A change the graph cannot
 * follow (the configuration, a layout, a post added or moved) renders every output, still reading only
 * what changed. What a later build writes is what a whole build would.
 *
 * <pre>{@code
 * BuildSession session = Colophon.create().session(Path.of("blog"), Path.of("blog/_site"));
 * session.build(BuildOptions.defaults(), null);                                  // everything
 * session.build(BuildOptions.defaults(), Set.of("_posts/2021-03-26-notes.md"));  // that post's pages
 * }</pre>
 *
 * <p>One build at a time: the methods are synchronized. The session trusts its caller to name every file
 * changed since the last build; a build given {@code null} looks at everything again.
 */
public final class BuildSession {

    /**
     * What one build of a session did.
     *
     * @param result the build's counts, warnings and time
     * @param changed the output files written anew or removed, relative to the destination: a dev server
     *     reloads the pages showing them
     * @param rendered how many outputs were rendered (all of them in a whole build)
     */
    public record Build(BuildResult result, Set<String> changed, int rendered) {

        public Build {
            changed = Set.copyOf(changed);
        }
    }

    /** Images: pages are written with their sizes, read in a way the graph does not see. */
    private static final Pattern IMAGE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|webp|svg)");

    private final Colophon engine;
    private final Path source;
    /** Written by a folder session; only left out of the source by one that builds into memory. */
    private final Path destination;
    // What the last good build did, for the next.
    final Graph graph = new Graph();
    final ReadCache cache = new ReadCache(graph);
    /** Where the outputs go: the destination, or the memory {@link #memory} reads. */
    final OutputTarget target;
    private final MemorySite memory;
    /** One recorder and one list of problems for all builds: what a build keeps of the last reports to them. */
    final Reads reads = new Reads();
    final Problems problems = new Problems();
    /** The last good build's site, for a build that changes only posts' bodies; null when there is none. */
    Colophon.Kept kept;
    private DecidingOptions settings;
    private Instant lastNow;
    private Instant nextPublication = Instant.MAX;
    /** The source's files as the last good build listed them, and as a set to look paths up in. */
    private List<String> listing;
    private Set<String> listed = Set.of();
    // What changed since the last good build: files, or anything.
    private final Set<String> pending = new HashSet<>();
    private boolean unknown = true;

    /** @param inMemory whether to build into memory, leaving the destination alone (but out of the source) */
    BuildSession(Colophon engine, Path source, Path destination, boolean inMemory) {
        this.engine = engine;
        this.source = source.toAbsolutePath().normalize();
        this.destination = destination.toAbsolutePath().normalize();
        if (inMemory) {
            MemoryTarget store = new MemoryTarget(this.source);
            this.target = store;
            this.memory = new MemorySite(store);
        } else {
            this.target = new FolderTarget(this.destination);
            this.memory = null;
        }
    }

    /**
     * Builds the site again.
     *
     * @param changed the source paths (relative to the source folder, {@code /}-separated) created, changed
     *     or removed since the last call, or {@code null} when that is not known
     * @throws dev.colophon.diagnostic.BuildFailedException with every problem found; the destination (or the
     *     site in memory) is as it was, and the next build still knows what changed before this one
     * @throws dev.colophon.diagnostic.ColophonException when the folders cannot be used
     */
    public synchronized Build build(BuildOptions options, Collection<String> changed) {
        if (changed == null) {
            unknown = true;
        } else {
            changed.forEach(this::note);
        }
        DecidingOptions now = DecidingOptions.of(options);
        boolean config = unknown || options.configFiles().stream().anyMatch(pending::contains) || !now.equals(settings);
        boolean templates = pending.stream().anyMatch(BuildSession::isTemplate);
        boolean everything = config || templates || target.isEmpty() || !options.now().isBefore(nextPublication);
        Set<Fact> facts = lastNow == null || lastNow.equals(options.now()) ? Set.of() : Set.of(Fact.TIME);
        cache.start(pending, facts, !config, !config && !templates, everything);
        // Walking a large site's folders costs more than the rest of a small change: not when only files
        // the last build listed were changed, none created or removed.
        boolean sameFiles = listing != null && !unknown
                && pending.stream().allMatch(p -> listed.contains(p) && Files.isRegularFile(source.resolve(p)));
        Colophon.SessionBuild done;
        try {
            // Only bodies changed, perhaps: the last build's site is kept and the edits patched in.
            boolean keep = sameFiles && !everything && facts.isEmpty() && kept != null;
            done = engine.build(this, source, destination, options, sameFiles ? listing : null, keep);
        } catch (RuntimeException | Error e) {
            cache.failed(pending);
            kept = null;
            throw e;
        }
        settings = now;
        lastNow = options.now();
        nextPublication = done.nextPublication();
        if (listing != done.files()) {
            listing = done.files();
            listed = new HashSet<>(listing);
        }
        pending.clear();
        unknown = false;
        return done.build();
    }

    /** A changed path: a folder (created, or removed) makes whatever was read below it count as changed. */
    private void note(String path) {
        String clean = path.replace('\\', '/');
        while (clean.startsWith("./")) {
            clean = clean.substring(2);
        }
        pending.add(clean);
        if (Files.isDirectory(source.resolve(clean)) || !Files.exists(source.resolve(clean))) {
            pending.addAll(cache.forgetUnder(clean + "/"));
        }
    }

    /**
     * A file that is not a post, page or static file but shapes many of them: a layout, an include, a data
     * file, a stylesheet partial, a theme, or an image whose size pages are written with.
     */
    private static boolean isTemplate(String path) {
        return path.startsWith("_layouts/") || path.startsWith("_includes/") || path.startsWith("_data/")
                || path.startsWith("_sass/") || path.startsWith("_plugins/") || path.startsWith("_themes/")
                || IMAGE.matcher(path).matches();
    }

    /**
     * The date of the first post the last good build left out as dated after its build time: a build at
     * that time or later publishes it. {@link Instant#MAX} when there is none.
     */
    public synchronized Instant nextPublication() {
        return nextPublication;
    }

    /** The source folder. */
    public Path source() {
        return source;
    }

    /**
     * The destination folder: written by a session made with {@link Colophon#session}, only left out of the
     * source by one made with {@link Colophon#memorySession}.
     */
    public Path destination() {
        return destination;
    }

    /**
     * The site as the last good build left it in memory, for a session made with {@link
     * Colophon#memorySession}; empty for one that writes a destination.
     */
    public Optional<MemorySite> memory() {
        return Optional.ofNullable(memory);
    }

    @Override
    public String toString() {
        return "BuildSession[" + source + " -> " + (memory != null ? "memory" : destination) + "]";
    }
}
