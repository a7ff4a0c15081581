package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.internal.template.RenderOrder;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.Highlighting;
import dev.colophon.spi.ParseContext;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Converts the body of a post or page: Liquid first (as Jekyll does), then the content parser for the
 * file's extension; for a post, when its body is first asked for, and its excerpt separately.
 */
final class Converter {

    /**
     * Link reference and footnote definitions ({@code [label]: ...}, {@code [^note]: ...}), which Jekyll
     * copies into an excerpt when its text uses the label, so its links and notes still resolve.
     */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}(\\[[^\\]]+\\])(:.+)$");
    /**
     * Footnote ids and links in kramdown's form. An excerpt is shown beside others (a home page, an
     * archive), where every post's first note would be {@code fn:1}: the excerpt's notes are named after
     * the post instead, so ids stay unique and each link reaches its own note.
     */
    private static final Pattern FOOTNOTE_ID = Pattern.compile("(id=\"|href=\"#)(fnref|fn):");

    /** What may not be in an id part: anything but letters, digits, '_' and '-'. */
    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}_-]");

    /** An ampersand that starts no character reference, for Liquid's {@code escape_once}. */
    private static final Pattern BARE_AMPERSAND =
            Pattern.compile("&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);)");

    /** For text that is not written as a file of its own (a post's body, an excerpt): nothing beside it. */
    private static final BiConsumer<String, String> NO_SIDECARS = (path, text) -> { };

    private final Build build;
    private final SiteConfig config;
    private final Optional<TemplateEngine> engine;
    private final TemplateSetup setup;
    private final Function<Content, Map<String, Object>> variables;
    private final Function<String, Optional<byte[]>> files;
    private final RelativeLinks links;
    private final ConversionCache.Build cache;
    private final RenderOrder order;
    private final Highlighting highlighting;

    /**
     * @param build the build, with the plugins and configuration it settled on
     * @param variables the template variables of a post or page ({@code site}, {@code page}, ...)
     * @param files reads a file of the site (theme included), for {@code include_relative} and the like
     * @param cache earlier builds' conversions, or null
     * @param order marks whose body is rendered, for what it sees of other files' content
     */
    Converter(Build build, TemplateSetup setup, Function<Content, Map<String, Object>> variables,
            Function<String, Optional<byte[]>> files, RelativeLinks links, ConversionCache.Build cache,
            RenderOrder order) {
        this.build = build;
        this.config = build.config();
        this.engine = build.plugins().templateEngine();
        this.setup = setup;
        // Markdown's own: the tag's (setup.highlighting()) is off with highlighter: false, Markdown's is not.
        this.highlighting = Highlightings.forMarkdown(config, build.plugins());
        this.variables = variables;
        this.files = files;
        this.links = links;
        this.cache = cache;
        this.order = order;
    }

    /**
     * The post's body, converted when first asked for (see {@link LazyBody}).
     *
     * @param text reads the body as written again; the file's own copy is not kept
     */
    LazyBody body(Post post, SourceFile file, Supplier<String> text, Consumer<SourceException> problems) {
        SourceFile outline = file.withoutBody();
        String separator = post.frontMatter().string("excerpt_separator").orElse(config.excerptSeparator());
        // Jekyll prints a front matter excerpt as the HTML it is, and themes print excerpts raw; in safe mode
        // its HTML is shown as text, as raw HTML in a Markdown body is.
        Optional<String> given = post.frontMatter().string("excerpt").map(t -> config.safe() ? escapeOnce(t) : t);
        // What converting reads (another post's title, in Liquid) is recorded as this body's: see Reads.
        String path = post.path();
        return new LazyBody(
                () -> build.reads().body(path, () -> toHtml(liquid(outline, post, text.get()), outline, "", NO_SIDECARS)),
                () -> build.reads().body(path,
                        () -> given.orElseGet(() -> excerpt(liquid(outline, post, text.get()), separator, outline))),
                problems);
    }

    Page convert(Page page, SourceFile file) {
        Map<String, String> sidecars = new LinkedHashMap<>();
        String html = toHtml(liquid(file, page, file.document().body()), file, page.outputPath(), sidecars::put);
        return new Page(page.path(), page.title(), page.frontMatter(), html, page.layout(), page.url(),
                page.outputPath(), sidecars);
    }

    private String liquid(SourceFile file, Content content, String body) {
        if (engine.isEmpty() || !(body.contains("{{") || body.contains("{%"))
                || !content.frontMatter().bool("render_with_liquid").orElse(true)) {
            return body;
        }
        return build.stages().time(Stages.LIQUID, () -> order.rendering(content, () -> engine.get().compile(
                new SourceText(file.path(), body), file.document().bodyLine(), setup).render(variables.apply(content))));
    }

    private String toHtml(String body, SourceFile file, String outputPath, BiConsumer<String, String> sidecars) {
        Optional<ContentParser> parser = build.plugins().parser(file.extension());
        if (parser.isEmpty()) {
            return body;
        }
        ContentParser chosen = parser.get();
        Supplier<String> convert = () -> chosen.toHtml(body, new ParseContext(file.path(), file.document().bodyLine(),
                config, files, highlighting, outputPath, build.environment(), sidecars));
        // A cached result has no sidecar files to give: only text that has none is cached.
        boolean cached = cache != null && chosen.pure() && sidecars == NO_SIDECARS;
        String html = build.stages().time(Stages.MARKDOWN,
                cached ? () -> cache.html(chosen.id(), body, convert) : convert);
        // jekyll-relative-links rewrites pages only, unless told to do collections too.
        return file.kind() == dev.colophon.internal.source.SourceKind.OTHER ? links.rewrite(html, file.path()) : html;
    }

    /** Jekyll's excerpt: the body up to the separator, with the definitions it uses, converted on its own. */
    private String excerpt(String body, String separator, SourceFile file) {
        String text = body.stripLeading();
        int end = text.indexOf(separator);
        String head = end < 0 ? text : text.substring(0, end);
        StringBuilder definitions = new StringBuilder();
        if (end >= 0) {
            Set<String> used = bracketed(head);
            var m = DEFINITION.matcher(text.substring(end));
            while (m.find()) {
                String label = m.group(1);
                // A set, not head.contains for each: 40,000 notes referred to in the head made that quadratic.
                if (label.indexOf('[', 1) < 0 ? used.contains(label) : head.contains(label)) {
                    // A blank line apart: in CommonMark a definition after a footnote's line would continue it.
                    definitions.append("\n\n").append(m.group());
                }
            }
        }
        String html = toHtml(definitions.length() == 0 ? head : head + definitions, file, "", NO_SIDECARS);
        return FOOTNOTE_ID.matcher(html.strip()).replaceAll("$1$2:" + idPrefix(file.path()) + ":");
    }

    /**
     * Every {@code [text]} in {@code text} whose text holds no bracket: for each {@code ]}, from the last
     * {@code [} before it. A label without an inner {@code [} is in the text exactly when it is in this set.
     */
    private static Set<String> bracketed(String text) {
        Set<String> spans = new HashSet<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                open = i;
            } else if (c == ']') {
                if (open >= 0 && i > open + 1) {
                    spans.add(text.substring(open, i + 1));
                }
                open = -1;
            }
        }
        return spans;
    }

    /** Liquid's {@code escape_once}: markup characters escaped, character references left as they are. */
    private static String escapeOnce(String text) {
        return BARE_AMPERSAND.matcher(text).replaceAll("&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** The file's name without its extension, e.g. {@code 2021-09-09-kramdown-post}, as an id part. */
    private static String idPrefix(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return NOT_ID.matcher(dot > 0 ? name.substring(0, dot) : name).replaceAll("-");
    }
}
