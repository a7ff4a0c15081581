package dev.colophon.internal.pipeline;

import dev.colophon.BuildOptions;
import dev.colophon.SiteSource;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.output.Origins;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.internal.source.SourceKind;
import dev.colophon.internal.template.RenderOrder;
import dev.colophon.model.Collection;
import dev.colophon.model.Content;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Page;
import dev.colophon.model.Pagination;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.SiteConfig;
import dev.colophon.model.StaticFile;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.Document;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outline stage: what each file read is in the site, and where it goes. Front matter over the {@code
 * defaults:} that apply becomes a post, a page or a collection's document ({@link Metadata}: dates, URLs,
 * layouts); the publishing rules and {@code --limit_posts} choose the posts; a URL taken twice is reported
 * and the later file left out. Once the posts have their bodies, the generators and the paginator add their
 * pages ({@link #generated}). Nothing here converts a body.
 */
final class Outline {

    /**
     * Newest first: the reverse of Jekyll's {@code Document#<=>} (date, then path), as {@code site.posts}
     * sorts them with {@code b <=> a}. Posts with the same date are thus in descending order of path.
     */
    static final Comparator<Post> NEWEST_FIRST =
            Comparator.comparingLong((Post post) -> post.date().toEpochSecond())
                    .thenComparingInt(post -> post.date().getNano())
                    .thenComparing(Post::path).reversed();

    /** Numbers sort as numbers, everything else as text. */
    private static final Comparator<Object> VALUE_ORDER = (a, b) -> {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    };

    private final SiteConfig config;
    private final BuildOptions options;
    private final SiteSource source;
    private final Plugins plugins;
    private final List<CollectionSpec> specs;
    private final Map<String, CollectionSpec> specByLabel = new LinkedHashMap<>();
    private final Defaults defaults;
    private final Set<String> listedPlugins;
    private final Metadata metadata;
    private final Parallel parallel;
    private final Problems problems;

    /**
     * @param config the configuration as the build settled it (safe mode, drafts, future)
     * @param source the site's files over its theme's
     * @param layouts the names of the site's layouts, for the layouts pages get by default
     * @param theme the theme's name, or empty
     */
    Outline(SiteConfig config, BuildOptions options, SiteSource source, Plugins plugins, List<CollectionSpec> specs,
            Set<String> layouts, String theme, Parallel parallel) {
        this.config = config;
        this.options = options;
        this.source = source;
        this.plugins = plugins;
        this.specs = specs;
        specs.forEach(spec -> specByLabel.put(spec.label(), spec));
        this.defaults = Defaults.of(config.values().get("defaults"));
        this.listedPlugins = JekyllPlugins.listed(config);
        this.parallel = parallel;
        this.problems = parallel.problems();
        boolean builtInTheme = theme.equals(Site.DEFAULT_THEME);
        boolean defaultLayoutPlugin = listedPlugins.contains("jekyll-default-layout");
        LayoutDefaults layoutDefaults = new LayoutDefaults(layouts, builtInTheme || defaultLayoutPlugin,
                defaultLayoutPlugin);
        this.metadata = new Metadata(config, ext -> plugins.parser(ext).map(ContentParser::outputExtension),
                source::lastModified, layoutDefaults, listedPlugins.contains("jekyll-titles-from-headings"));
    }

    /**
     * The site outlined from the files read (source files and static files, or lists of them).
     *
     * @param keep a source path to keep even if it is a draft or in the future, or null
     * @param reuse what the last build of a session outlined, or null
     */
    SiteOutline site(List<Object> read, String keep, ReadCache reuse) {
        List<Post> posts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Map<String, List<Page>> docs = new LinkedHashMap<>();
        specs.forEach(spec -> docs.put(spec.label(), new ArrayList<>()));
        List<StaticFile> statics = new ArrayList<>();
        Map<String, SourceFile> files = new ConcurrentHashMap<>();
        Instant nextPublication = Instant.MAX;
        // Front matter to posts and pages on every core, then gathered in the files' order.
        List<Object> outlined = parallel.map(flatten(read), item -> !(item instanceof SourceFile raw) ? item
                : reuse == null ? file(raw)
                : reuse.outline(raw.path(), () -> file(raw), o -> ((Outlined) o).content()));
        for (Object item : outlined) {
            if (item instanceof StaticFile file) {
                statics.add(file);
            } else if (item instanceof Outlined outline) {
                SourceFile file = outline.file();
                files.put(file.path(), file);
                if (outline.content() instanceof Page page) {
                    (file.kind() == SourceKind.DOCUMENT ? docs.get(SourceFiles.labelOf(file.path())) : pages).add(page);
                } else if (outline.content() instanceof Post post) {
                    // A post dated after the build time is published, or leaves the feeds' "future", later.
                    Instant date = post.date().toInstant();
                    if (date.isAfter(options.now()) && date.isBefore(nextPublication)) {
                        nextPublication = date;
                    }
                    if (post.path().equals(keep) || isPublished(post)) {
                        posts.add(post);
                    }
                }
            }
        }
        if (listedPlugins.contains(ReadmeIndex.GEM)) {
            readmesAsIndexes(ReadmeIndex.of(config), pages, statics, files);
        }
        posts.sort(NEWEST_FIRST);
        // --limit_posts: the newest N, as Jekyll keeps them.
        if (options.limitPosts() > 0 && posts.size() > options.limitPosts()) {
            posts.subList(options.limitPosts(), posts.size()).clear();
        }
        pages.sort(RenderOrder.PAGES);
        Set<String> clashing = checkCollisions(posts, withOutputDocuments(pages, collections(docs)), statics);
        // A file whose URL is taken is reported and left out, so that nothing later reports it again.
        posts.removeIf(p -> clashing.contains(p.path()));
        pages.removeIf(p -> clashing.contains(p.path()));
        docs.values().forEach(list -> list.removeIf(p -> clashing.contains(p.path())));
        return new SiteOutline(posts, pages, collections(docs), statics, files, nextPublication);
    }

    /** A source file with its defaults applied, and what its front matter makes of it. */
    Outlined file(SourceFile raw) {
        String label = raw.kind() == SourceKind.DOCUMENT ? SourceFiles.labelOf(raw.path()) : "";
        SourceFile file = withDefaults(raw, label, defaults);
        return new Outlined(file, switch (file.kind()) {
            case OTHER -> metadata.page(file);
            case DOCUMENT -> metadata.document(file, specByLabel.get(label));
            default -> metadata.post(file, problems).orElse(null);
        });
    }

    /**
     * What the generators and the paginator add to the site, and which of its pages keep their URL.
     *
     * @param paths the generators' pages' paths
     * @param files the generators' pages as source files, to tell whether another site makes the same
     */
    record Generated(List<Page> pages, List<SourceFile> files, Set<String> paths) {

        Generated {
            pages = List.copyOf(pages);
            files = List.copyOf(files);
            paths = Set.copyOf(paths);
        }
    }

    /**
     * The pages of the site once the generators (they see the posts with their bodies) and the paginator
     * have added theirs; a page whose URL is taken is reported and left out. The generators' source files
     * are added to {@code outline}'s.
     */
    Generated generated(SiteOutline outline, Site withPosts) {
        List<Page> pages = new ArrayList<>(outline.pages());
        Set<String> generated = new HashSet<>();
        List<SourceFile> generatedFiles = generate(withPosts);
        for (SourceFile made : generatedFiles) {
            try {
                Outlined page = generatedPage(made);
                pages.add((Page) page.content());
                outline.files().put(made.path(), page.file());
                generated.add(made.path());
            } catch (SourceException e) {
                // A generated page has no file: the problem is the post whose redirect_from or tag made it.
                Diagnostic d = e.diagnostic();
                problems.error(Origins.generatorOf(withPosts, made.path()).orElse(d.position()), d.message(), d.hint());
            }
        }
        int paginated = (int) withPosts.posts().stream().filter(p -> !Pagination.hides(p)).count();
        List<Page> expanded = new Paginator(config.pagination(), paginated).expand(pages);
        Set<String> taken = checkCollisions(withPosts.posts(), withOutputDocuments(expanded, withPosts.collections()),
                outline.statics());
        List<Page> allPages = expanded.stream().filter(p -> !taken.contains(p.path())).toList();
        return new Generated(allPages, generatedFiles, generated);
    }

    /** A generator's page as a read one is made: the {@code defaults:} that apply to it, then its URL and layout. */
    Outlined generatedPage(SourceFile made) {
        SourceFile file = withDefaults(made, "", defaults);
        return new Outlined(file, metadata.page(file));
    }

    /** The generators' pages, as source files that go through the same steps as files on disk. */
    List<SourceFile> generate(Site site) {
        List<SourceFile> out = new ArrayList<>();
        for (var generator : plugins.generators()) {
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

    private boolean isPublished(Post post) {
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

    /**
     * jekyll-readme-index, as a generator after reading: each readme without front matter whose folder has no
     * index becomes a page at the folder's URL; with {@code with_frontmatter}, so does each readme page.
     */
    private void readmesAsIndexes(ReadmeIndex readmes, List<Page> pages, List<StaticFile> statics,
            Map<String, SourceFile> files) {
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

    /** Reports every post or page whose output another file already has; returns their paths. */
    private Set<String> checkCollisions(List<Post> posts, List<Page> pages, List<StaticFile> statics) {
        Set<String> clashing = new HashSet<>();
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

    /** The collections with their documents sorted by {@code sort_by}, or by path. */
    private List<Collection> collections(Map<String, List<Page>> docs) {
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

    private static List<Page> withOutputDocuments(List<Page> pages, List<Collection> collections) {
        List<Page> all = new ArrayList<>(pages);
        collections.stream().filter(Collection::output).forEach(c -> all.addAll(c.docs()));
        return all;
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
}
