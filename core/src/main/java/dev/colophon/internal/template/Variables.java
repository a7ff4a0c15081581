package dev.colophon.internal.template;

import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.graph.Reads;
import dev.colophon.internal.url.Permalinks;
import dev.colophon.url.UrlPaths;
import dev.colophon.model.Collection;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Pagination;
import dev.colophon.model.Post;
import dev.colophon.model.Site;
import dev.colophon.model.StaticFile;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Liquid view of a site: {@code site} and {@code page} as Jekyll templates know them, as plain maps
 * and lists, built once per site and shared read-only by every render.
 */
public final class Variables {

    private final Site site;
    private final PostFields fields;
    private final SiteView siteView;
    private final RenderOrder order;
    private final Reads reads;
    // By identity: records hash every field, bodies included, which is slow for a lookup.
    private final Map<Content, Map<String, Object>> pageViews = new IdentityHashMap<>();

    /**
     * @param fields the posts' fields, shared with the build's other views of the same posts: they differ
     *     only in the bodies they read
     * @param timeRead runs whenever a template reads {@code site.time}: see {@link SiteView}
     */
    public Variables(Site site, PostFields fields, Runnable timeRead) {
        this(site, fields, timeRead, RenderOrder.NONE, Reads.NONE);
    }

    /**
     * @param order what Liquid in a body sees as another file's {@code content}; the same for every
     *     {@link Variables} of a build
     * @param reads where the build records which posts' and pages' fields and bodies templates read
     */
    public Variables(Site site, PostFields fields, Runnable timeRead, RenderOrder order, Reads reads) {
        this.site = site;
        this.fields = fields;
        this.order = order;
        this.reads = reads;
        List<Post> sorted = site.posts();
        this.posts = new PostViews(sorted);
        List<Object> pages = new ArrayList<>(site.pages().size());
        for (Page page : site.pages()) {
            Map<String, Object> view = pageView(page, "");
            pageViews.put(page, view);
            pages.add(view);
        }
        List<Object> collections = new ArrayList<>();
        collections.add(collectionView("posts", true, Permalinks.postPattern(site.config().postsPermalink()), posts));
        Map<String, Object> byLabel = new LinkedHashMap<>();
        for (Collection collection : site.collections()) {
            List<Page> sortedDocs = collection.docs();
            List<View> plain = sortedDocs.stream().map(d -> pageView(d, collection.label())).toList();
            List<Object> docs = new ArrayList<>(sortedDocs.size());
            for (int i = 0; i < sortedDocs.size(); i++) {
                // As for posts, neighbours in the collection's order, without neighbours of their own.
                View view = plain.get(i).withNeighbours(i > 0 ? plain.get(i - 1) : null,
                        i + 1 < sortedDocs.size() ? plain.get(i + 1) : null);
                pageViews.put(sortedDocs.get(i), view);
                docs.add(view);
            }
            byLabel.put(collection.label(), Collections.unmodifiableList(docs));
            // Jekyll shows a collection's permalink only when one was configured.
            collections.add(collectionView(collection.label(), collection.output(),
                    collection.permalink().equals(Collection.DEFAULT_PERMALINK) ? null : collection.permalink(), docs));
        }
        Map<String, Object> view = new LinkedHashMap<>(site.config().values());
        view.putAll(byLabel);
        view.put("collections", Collections.unmodifiableList(collections));
        view.put("documents", new Lazy(() -> {
            List<Object> documents = new ArrayList<>(posts);
            byLabel.values().forEach(docs -> documents.addAll((List<?>) docs));
            return Collections.unmodifiableList(documents);
        }));
        view.put("data", site.data());
        // Unset, nil as in Jekyll, so that {% seo %} and themes fall back (to site.name, for one).
        view.put("title", site.config().title().isEmpty() ? null : site.config().title());
        view.put("description", site.config().description().isEmpty() ? null : site.config().description());
        // Unset, nil as in Jekyll: "" would be true in Liquid ({% if site.url %} in jekyll-seo-tag's template).
        view.put("url", site.config().url().isEmpty() ? null : site.config().url());
        // site.baseurl is the value as written, as in Jekyll: /blog/ keeps its slash (themes write
        // {{ site.baseurl }}assets/…), / stays /; relative_url and the rest use the cleaned SiteConfig#baseurl.
        view.put("baseurl", site.config().values().get("baseurl"));
        // A name stays a name, as Jekyll themes expect; a mapping gets name, bio, email and url filled in.
        Object author = site.config().values().get("author");
        view.put("author", author instanceof Map ? authorView() : author);
        view.put("time", site.time().toZonedDateTime());
        view.put("posts", posts);
        this.paginatedPosts = new Lazy(() -> {
            List<Object> visible = new ArrayList<>(posts.size());
            for (int i = 0; i < sorted.size(); i++) {
                if (!Pagination.hides(sorted.get(i))) {
                    visible.add(posts.get(i));
                }
            }
            return Collections.unmodifiableList(visible);
        });
        view.put("pages", Collections.unmodifiableList(pages));
        List<Object> htmlPages = new ArrayList<>();
        for (int i = 0; i < site.pages().size(); i++) {
            if (isHtml(site.pages().get(i))) {
                htmlPages.add(pages.get(i));
            }
        }
        view.put("html_pages", Collections.unmodifiableList(htmlPages));
        view.put("static_files", new Lazy(() -> site.staticFiles().stream().map(Variables::staticFileView).toList()));
        view.put("tags", new Lazy(() -> groupView(site.tags())));
        view.put("categories", new Lazy(() -> groupView(site.categories())));
        this.siteView = new SiteView(view, timeRead, reads);
        this.jekyll = Map.of("environment", site.environment(), "version", JEKYLL_VERSION);
    }

