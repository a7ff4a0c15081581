package dev.colophon.internal.pipeline;

import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.graph.Graph;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a build session's last good build read, for the next build to take instead of doing it again: each
 * file as read (until it changes), each post or page as its front matter made it, and each page's converted
 * HTML while nothing its conversion read changed. A build says which files changed ({@link #start});
 * reading notes how each changed post or page changed ({@link #outline}), and once the site's outline is
 * known, decides whether only what the {@link Graph} follows changed ({@link #settle}).
 */
public final class ReadCache {

    private final Graph graph;
    private final Map<String, Object> files = new ConcurrentHashMap<>();
    private final Map<String, Object> outlines = new ConcurrentHashMap<>();
    /** The posts' template fields, kept with the outlines they are made from. */
    private final Variables.PostFields postFields = new Variables.PostFields();
    /** Converted pages by output path: the last good build's, and this build's. */
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private Map<String, Page> converting = new ConcurrentHashMap<>();
    /** The outline of the last good build: its posts, pages and files in order, with what places them. */
    private List<Place> shape = List.of();
    private List<Place> newShape = List.of();

    // This build's.
    private Set<String> changed = Set.of();
    private Set<Fact> facts = Set.of();
    private boolean everything = true;
    private final Set<Fact> edits = ConcurrentHashMap.newKeySet();
    /** What may have changed since the last good build, or null when anything may have. */
    private Set<Fact> dirty;

    public ReadCache(Graph graph) {
        this.graph = graph;
    }

    /**
     * Starts a build.
     *
     * @param changed the source paths created, changed or removed since the last good build
     * @param facts site-wide facts that changed besides the files (the build time)
     * @param keepFiles whether files read before still read the same when unchanged: not when the
     *     configuration changed, which decides what each file is
     * @param keepOutlines whether posts and pages as their front matter made them still hold: not when the
     *     configuration or the layouts changed
     * @param everything whether more changed than the graph follows (the configuration, a layout, data), so
     *     that nothing converted is reused and every output is rendered
     */
    public void start(Set<String> changed, Set<Fact> facts, boolean keepFiles, boolean keepOutlines,
            boolean everything) {
        this.changed = Set.copyOf(changed);
        this.facts = Set.copyOf(facts);
        this.everything = everything;
        if (!keepFiles) {
            files.clear();
        }
        if (!keepOutlines) {
            outlines.clear();
            postFields.clear();
        }
        changed.forEach(postFields::forget);
        if (everything) {
            pages.clear();
        }
        for (String path : changed) {
            files.remove(path);
        }
        edits.clear();
        converting = new ConcurrentHashMap<>();
        dirty = null;
    }

    /** Ends a good build: its conversions are the ones to reuse, its outline the one to compare with. */
    public void finish() {
        pages.clear();
        pages.putAll(converting);
        converting = new ConcurrentHashMap<>();
        shape = newShape;
    }

    /**
     * After a failed build: what it made of the changed files is no baseline for the next build, which
     * compares with the last good one.
     */
    public void failed(Set<String> changed) {
        changed.forEach(outlines::remove);
        changed.forEach(postFields::forget);
        converting = new ConcurrentHashMap<>();
    }

    /** Forgets the files read below a folder that was created or removed; returns their paths. */
    public Set<String> forgetUnder(String folder) {
        Set<String> forgotten = new HashSet<>();
        for (String path : files.keySet()) {
            if (path.startsWith(folder)) {
                forgotten.add(path);
            }
        }
        forgotten.forEach(files::remove);
        return forgotten;
    }

    /** The post or page the file at {@code path} made in the last good build, or null; nothing changes. */
    Object lastOutline(String path) {
        return outlines.get(path);
    }

    /** Takes in a file read again, and what it made, by a build that keeps the last build's site. */
    void replace(String path, Object read, Object outline) {
        files.put(path, read);
        outlines.put(path, outline);
    }

    /** The file at {@code path} as read before, unless it changed; else read now (a null result is not kept). */
    Object file(String path, Supplier<Object> read) {
        Object known = files.get(path);
        if (known != null) {
            return known;
        }
        Object now = read.get();
        if (now != null) {
            files.put(path, now);
        }
        return now;
    }

    /**
     * The post or page the file at {@code path} made before, unless it changed; else made now. A changed
     * file's edit is noted: its body always, its fields when what it makes differs from the last time.
     *
     * @param contentOf the post or page in what {@code make} gives, to compare
     */
    Object outline(String path, Supplier<Object> make, Function<Object, Object> contentOf) {
        boolean edited = changed.contains(path);
        Object before = edited ? outlines.remove(path) : outlines.get(path);
        if (!edited && before != null) {
            return before;
        }
        Object now = make.get();
        if (now == null) {
            return null;
        }
        outlines.put(path, now);
        if (edited) {
            Object content = contentOf.apply(now);
            edits.addAll(Fact.ofEdit(path, content instanceof Post,
                    before == null || !Objects.equals(contentOf.apply(before), content)));
        }
        return now;
    }

    /**
     * Compares the site's outline with the last good build's. When they match (the same posts, pages and
     * files, in the same order, at the same URLs), or differ only by posts added or removed ({@link NewOrGonePosts}), only what
     * the edits reach may have changed ({@link Graph#reach}); otherwise anything may have.
     *
     * @param shape each post, page and file with what places it: path, URL, date, tags, categories
     */
    void settle(List<Place> shape) {
        newShape = shape;
        if (everything) {
            dirty = null;
            return;
        }
        Set<Fact> changedFacts = new HashSet<>(edits);
        if (!shape.equals(this.shape)) {
            Optional<Set<Fact>> added = NewOrGonePosts.between(this.shape, shape);
            if (added.isEmpty()) {
                dirty = null;
                return;
            }
            changedFacts.addAll(added.get());
        }
        changedFacts.addAll(facts);
        for (String path : changed) {
            changedFacts.add(Fact.file(path));
        }
        dirty = graph.reach(changedFacts);
    }

    /**
     * For a build that patched the last good build's site rather than read it: the outline stays, and what
     * may have changed is {@code dirty}, for the pages converted again ({@link #converted}).
     */
    void keepOutline(Set<Fact> dirty) {
        this.dirty = dirty;
        newShape = shape;
    }

    /** The posts' template fields, shared by the session's builds. */
    Variables.PostFields postFields() {
        return postFields;
    }

    /** The source paths this build was told changed. */
    public Set<String> changed() {
        return changed;
    }

    /** What may have changed since the last good build, or empty when anything may have. */
    public Optional<Set<Fact>> dirty() {
        return Optional.ofNullable(dirty);
    }

    /** The page {@code outline} converted as before, when nothing its conversion read changed. */
    Optional<Page> converted(Page outline) {
        Page before = dirty == null ? null : pages.get(outline.outputPath());
        if (before == null || graph.pageStale(outline.path(), dirty)) {
            return Optional.empty();
        }
        Page again = new Page(outline.path(), outline.title(), outline.frontMatter(), before.html(), outline.layout(),
                outline.url(), outline.outputPath(), before.sidecars());
        converting.put(outline.outputPath(), again);
        return Optional.of(again);
    }

    /** Keeps a page converted in this build, for the next. */
    Page keep(Page page) {
        converting.put(page.outputPath(), page);
        return page;
    }

    /**
     * What places a post, page or file in the site: a change to any of it changes listings, neighbours,
     * order. Dates and tags are a post's only.
     */
    record Place(String path, String url, String outputPath, java.time.OffsetDateTime date, List<String> tags,
            List<String> categories, boolean draft) {

        static Place of(Content content) {
            return content instanceof Post post
                    ? new Place(post.path(), post.url(), post.outputPath(), post.date(), post.tags(), post.categories(),
                            post.draft())
                    : new Place(content.path(), content.url(), content.outputPath(), null, null, null, false);
        }
    }
}
