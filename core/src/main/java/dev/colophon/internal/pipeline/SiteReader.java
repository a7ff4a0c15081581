package dev.colophon.internal.pipeline;

import dev.colophon.BuildOptions;
import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.internal.source.LayeredSource;
import dev.colophon.internal.source.SourceKind;
import dev.colophon.internal.source.SourceRules;
import dev.colophon.internal.source.ThemeSource;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Collection;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.model.StaticFile;
import dev.colophon.model.Template;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.ParseContext;
import dev.colophon.spi.TemplateSetup;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a whole site into an immutable {@link Site}, stage by stage: the configuration ({@link ConfigFiles},
 * safe mode, the theme), which file is what ({@link SourceRules}; templates and data read), the files
 * read ({@link SourceFiles}), outlined ({@link Outline}: posts, pages, collections, URLs) and converted
 * ({@link Conversion}: Liquid, then Markdown). Every problem is collected; the read fails once, at the end
 * of the stage that found errors.
 */
public final class SiteReader {

    /** The build: its own plugins and configuration from the moment the configuration is read. */
    private Build build;
    private SiteSource source;
    private String theme = "";
    private TemplateSetup setup;
    // The build's, for short: the same for the whole read.
    private final BuildOptions options;
    private final Stages stages;
    private final Parallel parallel;
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
        this.problems = build.problems();
        this.parallel = new Parallel(build.pool(), problems);
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
        bodies.convertAll(parallel.pool());
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
        Configured configured = configure();
        SiteConfig config = configured.config();
        Discovered found = discover(configured);
        stages.add(Stages.DISCOVERY, System.nanoTime() - start);
        Reading reading = found.reading();
        List<Object> read = parallel.map(found.candidates(), path -> stages.time(Stages.READING, () -> reuse == null
                ? reading.read(path) : reuse.file(path, () -> reading.read(path))));

        Outline outliner = new Outline(config, options, source, plugins(), found.specs(), found.layouts().keySet(),
                theme, parallel);
        SiteOutline outline = outliner.site(read, keep, reuse);
        nextPublication = outline.nextPublication();
        OffsetDateTime time = options.now().atZone(config.timezone()).toOffsetDateTime();
        if (cache != null) {
            cacheBuild = cache.start(config, plugins().parsers());
        }
        Site outlined = new Site(config, outline.posts(), outline.pages(), outline.statics(), found.layouts(),
                found.includes(), time, theme, found.data(), outline.collections(), options.environment());

        Conversion conversion = new Conversion(new Converters(build, setup, cacheBuild, postFields,
                this::clockWasRead, this::readOptional), outlined, outline.files(), reading.files(), bodies, reuse,
                parallel);
        Site withPosts = conversion.posts(outlined);
        // The generators see the posts with their bodies; the pages they add are outlined as read ones are.
        Outline.Generated generated = outliner.generated(outline, withPosts);
        // With the whole outline known, a session's cache can tell whether only what the graph follows changed.
        if (reuse != null) {
            reuse.settle(shapeOf(withPosts.posts(), generated.pages(), withPosts.collections(), outline.statics()));
        }
        Site withPages = outlined.with(withPosts.posts(), generated.pages(), withPosts.collections());
        List<Page> pages = conversion.pages(withPages, generated.paths());

