package dev.colophon.internal.pipeline;

import dev.colophon.BuildOptions;
import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.output.Origins;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.internal.source.LayeredSource;
import dev.colophon.internal.source.SourceKind;
import dev.colophon.internal.source.ThemeSource;
import dev.colophon.internal.source.SourceRules;
import dev.colophon.internal.template.RenderOrder;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Collection;
import dev.colophon.model.Content;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Page;
import dev.colophon.model.Pagination;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.model.StaticFile;
import dev.colophon.model.Template;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import dev.colophon.spi.Document;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.TemplateSetup;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Reads a whole site into an immutable {@link Site}: configuration, templates, posts and pages with
 * their bodies converted, static files. Every problem is collected; the read fails once, at the end of
 * the stage that found errors.
 */
public final class SiteReader {

    /**
     * Newest first: the reverse of Jekyll's {@code Document#<=>} (date, then path), as {@code site.posts}
     * sorts them with {@code b <=> a}. Posts with the same date are thus in descending order of path.
     */
    static final Comparator<Post> NEWEST_FIRST =
            Comparator.comparingLong((Post post) -> post.date().toEpochSecond())
                    .thenComparingInt(post -> post.date().getNano())
                    .thenComparing(Post::path).reversed();

    /** The build: its own plugins and configuration from the moment the configuration is read. */
    private Build build;
    private SiteSource source;
    private String theme = "";
    private TemplateSetup setup;
    // The build's, for short: the same for the whole read.
    private final BuildOptions options;
    private final Stages stages;
    private final ForkJoinPool pool;
    private final Problems problems;
    private final Bodies bodies = new Bodies();
    private Variables.PostFields postFields = new Variables.PostFields();
    /** Whether any template of this build read the build time: see {@link #readTheClock()}. */
    private final AtomicBoolean clockRead = new AtomicBoolean();
    private Instant nextPublication = Instant.MAX;
    private ConversionCache cache;
    private ConversionCache.Build cacheBuild;
    /** What the last build of a session read, or null: see {@link #reusing}. */
    private ReadCache reuse;
    /** What a session's next build needs to patch the site read instead of reading it again, or null. */
    private KeptRead kept;

    public SiteReader(Build build, SiteSource source) {
        this.build = build;
        this.source = source;
        this.options = build.options();
        this.stages = build.stages();
        this.pool = build.pool();
        this.problems = build.problems();
    }

    /**
     * Reads the site.
     *
     * @param keep a source path to keep even if it is a draft or in the future (for rendering one file),
     *     or {@code null}
     * @throws dev.colophon.diagnostic.BuildFailedException with every problem found
     */
    public Site read(String keep) {
        Site site = readAll(keep);
        bodies.convertAll(pool);
        problems.throwIfErrors();
        return site;
    }

