package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.internal.post.Words;
import dev.colophon.model.Body;
import java.lang.ref.SoftReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A post's body, converted when first asked for. The build lets the HTML go once the post's page is
 * written ({@link #release()}) and converts again if something asks later (a feed, a page listing
 * contents), keeping that only softly: a site of 100,000 posts then holds only the pages being written,
 * not every post's HTML.
 *
 * <p>The source text is not kept either: the conversions read it again each time. Converting may need the
 * bodies of older posts only (Liquid in a body sees posts rendered before it converted, as Jekyll renders
 * oldest first: see {@code RenderOrder}), so locks are taken newest to oldest and two bodies never wait
 * for each other.
 *
 * <p>A conversion that fails is reported once, and the body is empty from then on.
 */
final class LazyBody implements Body {

    private final Supplier<String> toHtml;
    private final Supplier<String> toExcerpt;
    private final Consumer<SourceException> problems;

    private String html;
    /** Set once the page is written: the HTML converted again since, while the collector leaves it. */
    private SoftReference<String> released;
    private String excerpt;
    private int wordCount = -1;
    private boolean failed;

    /**
     * @param toHtml converts the body to HTML
     * @param toExcerpt converts the excerpt to HTML
     * @param problems where a failed conversion goes
     */
    LazyBody(Supplier<String> toHtml, Supplier<String> toExcerpt, Consumer<SourceException> problems) {
        this.toHtml = toHtml;
        this.toExcerpt = toExcerpt;
        this.problems = problems;
    }

    @Override
    public synchronized String html() {
        if (html != null || failed) {
            return html == null ? "" : html;
        }
        String again = released == null ? null : released.get();
        if (again != null) {
            return again;
        }
        try {
            String converted = toHtml.get();
            wordCount = Words.count(converted);
            // Once the page is written, what is converted again is only kept while memory allows.
            if (released == null) {
                html = converted;
            } else {
                released = new SoftReference<>(converted);
            }
            return converted;
        } catch (SourceException e) {
            fail(e);
            return "";
        }
    }

    @Override
    public synchronized String excerpt() {
        if (excerpt == null && !failed) {
            try {
                excerpt = toExcerpt.get();
            } catch (SourceException e) {
                fail(e);
            }
        }
        return excerpt == null ? "" : excerpt;
    }

    @Override
    public synchronized int wordCount() {
        if (wordCount < 0) {
            html();
        }
        return Math.max(0, wordCount);
    }

    /** Whether the body was converted at least once, or failed to be. */
    synchronized boolean tried() {
        return wordCount >= 0 || failed;
    }

    /** Forgets everything converted: the text changed (a build session's later build). */
    synchronized void reset() {
        html = null;
        released = null;
        excerpt = null;
        wordCount = -1;
        failed = false;
    }

    /** Lets the HTML go, as its page is written; the word count and excerpt stay. */
    synchronized void release() {
        released = new SoftReference<>(null);
        html = null;
    }

    private void fail(SourceException e) {
        failed = true;
        html = null;
        excerpt = null;
        problems.accept(e);
    }

    @Override
    public String toString() {
        return "LazyBody[converted=" + tried() + "]";
    }
}