    /** The Jekyll version Colophon follows, for {@code jekyll.version}. */
    public static final String JEKYLL_VERSION = "4.3.1";

    private final Map<String, Object> jekyll;
    /** jekyll-paginate's posts: the site's, without those {@link Pagination#hides hidden}. */
    private final Lazy paginatedPosts;
    /** {@code site.posts}: each post's view, made when first asked for. */
    private final PostViews posts;
    /**
     * Each post's place in {@code site.posts}, by identity as pageViews, made when a page first asks: a build
     * session's save makes three of these for 10,000 posts and renders a few pages.
     */
    private volatile Map<Post, Integer> postIndex;

    private Map<Post, Integer> postIndex() {
        Map<Post, Integer> index = postIndex;
        if (index == null) {
            synchronized (this) {
                index = postIndex;
                if (index == null) {
                    List<Post> sorted = site.posts();
                    Map<Post, Integer> made = new IdentityHashMap<>(sorted.size() * 2);
                    for (int i = 0; i < sorted.size(); i++) {
                        made.put(sorted.get(i), i);
                    }
                    postIndex = index = made;
                }
            }
        }
        return index;
    }

    /**
     * The posts' views, newest first, each made when a template first reaches it: a build that renders a
     * few pages of a large site (a build session's, after an edit) does not make one for every post.
     * Jekyll's previous is the older post, next the newer; the neighbours are views without neighbours of
     * their own, so a view never contains itself. Two threads may make the same view at once: they are
     * alike, and either is kept.
     */
    private final class PostViews extends java.util.AbstractList<Object> implements java.util.RandomAccess {
        private final List<Post> sorted;
        private final View[] plain;
        private final View[] linked;

        PostViews(List<Post> sorted) {
            this.sorted = sorted;
            this.plain = new View[sorted.size()];
            this.linked = new View[sorted.size()];
        }

        @Override
        public View get(int i) {
            View view = linked[i];
            if (view == null) {
                view = plain(i).withNeighbours(i + 1 < sorted.size() ? plain(i + 1) : null, i > 0 ? plain(i - 1) : null);
                linked[i] = view;
            }
            return view;
        }

        private View plain(int i) {
            View view = plain[i];
            if (view == null) {
                view = postView(sorted.get(i));
                plain[i] = view;
            }
            return view;
        }

        @Override
        public int size() {
            return sorted.size();
        }
    }