    /**
     * Reads the site as far as it can: a file that fails is left out and its problem recorded, and the
     * rest is still read and converted, so that one run finds the problems of every file. Only a broken
     * configuration stops it early. The caller decides when to throw. Pages are converted here, posts when
     * their body is first asked for: the caller lets {@link #bodies()} know, and has it convert the rest.
     */
    public Site readAll(String keep) {
        long start = System.nanoTime();
        List<String> siteFiles = source.files();
        SiteConfig config = new ConfigFiles(options, plugins(), source, problems).read(siteFiles);
        List<String> links = List.of();
        // Decided before anything else is read, so that no plugin or link outside safe mode takes part.
        if (options.safe() || config.safe()) {
            config = config.withSafe(true);
            build = build.with(SafeMode.plugins(build.plugins(), options.configFile(), problems), config);
            links = SafeMode.links(source, siteFiles);
            source = SafeMode.withoutLinks(source);
            siteFiles = source.files();
        }
        // Once safe mode has had its say on the plugins.
        prepareTemplateEngine();
        SiteSource unthemed = source;
        layerTheme(config, siteFiles);
        JekyllPlugins.warnUnknown(config, options.configFile(), problems);
        // A broken configuration or theme would make every later step report its consequences.
        problems.throwIfErrors();
        // Listed once: walking the folder again costs tens of milliseconds on a big site.
        List<String> all = source == unthemed ? siteFiles : source.files();
        boolean drafts = options.drafts() || config.showDrafts();
        boolean future = options.future() || config.future();
        config = config.withPublishing(drafts, future);
        build = build.with(build.plugins(), config);

        SourcePosition configAt = SourcePosition.of(options.configFile());
        List<CollectionSpec> specs = CollectionSpec.read(config.values().get("collections"), problems, configAt);
        Map<String, CollectionSpec> specByLabel = new LinkedHashMap<>();
        specs.forEach(spec -> specByLabel.put(spec.label(), spec));
        Defaults defaults = Defaults.of(config.values().get("defaults"));
        SourceRules rules = new SourceRules(config, options.configFile(), specByLabel.keySet());
        SafeMode.warnLinks(links, rules, problems);
        Map<SourceKind, List<String>> byKind = new HashMap<>();
        for (String path : all) {
            byKind.computeIfAbsent(rules.classify(path), k -> new ArrayList<>()).add(path);
        }
        SourceFiles reading = new SourceFiles(source, plugins(), problems, stages, options.configFile());
        Map<String, Template> layouts = reading.templates(byKind.get(SourceKind.LAYOUT), "_layouts/", true);
        Map<String, Template> includes = reading.templates(byKind.get(SourceKind.INCLUDE), "_includes/", false);
        Map<String, Object> data = new DataFiles(plugins(), source, problems).read(byKind.get(SourceKind.DATA));
        setup = templateSetup(config, includes, rules);

        List<String> candidates = new ArrayList<>();
        for (SourceKind kind : List.of(SourceKind.POST, SourceKind.DRAFT, SourceKind.DOCUMENT, SourceKind.OTHER)) {
            candidates.addAll(byKind.getOrDefault(kind, List.of()));
        }
        Map<String, SourceKind> kinds = new HashMap<>();
        byKind.forEach((kind, paths) -> paths.forEach(p -> kinds.put(p, kind)));
        // Files that failed to read are reported and left out; the others go on, so that one run reports
        // the problems of every file.
        Set<String> listedPlugins = JekyllPlugins.listed(config);
        boolean optionalFrontMatter = listedPlugins.contains("jekyll-optional-front-matter");
        long sizeLimit = (config.values().get(ConfigReader.CONTENT_SIZE_LIMIT) instanceof Long mb ? mb
                : ConfigReader.DEFAULT_CONTENT_SIZE_LIMIT_MB) * 1024 * 1024;
        stages.add(Stages.DISCOVERY, System.nanoTime() - start);
        List<Object> read = parallel(candidates, path -> stages.time(Stages.READING, () -> reuse == null
                ? reading.read(path, kinds.get(path), specByLabel, optionalFrontMatter, sizeLimit)
                : reuse.file(path, () -> reading.read(path, kinds.get(path), specByLabel, optionalFrontMatter,
                        sizeLimit))));

        SiteConfig finalConfig = config;
        boolean builtInTheme = theme.equals(Site.DEFAULT_THEME);
        boolean defaultLayoutPlugin = JekyllPlugins.listed(config).contains("jekyll-default-layout");
        LayoutDefaults layoutDefaults = new LayoutDefaults(layouts.keySet(), builtInTheme || defaultLayoutPlugin,
                defaultLayoutPlugin);
        Metadata metadata = new Metadata(config, ext -> plugins().parser(ext).map(ContentParser::outputExtension),
                source::lastModified, layoutDefaults, listedPlugins.contains("jekyll-titles-from-headings"));
        List<Post> posts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Map<String, List<Page>> docs = new LinkedHashMap<>();
        specs.forEach(spec -> docs.put(spec.label(), new ArrayList<>()));
        List<StaticFile> statics = new ArrayList<>();
        Map<String, SourceFile> files = new java.util.concurrent.ConcurrentHashMap<>();
        // Front matter to posts and pages on every core, then gathered in the files' order.
        List<Object> outlined = parallel(flatten(read), item -> !(item instanceof SourceFile raw) ? item
                : reuse == null ? outline(raw, defaults, metadata, specByLabel)
                : reuse.outline(raw.path(), () -> outline(raw, defaults, metadata, specByLabel),
                        o -> ((Outlined) o).content()));
        for (Object item : outlined) {
            if (item instanceof StaticFile file) {
                statics.add(file);
            } else if (item instanceof Outlined outline) {
                SourceFile file = outline.file();
                files.put(file.path(), file);
                if (outline.content() instanceof Page page) {
                    (file.kind() == SourceKind.DOCUMENT ? docs.get(SourceFiles.labelOf(file.path())) : pages).add(page);
                } else if (outline.content() instanceof Post post) {
                    noteFuture(post);
                    if (post.path().equals(keep) || isPublished(post, finalConfig)) {
                        posts.add(post);
                    }
                }
            }
        }
        if (listedPlugins.contains(ReadmeIndex.GEM)) {
            readmesAsIndexes(ReadmeIndex.of(config), pages, statics, files, defaults, metadata);
        }
        posts.sort(NEWEST_FIRST);
        // --limit_posts: the newest N, as Jekyll keeps them.
        if (options.limitPosts() > 0 && posts.size() > options.limitPosts()) {
            posts.subList(options.limitPosts(), posts.size()).clear();
        }
        pages.sort(RenderOrder.PAGES);
        Set<String> clashing = checkCollisions(posts, withOutputDocuments(pages, collections(specs, docs)), statics);
        // A file whose URL is taken is reported and left out, so that nothing later reports it again.
        posts.removeIf(p -> clashing.contains(p.path()));
        pages.removeIf(p -> clashing.contains(p.path()));
        docs.values().forEach(list -> list.removeIf(p -> clashing.contains(p.path())));
        List<Collection> collections = collections(specs, docs);

        OffsetDateTime time = options.now().atZone(config.timezone()).toOffsetDateTime();

        if (cache != null) {
            cacheBuild = cache.start(config.values() + "\nsafe=" + config.safe());
        }
        // Posts first, as Jekyll renders them first: pages (a home page, an archive) can then show their
        // converted bodies and excerpts.
        Site outline = new Site(config, posts, pages, statics, layouts, includes, time, theme, data, collections,
                options.environment());
        RenderOrder order = new RenderOrder(posts, collections, pages, content -> {
            SourceFile file = files.get(content.path());
            return file == null ? "" : reading.bodyOf(file).get();
        });
        // Through a reference: a session's patch points the bodies at the site as it is then (KeptRead).
        AtomicReference<Variables> postVariables = new AtomicReference<>(variables(outline, order));
        Converter postConverter = converter(content -> postVariables.get().forContent(content), outline, order);
        // Nothing is converted yet: each post gets the body that converts it when asked, on every core.
        Map<String, LazyBody> postBodies = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, BodyText> texts = new java.util.concurrent.ConcurrentHashMap<>();
        List<Post> convertedPosts = parallel(posts, post -> {
            SourceFile file = files.get(post.path());
            BodyText text = new BodyText(reading.bodyOf(file));
            texts.put(post.path(), text);
            LazyBody body = postConverter.body(post, file, text, problems::add);
            bodies.add(post.outputPath(), post.path(), body);
            postBodies.put(post.path(), body);
            return post.withBody(body);
        });
        // Pages and documents converted once, by whichever comes first: their own turn, or Liquid in a
        // later file reading their content. Their HTML is kept with the site anyway.
        Map<Content, FutureTask<Page>> once = Collections.synchronizedMap(new IdentityHashMap<>());
        order.converted(content -> {
            if (content instanceof Post post) {
                LazyBody body = postBodies.get(post.path());
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
        collections.forEach(c -> c.docs().forEach(doc -> once.put(doc,
                new FutureTask<>(() -> convertPage(postConverter, doc, files.get(doc.path()), false)))));
        List<Collection> convertedCollections = new ArrayList<>();
        for (Collection collection : collections) {
            convertedCollections.add(new Collection(collection.label(), collection.output(), collection.permalink(),
                    parallel(collection.docs(), p -> convertOnce(once.get(p)))));
        }

        Site withPosts = outline.with(convertedPosts, pages, convertedCollections);
        Set<String> generated = new java.util.HashSet<>();
        List<SourceFile> generatedFiles = generate(withPosts);
        for (SourceFile made : generatedFiles) {
            SourceFile file = withDefaults(made, "", defaults);
            try {
                pages.add(metadata.page(file));
                files.put(file.path(), file);
                generated.add(file.path());
            } catch (SourceException e) {
                // A generated page has no file: the problem is the post whose redirect_from or tag made it.
                Diagnostic d = e.diagnostic();
                problems.error(Origins.generatorOf(withPosts, file.path()).orElse(d.position()), d.message(), d.hint());
            }
        }
        int paginated = (int) convertedPosts.stream().filter(p -> !Pagination.hides(p)).count();
        List<Page> expanded = new Paginator(config.pagination(), paginated).expand(pages);
        Set<String> taken = checkCollisions(convertedPosts, withOutputDocuments(expanded, convertedCollections),
                statics);
        List<Page> allPages = expanded.stream().filter(p -> !taken.contains(p.path())).toList();
        if (reuse != null) {
            reuse.settle(shapeOf(convertedPosts, allPages, convertedCollections, statics));
        }

        Site withPages = outline.with(convertedPosts, allPages, convertedCollections);
        Converter pageConverter = converter(variables(withPages, order), withPages, order);
        // Converted documents are read in their converted form from here on.
        convertedCollections.forEach(c -> c.docs().forEach(doc -> once.put(doc, done(doc))));
        allPages.forEach(page -> once.put(page, new FutureTask<>(() -> convertPage(pageConverter, page,
                files.get(page.path()), generated.contains(page.path())))));
        List<Page> convertedPages = parallel(allPages, p -> convertOnce(once.get(p)));
        kept = new KeptRead(this, new KeptRead.Reading(reading, kinds, specByLabel, optionalFrontMatter, sizeLimit,
                defaults, metadata), files, postBodies, texts, postConverter, postVariables, order, once, generatedFiles,
                generated, outline, withPages);
        return outline.with(convertedPosts, convertedPages, convertedCollections);
    }

    /**
     * A page or document converted, or in a session its conversion of the last build when nothing it read
     * changed. A generator's page is converted each time: what the generator put in it is not recorded.
     */
    Page convertPage(Converter converter, Page page, SourceFile file, boolean generated) {
        if (reuse == null) {
            return converter.convert(page, file);
        }
        if (!generated) {
            Optional<Page> again = reuse.converted(page);
            if (again.isPresent()) {
                return again.get();
            }
        }
        return reuse.keep(build.reads().page(page.path(), () -> {
            build.reads().record(Fact.file(page.path()));
            if (generated) {
                build.reads().record(Fact.POSTS);
            }
            return converter.convert(page, file);
        }));
    }

    /** What places each post, page, document and file of the site, in order: see {@link ReadCache#settle}. */
    private static List<ReadCache.Place> shapeOf(List<Post> posts, List<Page> pages, List<Collection> collections,
            List<StaticFile> statics) {
        List<ReadCache.Place> shape = new ArrayList<>(posts.size() + pages.size() + statics.size());
        posts.forEach(post -> shape.add(ReadCache.Place.of(post)));
        pages.forEach(page -> shape.add(ReadCache.Place.of(page)));
        collections.forEach(c -> c.docs().forEach(doc -> shape.add(ReadCache.Place.of(doc))));
        statics.forEach(file -> shape.add(new ReadCache.Place(file.path(), file.url(), file.outputPath(), null, null,
                null, false)));
        return shape;
    }

    /** A source file with its defaults applied, and what its front matter makes of it: a post, a page, or null. */
    record Outlined(SourceFile file, Object content) {
    }

    Outlined outline(SourceFile raw, Defaults defaults, Metadata metadata,
            Map<String, CollectionSpec> specByLabel) {
        String label = raw.kind() == SourceKind.DOCUMENT ? SourceFiles.labelOf(raw.path()) : "";
        SourceFile file = withDefaults(raw, label, defaults);
        return new Outlined(file, switch (file.kind()) {
            case OTHER -> metadata.page(file);
            case DOCUMENT -> metadata.document(file, specByLabel.get(label));
            default -> metadata.post(file, problems).orElse(null);
        });
    }

    /**
     * jekyll-readme-index, as a generator after reading: each readme without front matter whose folder has no
     * index becomes a page at the folder's URL; with {@code with_frontmatter}, so does each readme page.
     */
    private void readmesAsIndexes(ReadmeIndex readmes, List<Page> pages, List<StaticFile> statics,
            Map<String, SourceFile> files, Defaults defaults, Metadata metadata) {
        if (!readmes.enabled()) {
            return;
        }
        for (StaticFile readme : readmes.readmes(statics)) {
            if (ReadmeIndex.hasIndex(ReadmeIndex.folder(readme.url()), pages, statics)) {
                continue;
            }
            try {
                String text = Texts.decode(readme.path(), source.read(readme.path()));
                SourceFile file = withDefaults(new SourceFile(readme.path(), SourceKind.OTHER,
                        new Document(ReadmeIndex.asIndex(FrontMatter.EMPTY, readme.url()), text, 1),
                        SourceFiles.extension(readme.path())), "", defaults);
                files.put(file.path(), file);
                pages.add(metadata.page(file));
                if (readmes.removesOriginals()) {
                    statics.remove(readme);
                }
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        if (!readmes.movesPagesWithFrontMatter()) {
            return;
        }
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            SourceFile file = files.get(page.path());
            if (file != null && readmes.isReadme(page)
                    && !ReadmeIndex.hasIndex(ReadmeIndex.folder(page.url()), pages, statics)) {
                SourceFile moved = file.withFrontMatter(ReadmeIndex.asIndex(file.document().frontMatter(), page.url()));
                files.put(moved.path(), moved);
                pages.set(i, metadata.page(moved));
            }
        }
    }

    private static List<Object> flatten(List<Object> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof List<?> list) {
                out.addAll(list);
            } else {
                out.add(item);
            }
        }
        return out;
    }


    /** The file with its front matter over the {@code defaults:} that apply to it, Hugo's keys read as Jekyll's. */
    private static SourceFile withDefaults(SourceFile file, String label, Defaults defaults) {
        String type = switch (file.kind()) {
            case POST -> "posts";
            case DRAFT -> "drafts";
            case DOCUMENT -> label;
            default -> "pages";
        };
        FrontMatter fm = defaults.apply(file.path(), type, file.document().frontMatter());
        if (file.kind() == SourceKind.DRAFT) {
            fm = defaults.apply(file.path(), "posts", fm);
        }
        fm = HugoKeys.apply(fm);
        if (fm == file.document().frontMatter()) {
            return file;
        }
        return file.withFrontMatter(fm);
    }

    /** The collections with their documents sorted by {@code sort_by}, or by path. */
    private static List<Collection> collections(List<CollectionSpec> specs, Map<String, List<Page>> docs) {
        List<Collection> out = new ArrayList<>();
        for (CollectionSpec spec : specs) {
            List<Page> sorted = new ArrayList<>(docs.get(spec.label()));
            Comparator<Page> byPath = Comparator.comparing(Page::path);
            if (!spec.sortBy().isEmpty()) {
                // Documents without the key go last, as in Jekyll.
                sorted.sort(Comparator.comparing((Page p) -> p.frontMatter().values().get(spec.sortBy()),
                        Comparator.nullsLast(VALUE_ORDER)).thenComparing(byPath));
            } else {
                sorted.sort(byPath);
            }
            out.add(new Collection(spec.label(), spec.output(), spec.permalink(), sorted));
        }
        return out;
    }

    /** Numbers sort as numbers, everything else as text. */
    private static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString()));
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

