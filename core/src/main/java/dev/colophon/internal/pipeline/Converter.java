package dev.colophon.internal.pipeline;

import dev.colophon.internal.post.Words;
import dev.colophon.model.Content;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts the body of a post or page: Liquid first (as Jekyll does), then the content parser for the
 * file's extension; then the excerpt and the word count.
 */
final class Converter {

    /** Link reference definitions, which Jekyll copies into an excerpt so its links still resolve. */
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]^][^\\]]*\\]:.*$");
    /**
     * Footnote references. An excerpt is shown away from its post (home page, feeds), where a footnote
     * link would point nowhere and a copied footnote list would repeat ids: the reference is dropped.
     */
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]\\s]+\\]");

    private final SiteConfig config;
    private final Function<String, Optional<ContentParser>> parsers;
    private final Optional<TemplateEngine> engine;
    private final TemplateSetup setup;
    private final Function<Content, Map<String, Object>> variables;
    private final Function<String, Optional<byte[]>> files;
    private final RelativeLinks links;

    /**
     * @param variables the template variables of a post or page ({@code site}, {@code page}, ...)
     */
    Converter(SiteConfig config, Function<String, Optional<ContentParser>> parsers, Optional<TemplateEngine> engine,
            TemplateSetup setup, Function<Content, Map<String, Object>> variables,
            Function<String, Optional<byte[]>> files, RelativeLinks links) {
        this.files = files;
        this.links = links;
        this.config = config;
        this.parsers = parsers;
        this.engine = engine;
        this.setup = setup;
        this.variables = variables;
    }

    Post convert(Post post, SourceFile file) {
        String body = liquid(file, post);
        String html = toHtml(body, file);
        String separator = post.frontMatter().string("excerpt_separator").orElse(config.excerptSeparator());
        String excerpt = post.frontMatter().string("excerpt").orElseGet(() -> excerpt(body, separator, file));
        return new Post(post.path(), post.slug(), post.date(), post.title(), post.tags(), post.categories(),
                post.draft(), post.frontMatter(), html, excerpt, Words.count(html), post.layout(), post.url(),
                post.outputPath());
    }

    Page convert(Page page, SourceFile file) {
        String html = toHtml(liquid(file, page), file);
        return new Page(page.path(), page.title(), page.frontMatter(), html, page.layout(), page.url(),
                page.outputPath());
    }

    private String liquid(SourceFile file, Content content) {
        String body = file.document().body();
        if (engine.isEmpty() || !(body.contains("{{") || body.contains("{%"))
                || !content.frontMatter().bool("render_with_liquid").orElse(true)) {
            return body;
        }
        return engine.get().compile(new SourceText(file.path(), body), file.document().bodyLine(), setup)
                .render(variables.apply(content));
    }

    private String toHtml(String body, SourceFile file) {
        Optional<ContentParser> parser = parsers.apply(file.extension());
        if (parser.isEmpty()) {
            return body;
        }
        String html = parser.get().toHtml(body, new ParseContext(file.path(), file.document().bodyLine(), config,
                files, setup.highlighting()));
        // jekyll-relative-links rewrites pages only, unless told to do collections too.
        return file.kind() == dev.colophon.internal.source.SourceKind.OTHER ? links.rewrite(html, file.path()) : html;
    }

    /** Jekyll's excerpt: the body up to the separator, converted on its own. */
    private String excerpt(String body, String separator, SourceFile file) {
        String text = body.stripLeading();
        int end = text.indexOf(separator);
        if (end < 0) {
            return toHtml(FOOTNOTE_REFERENCE.matcher(text).replaceAll(""), file);
        }
        String head = FOOTNOTE_REFERENCE.matcher(text.substring(0, end)).replaceAll("");
        StringBuilder definitions = new StringBuilder();
        var m = LINK_DEFINITION.matcher(text.substring(end));
        while (m.find()) {
            definitions.append('\n').append(m.group());
        }
        return toHtml(definitions.length() == 0 ? head : head + "\n" + definitions, file).strip();
    }
}
