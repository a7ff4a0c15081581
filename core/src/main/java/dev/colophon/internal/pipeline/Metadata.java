package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.post.Dates;
import dev.colophon.internal.post.PostName;
import dev.colophon.internal.source.SourceKind;
import dev.colophon.internal.source.SourceRules;
import dev.colophon.internal.url.Permalinks;
import dev.colophon.url.UrlPaths;
import dev.colophon.model.Body;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.SiteConfig;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works out what Jekyll knows about a post or page before converting it: date, title, categories, tags,
 * layout and URL. The results carry an empty body; {@link Converter} fills it in.
 */
final class Metadata {

    /**
     * The body of a post not yet converted: what Liquid in another post's body sees of it (Jekyll gives
     * the raw or converted text depending on the order it renders in; empty is at least the same every time).
     */
    private static final Body NOT_CONVERTED = new Body.Converted("", "", 0);


    private final SiteConfig config;
    private final Function<String, Optional<String>> parserOutput;
    private final Function<String, java.time.Instant> lastModified;
    private final LayoutDefaults layoutDefaults;
    private final boolean titlesFromHeadings;

    /**
     * @param parserOutput the output extension of the parser for a file extension, empty when none
     */
    Metadata(SiteConfig config, Function<String, Optional<String>> parserOutput,
            Function<String, java.time.Instant> lastModified, LayoutDefaults layoutDefaults,
            boolean titlesFromHeadings) {
        this.config = config;
        this.titlesFromHeadings = titlesFromHeadings;
        this.layoutDefaults = layoutDefaults;
        this.parserOutput = parserOutput;
        this.lastModified = lastModified;
    }

    /** The post, or empty when Jekyll would skip the file (a post name without a date). */
    Optional<Post> post(SourceFile file, Problems problems) {
        String path = file.path();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        FrontMatter fm = file.document().frontMatter();
        Optional<PostName> name;
        try {
            name = file.kind() == SourceKind.DRAFT ? PostName.ofDraft(fileName) : PostName.ofPost(fileName);
        } catch (DateTimeException e) {
            throw new SourceException(SourcePosition.of(path), "the date in the file name, "
                    + fileName.substring(0, Math.min(10, fileName.length())) + ", is not a real day",
                    "name posts YYYY-MM-DD-title.md with a real date");
        }
        if (name.isEmpty()) {
            problems.warning(SourcePosition.of(path), "skipped: a post's file name must start with its date",
                    "rename it YYYY-MM-DD-" + printable(fileName));
            return Optional.empty();
        }
        if (file.blank() && fm.values().isEmpty()) {
            problems.warning(new SourcePosition(path, 1, 1), "the post is empty; its page will have no text",
                    "write the post, or delete the file");
        }
        checkTypes(file);
        OffsetDateTime date = date(file, name.get(), problems);
        String slug = fm.string("slug").orElse(name.get().slug());
        List<String> categories = new ArrayList<>(SourceRules.folderCategories(path));
        fm.string("category").ifPresent(categories::add);
        categories.addAll(fm.words("categories"));
        List<String> tags = new ArrayList<>(fm.words("tags"));
        fm.string("tag").ifPresent(tags::add);
        boolean draft = file.kind() == SourceKind.DRAFT
                || fm.bool("draft").orElse(false)
                || !fm.bool("published").orElse(true);
        String outputExtension = outputExtension(file.extension());
        String pattern = fm.string("permalink").orElse(config.postsPermalink());
        String url = checked(Permalinks.forPost(pattern, slug, categories.stream().distinct().toList(), date,
                outputExtension), file, outputExtension);
        return Optional.of(new Post(path, name.get().slug(), date, title(fm).orElse(name.get().titleFromSlug()),
                tags.stream().distinct().toList(), categories.stream().distinct().toList(), draft, fm, NOT_CONVERTED,
                layout(fm, layoutDefaults.forPost()), UrlPaths.encodePath(url),
                UrlPaths.outputPath(url, outputExtension)));
    }

    Page page(SourceFile file) {
        FrontMatter fm = file.document().frontMatter();
        String outputExtension = outputExtension(file.extension());
        boolean convertible = parserOutput.apply(file.extension()).filter("html"::equals).isPresent();
        checkTypes(file);
        String url = checked(Permalinks.forPage(fm.string("permalink").orElse(null), file.path(),
                Permalinks.isPrettyStyle(config.permalink()), outputExtension), file, outputExtension);
        boolean index = file.path().equals("index.html") || file.path().equals("index.md")
                || file.path().equals("index.markdown");
        String layout = layout(fm, ".html".equals(outputExtension) ? layoutDefaults.forPage(index, convertible) : "");
        String title = title(fm).orElseGet(() -> titlesFromHeadings && convertible
                ? Headings.first(file.document().body()) : "");
        return new Page(file.path(), title, fm, "", layout, UrlPaths.encodePath(url),
                UrlPaths.outputPath(url, outputExtension));
    }