    private static Map<String, Object> collectionView(String label, boolean output, String permalink, List<Object> docs) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("label", label);
        view.put("docs", Collections.unmodifiableList(docs));
        view.put("files", List.of());
        view.put("output", output);
        if (permalink != null) {
            view.put("permalink", permalink);
        }
        view.put("relative_directory", "_" + label);
        view.put("directory", "_" + label);
        return Collections.unmodifiableMap(view);
    }

    /**
     * Jekyll's rule for {@code site.html_pages}: a page whose output is HTML ({@code Page#html?}, by its
     * output extension, whatever its URL: {@code permalink: /404} is one) or whose URL is a folder.
     */
    private static boolean isHtml(Page page) {
        String output = page.outputPath().toLowerCase(java.util.Locale.ROOT);
        return page.url().endsWith("/") || output.endsWith(".html") || output.endsWith(".htm")
                || output.endsWith(".xhtml");
    }

    /** The {@code site} variable. */
    public Map<String, Object> site() {
        return siteView;
    }

    /**
     * The variables a template of this post or page renders with: {@code site}, {@code page}, and for a
     * page of a paginated index, jekyll-paginate's {@code paginator}. A fresh, mutable map.
     */
    public Map<String, Object> forContent(Content content) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("site", content instanceof Post post ? withRelatedPosts(post) : siteView);
        variables.put("page", page(content));
        variables.put("jekyll", jekyll);
        Object paginator = content.frontMatter().values().get("paginator");
        if (paginator instanceof Map<?, ?> map && map.get("page") instanceof Number number) {
            reads.record(Fact.POST_LIST);
            Map<String, Object> view = new LinkedHashMap<>();
            map.forEach((k, v) -> view.put(String.valueOf(k), v));
            int perPage = ((Number) map.get("per_page")).intValue();
            List<?> all = (List<?>) paginatedPosts.get();
            int from = Math.min(all.size(), (number.intValue() - 1) * perPage);
            view.put("posts", all.subList(from, Math.min(all.size(), from + perPage)));
            variables.put("paginator", Collections.unmodifiableMap(view));
        }
        return variables;
    }

    /** The {@code page} variable of a post or page of this site, or a fresh view of another one. */
    public Map<String, Object> page(Content content) {
        Map<String, Object> view = pageViews.get(content);
        if (view != null) {
            return view;
        }
        Integer index = content instanceof Post ? postIndex().get(content) : null;
        if (index != null) {
            return posts.get(index);
        }
        return content instanceof Post post ? postView(post) : pageView((Page) content, "");
    }

    /**
     * Jekyll's {@code site.related_posts} for a post, without its lsi option: the ten newest other posts.
     */
    private Map<String, Object> withRelatedPosts(Post post) {
        List<Object> related = new ArrayList<>(10);
        for (Post other : site.posts()) {
            if (other != post) {
                related.add(page(other));
                if (related.size() == 10) {
                    break;
                }
            }
        }
        return siteView.with("related_posts", related);
    }

    /**
     * The author mapping as written, as Jekyll shows it ({@code {{ site.author }}} prints just its keys), with
     * the settings Colophon reads from it added only where the mapping lacks them and they have a value.
     */
    private Map<String, Object> authorView() {
        Map<String, Object> author = new LinkedHashMap<>();
        Object raw = site.config().values().get("author");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> author.put(String.valueOf(k), v));
        }
        putIfSet(author, "name", site.config().author().name());
        putIfSet(author, "bio", site.config().author().bio());
        putIfSet(author, "email", site.config().author().email());
        putIfSet(author, "url", site.config().author().url());
        return Collections.unmodifiableMap(author);
    }

    private static void putIfSet(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.putIfAbsent(key, value);
        }
    }

    private Map<String, Object> groupView(Map<String, List<Post>> groups) {
        Map<String, Object> view = new LinkedHashMap<>();
        groups.forEach((name, posts) -> view.put(name, posts.stream().map(this::page).toList()));
        return Collections.unmodifiableMap(view);
    }

    /**
     * The posts' template fields of one build, by source path: made once and shared by every
     * {@link Variables} of the build, which differ only in the posts' bodies. Thread-safe.
     */
    public static final class PostFields {
        private final Map<String, Map<String, Object>> byPath = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * Forgets the fields of the post at {@code path}, which changed: a build session keeps the others
         * from build to build, as long as the posts are made the same way.
         */
        public void forget(String path) {
            byPath.remove(path);
        }

        /** Forgets every post's fields. */
        public void clear() {
            byPath.clear();
        }
    }

    /** A post's view; its content, excerpt and word count are converted when a template reads them. */
    private View postView(Post post) {
        return new View(fields.byPath.computeIfAbsent(post.path(), path -> postFields(post)), post, this::fromBody, reads);
    }

    /**
     * A field of a post's or page's view read when a template reads it: from its body, or, for a document
     * without a date, the build time (through the site, so that the build knows the page shows it).
     */
    private Object fromBody(Content content, String key) {
        if (key.equals("content")) {
            String seen = order.contentSeenFromBody(content);
            if (seen != null) {
                return seen;
            }
        }
        if (!(content instanceof Post post)) {
            if (key.equals("date")) {
                return siteView.get("time");
            }
            return key.equals("content") ? content.html() : null;
        }
        return switch (key) {
            case "content" -> post.html();
            case "excerpt" -> post.excerpt();
            case "word_count" -> post.wordCount();
            case "reading_time" -> post.readingMinutes();
            default -> null;
        };
    }

    private static Map<String, Object> postFields(Post post) {
        Map<String, Object> view = new LinkedHashMap<>(post.frontMatter().values());
        ZonedDateTime date = post.date().toZonedDateTime();
        view.put("title", post.title());
        view.put("date", date);
        view.put("slug", post.slug());
        view.put("tags", post.tags());
        view.put("categories", post.categories());
        view.put("url", post.url());
        view.put("id", UrlPaths.idOf(post.url()));
        view.put("path", post.path());
        view.put("relative_path", post.path());
        view.put("collection", "posts");
        view.put("draft", post.draft());
        view.put("layout", post.layout());
        view.put("content", View.FROM_BODY);
        view.put("excerpt", View.FROM_BODY);
        view.put("word_count", View.FROM_BODY);
        view.put("reading_time", View.FROM_BODY);
        String name = post.path().substring(post.path().lastIndexOf('/') + 1);
        view.put("name", name);
        view.put("ext", name.contains(".") ? name.substring(name.lastIndexOf('.')) : "");
        return view;
    }

    private View pageView(Page page, String collection) {
        Map<String, Object> view = new LinkedHashMap<>(page.frontMatter().values());
        // A generator may hand posts themselves (jekyll-archives' page.posts): they are seen as site.posts shows them.
        view.replaceAll((key, value) -> value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Post
                ? list.stream().map(item -> page((Post) item)).toList() : value);
        if (!collection.isEmpty()) {
            String file = page.path().substring(page.path().lastIndexOf('/') + 1);
            view.putIfAbsent("name", file);
            view.putIfAbsent("slug", file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
            view.put("collection", collection);
            view.put("id", UrlPaths.idOf(page.url()));
            view.put("relative_path", page.path());
            // Jekyll's Document#date: the site's time when the document has none; read lazily, as site.time.
            view.putIfAbsent("date", View.FROM_BODY);
        }
        // A page without a title has none: an empty string would be true in Liquid, and themes test it.
        if (!page.title().isEmpty()) {
            view.put("title", page.title());
        }
        view.put("url", page.url());
        view.put("path", page.path());
        view.put("layout", page.layout());
        view.put("content", View.FROM_BODY);
        String name = page.path().substring(page.path().lastIndexOf('/') + 1);
        view.putIfAbsent("name", name);
        // Jekyll's Page#dir: the URL's folder, or the URL itself when it ends in a slash (pretty URLs).
        String url = page.url();
        view.put("dir", url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1));
        return new View(Collections.unmodifiableMap(view), page, this::fromBody, reads);
    }

    private static Map<String, Object> staticFileView(StaticFile file) {
        Map<String, Object> view = new LinkedHashMap<>();
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        view.put("path", "/" + file.path());
        view.put("name", name);
        view.put("basename", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name);
        view.put("extname", name.contains(".") ? name.substring(name.lastIndexOf('.')) : "");
        view.put("url", file.url());
        return Collections.unmodifiableMap(view);
    }

}
