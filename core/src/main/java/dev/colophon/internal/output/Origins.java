package dev.colophon.internal.output;

import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Content;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Site;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where in the sources an output's path comes from, for messages about the path: the front matter key of
 * a post or page that set it ({@code permalink}), or, for a generated page (a tag page, a redirect), the
 * post whose {@code tags}, {@code categories} or {@code redirect_from} made it. A path nobody can be blamed
 * for is named as it is.
 */
public final class Origins {

    /** The keys whose words become generated pages' paths: one page per tag, category or redirect. */
    private static final List<String> WORD_KEYS = List.of("redirect_from", "tags", "tag", "categories", "category");

    private Origins() {
    }

    /** {@link #of(Site, String, String)} for each output: what a writer names when it cannot write one. */
    public static java.util.function.Function<dev.colophon.spi.Output, SourcePosition> naming(Site site) {
        return output -> of(site, output.source(), output.path());
    }

    /**
     * The position of what made {@code outputPath}.
     *
     * @param source the source file the output was made from, or {@code outputPath} itself when it has none
     */
    public static SourcePosition of(Site site, String source, String outputPath) {
        if (!source.equals(outputPath)) {
            return contents(site).filter(c -> c.path().equals(source)).findFirst()
                    .map(c -> at(c, "permalink"))
                    .orElse(SourcePosition.of(source));
        }
        return generatorOf(site, outputPath).orElse(SourcePosition.of(outputPath));
    }

    /**
     * The front matter value that made a generated page at {@code path}: a {@code redirect_from} equal to
     * it, or a tag or category that is one of its segments, compared by letters and digits only (as slugs
     * keep them).
     */
    public static Optional<SourcePosition> generatorOf(Site site, String path) {
        String page = strip(path);
        List<String> segments = Stream.of(path.split("/")).map(Origins::letters).filter(s -> !s.isEmpty()).toList();
        return contents(site).flatMap(content -> WORD_KEYS.stream()
                        .filter(key -> content.frontMatter().words(key).stream()
                                .anyMatch(word -> key.equals("redirect_from") ? strip(word).equals(page)
                                        : segments.contains(letters(word))))
                        .map(key -> at(content, key)))
                .findFirst();
    }

    private static Stream<Content> contents(Site site) {
        return Stream.of(site.posts().stream(), site.pages().stream(), site.outputDocuments().stream())
                .flatMap(s -> s.map(c -> (Content) c));
    }

    private static SourcePosition at(Content content, String key) {
        FrontMatter fm = content.frontMatter();
        int line = fm.line(key);
        return line == 0 ? SourcePosition.of(content.path()) : new SourcePosition(content.path(), line, 1);
    }

    /** A redirect's path as its page's: no leading slash, and the file an address without one names. */
    private static String strip(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p + "index.html" : p.endsWith(".html") ? p : p + ".html";
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
