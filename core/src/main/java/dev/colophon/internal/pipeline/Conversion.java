package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.template.RenderOrder;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Collection;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The convert stage: Liquid in each body, then its parser (Markdown). Posts first, as Jekyll renders them
 * first, so that pages (a home page, an archive) show their converted bodies and excerpts. A post's body is
 * converted when first asked for ({@link LazyBody}), on whichever core asks; documents, then pages, are
 * converted once each, by whichever comes first: their own turn, or Liquid in a file rendered after them
 * reading their content ({@link RenderOrder}).
 */
final class Conversion {

    private final Converters converters;
    private final Map<String, SourceFile> files;
    private final SourceFiles reading;
    private final Bodies registry;
    private final ReadCache reuse;
    private final Parallel parallel;
    private final RenderOrder order;
    /** Through a reference: a session's patch points the bodies at the site as it is then (KeptRead). */
    private final AtomicReference<Variables> postVariables;
    private final Converter postConverter;
    private final Map<String, LazyBody> bodies = new ConcurrentHashMap<>();
    private final Map<String, BodyText> texts = new ConcurrentHashMap<>();
    private final Map<Content, FutureTask<Page>> once = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param outline the site outlined: what the posts' bodies see of it
     * @param files the outline's source files, by path ({@link SiteOutline#files})
     * @param reading reads a post's body again from its file when it is converted
     * @param registry the build's bodies, which each post's joins
     * @param reuse what the last build of a session converted, or null
     */
    Conversion(Converters converters, Site outline, Map<String, SourceFile> files, SourceFiles reading,
            Bodies registry, ReadCache reuse, Parallel parallel) {
        this.converters = converters;
        this.files = files;
        this.reading = reading;
        this.registry = registry;
        this.reuse = reuse;
        this.parallel = parallel;
        this.order = new RenderOrder(outline.posts(), outline.collections(), outline.pages(), content -> {
            SourceFile file = files.get(content.path());
            return file == null ? "" : reading.bodyOf(file).get();
        });
        this.postVariables = new AtomicReference<>(converters.variables(outline, order));
        this.postConverter = converters.converter(content -> postVariables.get().forContent(content), outline, order);
    }

    /**
     * The site with each post given the body that converts it when asked, and each collection's documents
     * converted: what the generators see. Nothing of a post is converted yet.
     */
    Site posts(Site outline) {
        List<Post> converted = parallel.map(outline.posts(), post -> {
            SourceFile file = files.get(post.path());
            BodyText text = new BodyText(reading.bodyOf(file));
            texts.put(post.path(), text);
            LazyBody body = body(post, file, text);
            registry.add(post.outputPath(), post.path(), body);
            bodies.put(post.path(), body);
            return post.withBody(body);
        });
        order.converted(content -> {
            if (content instanceof Post post) {
                LazyBody body = bodies.get(post.path());
                return body == null ? "" : body.html();
            }
            FutureTask<Page> task = once.get(content);
            try {
                return task == null ? "" : convertOnce(task).html();
            } catch (SourceException e) {
                return ""; // reported by the file's own turn
            }
        });
        // Documents too, before pages, as Jekyll renders every collection before the pages.
        outline.collections().forEach(c -> c.docs().forEach(doc -> once.put(doc,
                new FutureTask<>(() -> convertPage(postConverter, doc, false)))));
        List<Collection> collections = new ArrayList<>();
        for (Collection collection : outline.collections()) {
            collections.add(new Collection(collection.label(), collection.output(), collection.permalink(),
                    parallel.map(collection.docs(), p -> convertOnce(once.get(p)))));
        }
        return outline.with(converted, outline.pages(), collections);
    }

    /**
     * The pages of {@code withPages} converted, each seeing the posts with their bodies.
     *
     * @param generated the generators' pages, converted each time: see {@link #convertPage}
     */
    List<Page> pages(Site withPages, Set<String> generated) {
        Converter pageConverter = pageConverter(withPages);
        // Converted documents are read in their converted form from here on.
        withPages.collections().forEach(c -> c.docs().forEach(doc -> once.put(doc, done(doc))));
        withPages.pages().forEach(page -> once.put(page, new FutureTask<>(() -> convertPage(pageConverter, page,
                generated.contains(page.path())))));
        return parallel.map(withPages.pages(), p -> convertOnce(once.get(p)));
    }

    /** The body that converts {@code post}, with the site its bodies see now, when first asked for. */
    LazyBody body(Post post, SourceFile file, BodyText text) {
        return postConverter.body(post, file, text, parallel.problems()::add);
    }

    /** The converter of pages that see {@code withPages}: the posts with their bodies. */
    Converter pageConverter(Site withPages) {
        return converters.converter(variables(withPages), withPages, order);
    }

    /** The site as Liquid in a body sees it, in this conversion's order. */
    Variables variables(Site site) {
        return converters.variables(site, order);
    }

    /**
     * A page or document converted, or in a session its conversion of the last build when nothing it read
     * changed. A generator's page is converted each time: what the generator put in it is not recorded.
     */
    Page convertPage(Converter converter, Page page, boolean generated) {
        SourceFile file = files.get(page.path());
        if (reuse == null) {
            return converter.convert(page, file);
        }
        if (!generated) {
            Optional<Page> again = reuse.converted(page);
            if (again.isPresent()) {
                return again.get();
            }
        }
        Build build = converters.build();
        return reuse.keep(build.reads().page(page.path(), () -> {
            build.reads().record(Fact.file(page.path()));
            if (generated) {
                build.reads().record(Fact.POSTS);
            }
            return converter.convert(page, file);
        }));
    }

    /**
     * Runs a conversion unless it ran or runs already, and gives its page. Files only ever wait for
     * files rendered before them ({@link RenderOrder}), so two never wait for each other.
     */
    static Page convertOnce(FutureTask<Page> task) {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static FutureTask<Page> done(Page page) {
        FutureTask<Page> task = new FutureTask<>(() -> page);
        task.run();
        return task;
    }

    /** Each post's body, by path: a session's patch resets or replaces them. */
    Map<String, LazyBody> bodies() {
        return bodies;
    }

    /** Each post's body as written, by path: a session's patch has it read the edited file. */
    Map<String, BodyText> texts() {
        return texts;
    }

    /** The site the posts' bodies see: a session's patch points it at the patched site. */
    AtomicReference<Variables> postVariables() {
        return postVariables;
    }

    /** Each document's and page's conversion, run once. */
    Map<Content, FutureTask<Page>> once() {
        return once;
    }
}
