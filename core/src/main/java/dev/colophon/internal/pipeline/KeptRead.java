package dev.colophon.internal.pipeline;

import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.source.SourceKind;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Collection;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Pagination;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a build session keeps of the site a {@link SiteReader} read, so that the next build can change the
 * site where posts were edited instead of reading it again: how its files were read and outlined, the site
 * as Liquid in bodies and in pages sees it, each post's body and text, each page's conversion.
 *
 * <p>Two kinds of edit are patched in, both to posts the last build published that keep their place in the
 * site (the same path, URL, date, tags): edits to bodies only ({@link #resetBodies}), where every post
 * stays the object it was and only what was converted is forgotten; and edits to front matter ({@link
 * #patchFields}), where the edited posts are replaced by new ones, and the pages whose conversion read them
 * are converted again. The posts' bodies convert through {@link #postVariables}, which a patch points at
 * the site as it is now, so that a body converted again later sees the new titles too.
 */
final class KeptRead {

    private final Reading reading;
    private final Outline outliner;
    private final Conversion conversion;
    private final Map<String, SourceFile> files;
    private final Map<String, LazyBody> bodies;
    private final Map<String, BodyText> texts;
    private final AtomicReference<Variables> postVariables;
    private final Map<Content, FutureTask<Page>> once;
    /** What the generators made of the last site: a patch whose site makes other pages is not one. */
    private List<SourceFile> generatedFiles;
    private final Set<String> generated;
    /** The site as the posts' bodies see it: posts outlined, not converted; pages before the generators'. */
    private Site outline;
    /** The site as the pages' conversions see it: posts with their bodies, pages outlined. */
    private Site withPages;

    /**
     * @param reading how the site's files were read
     * @param outliner how they were outlined
     * @param conversion how they were converted: the posts' bodies and texts, the pages' conversions
     * @param files the outline's source files, by path ({@link SiteOutline#files})
     * @param generated what the generators and the paginator added
     */
    KeptRead(Reading reading, Outline outliner, Conversion conversion, Map<String, SourceFile> files,
            Outline.Generated generated, Site outline, Site withPages) {
        this.reading = reading;
        this.outliner = outliner;
        this.conversion = conversion;
        this.files = files;
        this.bodies = conversion.bodies();
        this.texts = conversion.texts();
        this.postVariables = conversion.postVariables();
        this.once = conversion.once();
        this.generatedFiles = generated.files();
        this.generated = generated.paths();
        this.outline = outline;
        this.withPages = withPages;
    }

    /**
     * Reads the posts at {@code paths} again. Empty, having changed nothing, when one is not a post the last
     * build published, or no longer one, or its front matter moved it (URL, date, tags) or hid it from the
     * paginator: the site must be read again.
     */
    Optional<PostEdits> read(Set<String> paths, ReadCache cache) {
        Map<String, SourceFile> read = new HashMap<>();
        Map<String, Outlined> outlines = new HashMap<>();
        Set<String> fields = new HashSet<>();
        for (String path : paths) {
            SourceKind kind = reading.kinds().get(path);
            if ((kind != SourceKind.POST && kind != SourceKind.DRAFT) || !bodies.containsKey(path)
                    || !(cache.lastOutline(path) instanceof Outlined before)
                    || !(before.content() instanceof Post was)) {
                return Optional.empty();
            }
            if (!(reading.read(path) instanceof SourceFile raw)) {
                return Optional.empty();
            }
            Outlined now = outliner.file(raw);
            if (!(now.content() instanceof Post post)) {
                return Optional.empty();
            }
            if (!post.equals(was)) {
                if (!ReadCache.Place.of(post).equals(ReadCache.Place.of(was))
                        || Pagination.hides(post) != Pagination.hides(was) || indexOf(outline.posts(), was) < 0) {
                    return Optional.empty();
                }
                fields.add(path);
            } else {
                // The site keeps its post: the next edit finds it there by identity (indexOf), as the outline's.
                now = new Outlined(now.file(), was);
            }
            read.put(path, raw);
            outlines.put(path, now);
        }
        return Optional.of(new PostEdits(read, outlines, fields));
    }

    /**
     * Takes in edits to bodies only: each edited post's body reads the new text and forgets what it
     * converted, as do the other bodies in {@code dirty} (whose Liquid read an edited one).
     */
    void resetBodies(PostEdits edits, ReadCache cache, Set<Fact> dirty) {
        edits.paths().forEach(path -> {
            take(edits, path, cache);
            texts.get(path).set(reading.files().bodyOf(edits.outlines().get(path).file()));
            bodies.get(path).reset();
        });
        resetReached(edits, dirty);
    }

    /**
     * Takes in edits to posts' front matter: the edited posts are replaced in the site by new ones with new
     * bodies, the other edited bodies and those in {@code dirty} forget what they converted, and the pages whose
     * conversion read something {@code dirty} are converted again. Returns the site as a whole read would
     * make it; empty, having changed nothing this reader's next patch relies on, when the edits are more
     * than that: a collection's document read them, or the generators make other pages of the new site than
     * the same pages holding the edited posts ({@link HeldPosts}), which are made again.
     *
     * @param registry the bodies of the build, which converts those nothing asked for
     */
    Optional<Site> patchFields(PostEdits edits, ReadCache cache, Set<Fact> dirty, Bodies registry) {
        // Documents convert with the posts' view of the site; one that read an edit is left to a whole read.
        for (Collection collection : withPages.collections()) {
            for (Page doc : collection.docs()) {
                if (dirty.contains(Fact.body(doc.path()))) {
                    return Optional.empty();
                }
            }
        }
        List<Post> outlined = new ArrayList<>(outline.posts());
        List<Post> converted = new ArrayList<>(withPages.posts());
        Map<String, LazyBody> made = new HashMap<>();
        Map<String, BodyText> madeTexts = new HashMap<>();
        for (String path : edits.fields()) {
            int at = indexOf(outlined, (Post) ((Outlined) cache.lastOutline(path)).content());
            Outlined now = edits.outlines().get(path);
            Post post = (Post) now.content();
            BodyText text = new BodyText(reading.files().bodyOf(now.file()));
            LazyBody body = conversion.body(post, now.file(), text);
            outlined.set(at, post);
            converted.set(at, post.withBody(body));
            made.put(path, body);
            madeTexts.put(path, text);
        }
        Site newOutline = outline.with(outlined, outline.pages(), outline.collections());
        Variables before = postVariables.get();
        postVariables.set(conversion.variables(newOutline));
        // The generators see the posts with their bodies and the pages as read, as in a whole read.
        List<SourceFile> generatedNow = outliner.generate(newOutline.with(converted, outline.pages(),
                withPages.collections()));
        Optional<Map<Page, Outlined>> remade = remade(generatedNow);
        if (remade.isEmpty()) {
            postVariables.set(before);
            return Optional.empty();
        }
        edits.paths().forEach(path -> take(edits, path, cache));
        made.forEach((path, body) -> {
            bodies.put(path, body);
            texts.put(path, madeTexts.get(path));
            Post post = (Post) edits.outlines().get(path).content();
            registry.add(post.outputPath(), path, body);
        });
        for (String path : edits.paths()) {
            if (!made.containsKey(path)) {
                texts.get(path).set(reading.files().bodyOf(edits.outlines().get(path).file()));
                bodies.get(path).reset();
            }
        }
        resetReached(edits, dirty);

        List<Page> pagesNow = new ArrayList<>(withPages.pages().size());
        for (Page page : withPages.pages()) {
            Outlined again = remade.get().get(page);
            if (again != null) {
                files.put(page.path(), again.file());
                once.remove(page);
            }
            pagesNow.add(again != null ? (Page) again.content() : page);
        }
        generatedFiles = generatedNow;
        Site newWithPages = withPages.with(converted, pagesNow, withPages.collections());
        Converter pageConverter = conversion.pageConverter(newWithPages);
        cache.keepOutline(dirty);
        for (Page page : newWithPages.pages()) {
            once.put(page, new FutureTask<>(() -> conversion.convertPage(pageConverter, page,
                    generated.contains(page.path()))));
        }
        List<Page> pages = new ArrayList<>(newWithPages.pages().size());
        for (Page page : newWithPages.pages()) {
            pages.add(Conversion.convertOnce(once.get(page)));
        }
        outline = newOutline;
        withPages = newWithPages;
        return Optional.of(newOutline.with(converted, pages, newWithPages.collections()));
    }

    /**
     * The generators' pages of the patched site that hold edited posts, made again from {@code made} (the
     * generators' files of that site), by the last site's page; none when the generators made the same files.
     * Empty when they made other pages than the last site's, or a page the site has twice (a paginated one).
     */
    private Optional<Map<Page, Outlined>> remade(List<SourceFile> made) {
        Map<Page, Outlined> remade = new IdentityHashMap<>();
        if (made.equals(generatedFiles)) {
            return Optional.of(remade);
        }
        if (!HeldPosts.samePages(generatedFiles, made)) {
            return Optional.empty();
        }
        // The files that changed: those that hold an edited post.
        Map<String, SourceFile> byPath = new HashMap<>();
        for (int i = 0; i < made.size(); i++) {
            if (!made.get(i).equals(generatedFiles.get(i)) && byPath.put(made.get(i).path(), made.get(i)) != null) {
                return Optional.empty();
            }
        }
        Set<String> seen = new HashSet<>();
        for (Page page : withPages.pages()) {
            SourceFile file = byPath.get(page.path());
            if (file != null) {
                // A page made twice of one file (paginated), or a read page at a generated page's path.
                if (!seen.add(page.path())) {
                    return Optional.empty();
                }
                remade.put(page, outliner.generatedPage(file));
            }
        }
        return Optional.of(remade);
    }

    /** The edited file and its outline become what the next edits are compared with. */
    private void take(PostEdits edits, String path, ReadCache cache) {
        Outlined now = edits.outlines().get(path);
        cache.replace(path, edits.read().get(path), now);
        files.put(path, now.file());
    }

    /** The bodies in {@code dirty} other than the edited ones forget what they converted: their Liquid read an edit. */
    private void resetReached(PostEdits edits, Set<Fact> dirty) {
        for (Fact fact : dirty) {
            // A page's body fact names no post's body: passed over.
            LazyBody body = fact.kind() == Fact.Kind.BODY && !edits.paths().contains(fact.name())
                    ? bodies.get(fact.name()) : null;
            if (body != null) {
                body.reset();
            }
        }
    }

    /** The position of {@code post} in {@code posts}, by identity (records compare every field), or -1. */
    private static int indexOf(List<Post> posts, Post post) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i) == post) {
                return i;
            }
        }
        return -1;
    }
}