        kept = new KeptRead(reading, outliner, conversion, outline.files(), generated, outlined, withPages);
        return outlined.with(withPosts.posts(), pages, withPosts.collections());
    }

    /** What the configuration stage settled: the configuration, every file of the site and its theme. */
    private record Configured(SiteConfig config, List<String> files, List<String> links) {
    }

    /**
     * Reads the configuration; decides safe mode (its plugins, its source without links) and the theme
     * layered under the site: the build and the source are what it settles. A broken configuration or theme
     * stops the read here, as every later step would report its consequences.
     */
    private Configured configure() {
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
        problems.throwIfErrors();
        // Listed once: walking the folder again costs tens of milliseconds on a big site.
        List<String> all = source == unthemed ? siteFiles : source.files();
        boolean drafts = options.drafts() || config.showDrafts();
        boolean future = options.future() || config.future();
        config = config.withPublishing(drafts, future);
        build = build.with(build.plugins(), config);
        return new Configured(config, all, links);
    }

    /**
     * What the discovery stage found: how to read each file that may be a post, page or document (the
     * candidates, in order), the collections, and the templates and data, read already.
     */
    private record Discovered(Reading reading, List<String> candidates, List<CollectionSpec> specs,
            Map<String, Template> layouts, Map<String, Template> includes, Map<String, Object> data) {
    }

    /** Tells which file is what (SourceRules), reads the templates and data, and sets up the templates. */
    private Discovered discover(Configured configured) {
        SiteConfig config = configured.config();
        SourcePosition configAt = SourcePosition.of(options.configFile());
        List<CollectionSpec> specs = CollectionSpec.read(config.values().get("collections"), problems, configAt);
        Map<String, CollectionSpec> specByLabel = new LinkedHashMap<>();
        specs.forEach(spec -> specByLabel.put(spec.label(), spec));
        SourceRules rules = new SourceRules(config, options.configFile(), specByLabel.keySet());
        SafeMode.warnLinks(configured.links(), rules, problems);
        Map<SourceKind, List<String>> byKind = new HashMap<>();
        for (String path : configured.files()) {
            byKind.computeIfAbsent(rules.classify(path), k -> new ArrayList<>()).add(path);
        }
        SourceFiles files = new SourceFiles(source, plugins(), problems, stages, options.configFile());
        Map<String, Template> layouts = files.templates(byKind.get(SourceKind.LAYOUT), "_layouts/", true);
        Map<String, Template> includes = files.templates(byKind.get(SourceKind.INCLUDE), "_includes/", false);
        Map<String, Object> data = new DataFiles(plugins(), source, problems).read(byKind.get(SourceKind.DATA));
        setup = templateSetup(config, includes, rules);

        List<String> candidates = new ArrayList<>();
        for (SourceKind kind : List.of(SourceKind.POST, SourceKind.DRAFT, SourceKind.DOCUMENT, SourceKind.OTHER)) {
            candidates.addAll(byKind.getOrDefault(kind, List.of()));
        }
        Map<String, SourceKind> kinds = new HashMap<>();
        byKind.forEach((kind, paths) -> paths.forEach(p -> kinds.put(p, kind)));
        boolean optionalFrontMatter = JekyllPlugins.listed(config).contains("jekyll-optional-front-matter");
        long sizeLimit = (config.values().get(ConfigReader.CONTENT_SIZE_LIMIT) instanceof Long mb ? mb
                : ConfigReader.DEFAULT_CONTENT_SIZE_LIMIT_MB) * 1024 * 1024;
        return new Discovered(new Reading(files, kinds, specByLabel, optionalFrontMatter, sizeLimit), candidates,
                specs, layouts, includes, data);
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
        plugins().templateEngine().ifPresent(engine -> parallel.pool().execute(() -> {
            try {
                engine.prepare();
            } catch (RuntimeException e) {
                // compile() reports it, with the template it concerns
            }
        }));
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
     * forget what they converted, as do the other bodies in {@code dirty} (whose Liquid read theirs).
     */
    public void resetBodies(PostEdits edits, ReadCache cache, Set<Fact> dirty) {
        kept.resetBodies(edits, cache, dirty);
    }

    /**
     * Takes in edits to posts' front matter that keep the site's outline: the site as a whole read would
     * make it, with the pages that read {@code dirty} converted again; empty when that needs a whole read.
     */
    public Optional<Site> patchFields(PostEdits edits, ReadCache cache, Set<Fact> dirty) {
        return kept.patchFields(edits, cache, dirty, bodies);
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
}
