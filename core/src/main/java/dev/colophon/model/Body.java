package dev.colophon.model;

import dev.colophon.internal.post.Words;
import java.util.Objects;

/**
 * A post's converted body: its HTML, its excerpt and the word count of the HTML.
 *
 * <p>A build converts a body when something first asks for it (the post's own page, a feed, a template
 * reading {@code post.content}), and may let the HTML go once the post's page is written, converting again
 * if it is asked for later: so a site of 100,000 posts never holds every post's HTML at once. Each part is
 * the same whenever it is asked for. Safe to use from any thread.
 */
public interface Body {

    /** The body converted to HTML (Liquid rendered, Markdown converted), without the layout. */
    String html();

    /** The converted excerpt: the first paragraph, or the text up to the excerpt separator. */
    String excerpt();

    /** Words in the body text, tags stripped, as Jekyll's {@code number_of_words}. */
    int wordCount();

    /** A body converted already, e.g. for a post made in code; the word count is taken from the HTML. */
    static Body of(String html, String excerpt) {
        return new Converted(html, excerpt, Words.count(html));
    }

    /** A body that is converted already. */
    record Converted(String html, String excerpt, int wordCount) implements Body {

        public Converted {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(excerpt, "excerpt");
        }
    }
}