    /** A document of a collection: a page whose URL follows its collection's permalink. */
    Page document(SourceFile file, CollectionSpec collection) {
        FrontMatter fm = file.document().frontMatter();
        String relative = file.path().substring(collection.label().length() + 2);
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        String basename = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String outputExtension = outputExtension(file.extension());
        checkTypes(file);
        String url = checked(Permalinks.forDocument(fm.string("permalink").orElse(collection.permalink()),
                collection.label(), relative, fm.string("slug").orElse(basename), outputExtension), file,
                outputExtension);
        String fallback = ".html".equals(outputExtension) ? layoutDefaults.forPage(false,
                parserOutput.apply(file.extension()).filter("html"::equals).isPresent()) : "";
        // As Jekyll's Document: a title from the file name when the front matter has none.
        String title = title(fm).orElseGet(() -> PostName.titleize(PostName.documentSlug(name)));
        return new Page(file.path(), title, fm, "", layout(fm, fallback), UrlPaths.encodePath(url),
                UrlPaths.outputPath(url, outputExtension));
    }

    /**
     * The URL with repeated slashes squeezed, as Jekyll does ({@code //etc} would be another host in a
     * link); an error at the {@code permalink:} line when the file it names would leave the destination,
     * even once its percent-escapes are decoded ({@code %2e%2e}).
     */
    private static String checked(String url, SourceFile file, String outputExtension) {
        String squeezed = UrlPaths.squeezeSlashes(url);
        String output = UrlPaths.outputPath(squeezed, outputExtension);
        String reason = UrlPaths.unsafeReason(output);
        if (reason == null) {
            String decoded = UrlPaths.decodePath(output);
            reason = decoded.equals(output) ? null : UrlPaths.unsafeReason(decoded);
            reason = reason == null ? null : reason + " once decoded";
        }
        if (reason != null) {
            FrontMatter fm = file.document().frontMatter();
            int line = fm.line("permalink");
            throw new SourceException(new SourcePosition(file.path(), line, line == 0 ? 0 : 1),
                    "permalink '" + printable(url) + "' is not allowed: " + reason,
                    "use a permalink inside the site, without '..', backslashes or a drive letter");
        }
        return squeezed;
    }

    /** Control characters as escapes, so that a message shows them instead of breaking the terminal line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(c == 0 ? "\\0" : String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Keys whose value must be text, or a list of words, written as something else: an error at their line. */
    private static void checkTypes(SourceFile file) {
        FrontMatter fm = file.document().frontMatter();
        for (String key : List.of("title", "permalink", "layout", "slug", "excerpt_separator")) {
            Object value = fm.values().get(key);
            if (value instanceof List || value instanceof Map) {
                throw typeError(file, key, "'" + key + "' must be text, not " + kind(value),
                        "write " + key + ": followed by the text; quote it if it contains ': ' or starts with [ or {");
            }
        }
        for (String key : List.of("tags", "categories")) {
            Object value = fm.values().get(key);
            boolean nested = value instanceof List<?> list
                    && list.stream().anyMatch(item -> item instanceof List || item instanceof Map);
            if (value instanceof Map || nested) {
                throw typeError(file, key, "'" + key + "' must be a list of words or words separated by spaces, not "
                        + (nested ? "a list of lists or mappings" : kind(value)), "write " + key + ": [one, two]");
            }
        }
    }

    private static String kind(Object value) {
        return value instanceof List ? "a list" : "a mapping";
    }

    private static SourceException typeError(SourceFile file, String key, String message, String hint) {
        int line = file.document().frontMatter().line(key);
        return new SourceException(new SourcePosition(file.path(), line, line == 0 ? 0 : 1), message, hint);
    }

    private OffsetDateTime date(SourceFile file, PostName name, Problems problems) {
        FrontMatter fm = file.document().frontMatter();
        ZoneId zone = config.timezone();
        Optional<String> written = fm.string("date");
        if (written.isPresent()) {
            SourcePosition at = new SourcePosition(file.path(), fm.line("date"), fm.line("date") == 0 ? 0 : 1);
            String hint = "write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +HHMM";
            OffsetDateTime date;
            try {
                // In the site's zone, as Jekyll's dates are (GitHub Pages: UTC): a date written with another
                // offset moves to it, and so may its day, and the day in its URL.
                date = Dates.parse(written.get(), zone).orElseThrow(() -> new SourceException(at,
                        "date '" + written.get() + "' is not a date", hint));
            } catch (DateTimeException e) {
                throw new SourceException(at, "date '" + written.get() + "' " + e.getMessage(),
                        Dates.NOT_A_REAL_DAY.equals(e.getMessage()) ? "check the day and month" : hint);
            }
            if (Dates.readsDayFirst(written.get())) {
                problems.warning(at, "date '" + written.get() + "' is read day first, as Jekyll reads it: "
                        + date.toLocalDate(), "write it as YYYY-MM-DD to say which day you mean");
            }
            return date;
        }
        if (name.date() != null) {
            return name.date().atStartOfDay(zone).toOffsetDateTime();
        }
        return lastModified.apply(file.path()).atZone(zone).toOffsetDateTime().withNano(0);
    }

    private static Optional<String> title(FrontMatter fm) {
        return fm.string("title");
    }

    private static String layout(FrontMatter fm, String fallback) {
        if (!fm.has("layout")) {
            return fallback;
        }
        String layout = fm.string("layout").orElse("");
        return layout.equals("none") || layout.equals("null") ? "" : layout;
    }

    private String outputExtension(String extension) {
        Optional<String> produced = parserOutput.apply(extension);
        if (produced.isPresent()) {
            return "." + produced.get();
        }
        if (extension.equals("html") || extension.equals("htm")) {
            return ".html";
        }
        return extension.isEmpty() ? "" : "." + extension;
    }
}
