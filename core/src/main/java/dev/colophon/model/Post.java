package dev.colophon.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One blog post, fully read and converted.
 *
 * @param path the source file relative to the site source, e.g. {@code _posts/2021-03-26-notes.md}
 * @param slug the file name's slug, e.g. {@code notes}
 * @param date the publication date, with the offset it was written in (or the site's time zone)
 * @param title the title; Jekyll's title-cased slug when the front matter has none
 * @param tags tags, in the order written
 * @param categories categories: the folders above {@code _posts} first, then the front matter's
 * @param draft whether this is a draft ({@code _drafts/}, {@code draft: true} or {@code published: false})
 * @param frontMatter every front matter key
 * @param body the converted body, excerpt and word count, converted when first asked for (see {@link Body})
 * @param layout the layout name, {@code post} unless the front matter says otherwise
 * @param url the URL path, e.g. {@code /2021/03/26/notes.html}
 * @param outputPath the output file, e.g. {@code 2021/03/26/notes.html}
 */
public record Post(
        String path,
        String slug,
        OffsetDateTime date,
        String title,
        List<String> tags,
        List<String> categories,
        boolean draft,
        FrontMatter frontMatter,
        Body body,
        String layout,
        String url,
        String outputPath) implements Content {

    /** Words read per minute for {@link #readingMinutes()}, a common middle figure for screen reading. */
    public static final int WORDS_PER_MINUTE = 200;

    public Post {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outputPath, "outputPath");
    }

    /** The body converted to HTML (Liquid rendered, Markdown converted), without the layout. */
    @Override
    public String html() {
        return body.html();
    }

    /** The converted excerpt (the first paragraph, or up to the excerpt separator). */
    public String excerpt() {
        return body.excerpt();
    }

    /** Words in the body text, tags stripped, as Jekyll's {@code number_of_words}. */
    public int wordCount() {
        return body.wordCount();
    }

    /** A copy of this post with another body. */
    public Post withBody(Body body) {
        return new Post(path, slug, date, title, tags, categories, draft, frontMatter, body, layout, url, outputPath);
    }

    /** Minutes to read the body, at least 1. */
    public int readingMinutes() {
        return Math.max(1, (wordCount() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