    private static List<Page> withOutputDocuments(List<Page> pages, List<Collection> collections) {
        List<Page> all = new ArrayList<>(pages);
        collections.stream().filter(Collection::output).forEach(c -> all.addAll(c.docs()));
        return all;
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

    Converter converter(Variables variables, Site site, RenderOrder order) {
        return converter(variables::forContent, site, order);
    }

    private Converter converter(Function<Content, Map<String, Object>> variables, Site site, RenderOrder order) {
        RelativeLinks links = JekyllPlugins.listed(build.config()).contains("jekyll-relative-links")
                ? RelativeLinks.of(site) : RelativeLinks.NONE;
        return new Converter(build, setup, variables, this::readOptional, links, cacheBuild, order);
    }

    /** The site as Liquid sees it, with this reader's posts' fields and build. */
    Variables variables(Site site, RenderOrder order) {
        return new Variables(site, postFields, this::clockWasRead, order, build.reads());
    }

    /** Where the read's problems go. */
    Problems problems() {
        return problems;
    }

    private TemplateSetup templateSetup(SiteConfig config, Map<String, Template> includes, SourceRules rules) {
        Highlighting markdown = Highlightings.forMarkdown(config, plugins());
        return new TemplateSetup(config, name -> Optional.ofNullable(includes.get(name)),
                (extension, text) -> plugins().parser(extension).map(parser -> parser.toHtml(text,
                        new ParseContext("(" + extension + "ify)", 1, config, this::readOptional,
                                markdown, "", options.environment(), (path, css) -> { }))),
                Highlightings.forTag(config, plugins()), path -> readForTemplates(path, rules, config.safe()),
                problems::add);
    }

    /**
     * A file for {@code include_relative}: never the configuration or a hidden file, and in safe mode
     * nothing the site excludes; a post from a stranger could otherwise print {@code .env} into the page.
     */
    private Optional<byte[]> readForTemplates(String path, SourceRules rules, boolean safe) {
        Optional<String> refused = rules.unreadableByTemplates(path, safe);
        if (refused.isPresent()) {
            throw new ColophonException(path + " cannot be included: " + refused.get());
        }
        return readOptional(path);
    }

    /**
     * Lets the template engine get ready on a pool thread while the site is read: on a small site its
     * start-up is otherwise what the first page waits for. A failure here is the engine's to meet again,
     * and report, when it compiles.
     */
    private void prepareTemplateEngine() {
        plugins().templateEngine().ifPresent(engine -> pool.execute(() -> {
            try {
                engine.prepare();
            } catch (RuntimeException e) {
                // compile() reports it, with the template it concerns
            }
        }));
    }

    /** The generators' pages, as source files that go through the same steps as files on disk. */
    List<SourceFile> generate(Site site) {
        List<SourceFile> out = new ArrayList<>();
        for (var generator : plugins().generators()) {
            try {
                for (var page : generator.generate(site)) {
                    out.add(new SourceFile(page.path(), SourceKind.OTHER,
                            new Document(page.frontMatter(), page.body(), 1), SourceFiles.extension(page.path())));
                }
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        return out;
    }

    /** Reuses the conversions in {@code cache}, and adds this build's. */
    public SiteReader caching(ConversionCache cache) {
        this.cache = cache;
        return this;
    }

    /**
     * For a build session that keeps this site for its next build: reads the posts at {@code paths} again.
     * Empty, changing nothing, when one is not a post this read published or no longer one, or its front
     * matter moved it (URL, date, tags): the session then reads the site again. See {@link KeptRead}.
     */
    public Optional<PostEdits> readEdits(Set<String> paths, ReadCache cache) {
        return kept == null || reuse != cache ? Optional.empty() : kept.read(paths, cache);
    }

    /**
     * Takes in edits to bodies only ({@link PostEdits#bodiesOnly()}): the edited bodies read the new text and
     * forget what they converted, as do those of {@code alsoDirty} (bodies whose Liquid read theirs).
     */
    public void resetBodies(PostEdits edits, ReadCache cache, Set<String> alsoDirty) {
        kept.resetBodies(edits, cache, alsoDirty);
    }

    /**
     * Takes in edits to posts' front matter that keep the site's outline: the site as a whole read would
     * make it, with the pages that read {@code dirty} converted again; empty when that needs a whole read.
     */
    public Optional<Site> patchFields(PostEdits edits, ReadCache cache, Set<Fact> dirty, Set<String> alsoDirty) {
        return kept.patchFields(edits, cache, dirty, alsoDirty, bodies);
    }

    /**
     * Takes what the last build of a session read from {@code cache} where it still holds, and leaves this
     * build's there; the cache decides, once the site is outlined, what may have changed.
     */
    public SiteReader reusing(ReadCache cache) {
        this.reuse = cache;
        this.postFields = cache.postFields();
        return this;
    }

    /** Ends this build's use of the cache it was {@link #caching given}: what it did not use is dropped. */
    public void finishCaching() {
        if (cacheBuild != null) {
            cacheBuild.finish();
        }
    }

    /** The posts' template fields, for the build's other {@link Variables} to share. */
    public Variables.PostFields postFields() {
        return postFields;
    }

    /** The posts' bodies of the site read, converted when first asked for. */
    public Bodies bodies() {
        return bodies;
    }

    /** The template setup of the site read: its includes and converters. */
    public TemplateSetup templateSetup() {
        return setup;
    }

    /** The plugins the site was read with: in safe mode, only Colophon's own. */
    public Plugins plugins() {
        return build.plugins();
    }

    /** The build as the site's configuration settled it: its plugins, its configuration. */
    public Build build() {
        return build;
    }

    /** The source the site was read from: the site's files over its theme's. */
    public SiteSource source() {
        return source;
    }

    /**
     * Layers the theme under the site: {@code theme:} names it; a site without layouts of its own gets the
     * built-in theme when it is on the class path.
     */
    private void layerTheme(SiteConfig config, List<String> siteFiles) {
        Object named = config.values().get("theme");
        String name = named == null ? "" : named.toString().strip();
        boolean ownLayouts = siteFiles.stream().anyMatch(f -> f.startsWith("_layouts/"));
        if (name.isEmpty() && ownLayouts) {
            return;
        }
        String wanted = name.isEmpty() ? Site.DEFAULT_THEME : name;
        Optional<ThemeSource> found = ThemeSource.find(wanted, plugins().classLoader());
        if (found.isEmpty()) {
            if (!name.isEmpty()) {
                List<String> themes = ThemeSource.available(plugins().classLoader());
                problems.error(SourcePosition.of(options.configFile()), "theme '" + name + "' was not found (themes"
                        + " found: " + (themes.isEmpty() ? "none" : String.join(", ", themes)) + ")",
                        "add the theme's jar: colophon --theme-path JAR, COLOPHON_CLASSPATH, a jar in the site's"
                        + " _themes/ folder, or a dependency of colophon-maven-plugin; or remove the theme: line");
            }
            return;
        }
        theme = found.get().name();
        source = new LayeredSource(source, siteFiles, found.get());
    }

    /** A file of the site (theme included), or empty. */
    private Optional<byte[]> readOptional(String path) {
        build.reads().record(Fact.file(path));
        try {
            return Optional.of(source.read(path));
        } catch (ColophonException e) {
            return Optional.empty();
        }
    }

    /** A post dated after the build time is published, or leaves the feeds' "future", by a later build. */
    private void noteFuture(Post post) {
        Instant date = post.date().toInstant();
        if (date.isAfter(options.now()) && date.isBefore(nextPublication)) {
            nextPublication = date;
        }
    }

    /**
     * The date of the first post after the build time: a build at that time or later publishes it. {@link
     * Instant#MAX} when there is none.
     */
    public Instant nextPublication() {
        return nextPublication;
    }

    /** Notes that a template or renderer used the build time. */
    public void clockWasRead() {
        clockRead.set(true);
        build.reads().record(Fact.TIME);
    }

    /** Whether a template or renderer of this build used the build time: its output changes with the clock. */
    public boolean readTheClock() {
        return clockRead.get();
    }

    private boolean isPublished(Post post, SiteConfig config) {
        if (post.draft() && !config.showDrafts() && !(options.unpublished() && onlyUnpublished(post))) {
            return false;
        }
        return config.future() || !post.date().toInstant().isAfter(options.now());
    }

    /**
     * Whether a post is a draft only for {@code published: false}, which {@code --unpublished} publishes: not
     * in {@code _drafts}, not {@code draft: true}.
     */
    private static boolean onlyUnpublished(Post post) {
        return post.frontMatter().bool("published").filter(p -> !p).isPresent()
                && !post.frontMatter().bool("draft").orElse(false)
                && !post.path().startsWith("_drafts/") && !post.path().contains("/_drafts/");
    }


    /** Reports every post or page whose output another file already has; returns their paths. */
    private Set<String> checkCollisions(List<Post> posts, List<Page> pages, List<StaticFile> statics) {
        Set<String> clashing = new java.util.HashSet<>();
        Map<String, String> owners = new HashMap<>();
        List<Content> contents = new ArrayList<>(posts);
        contents.addAll(pages);
        contents.sort(Comparator.comparing(Content::path));
        for (StaticFile file : statics) {
            owners.put(file.outputPath(), file.path());
        }
        for (Content content : contents) {
            String other = owners.putIfAbsent(content.outputPath(), content.path());
            if (other != null) {
                int line = content.frontMatter().line("permalink");
                problems.error(new SourcePosition(content.path(), line, line == 0 ? 0 : 1),
                        "the URL " + content.url() + " is also the URL of " + other,
                        "give one of them another permalink");
                clashing.add(content.path());
            }
        }
        return clashing;
    }

    private <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
        Function<T, R> guarded = item -> {
            try {
                return work.apply(item);
            } catch (SourceException e) {
                problems.add(e);
                return null;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                problems.failed(nameOf(item), "reading", e);
                return null;
            }
        };
        List<R> results = pool.submit(() -> items.parallelStream().map(guarded).toList()).join();
        return results.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The source path of what {@link #parallel} works on, for a message about it. */
    private static String nameOf(Object item) {
        return item instanceof Content c ? c.path() : item instanceof SourceFile f ? f.path() : String.valueOf(item);
    }
}
