package dev.colophon.testkit.plugins;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Converts {@code .slow} bodies to one {@code <p>}, each once {@link #release} opens, after saying it
 * {@link #started}: a build held in its rendering for as long as a test likes, to see what happens meanwhile.
 */
public final class GatedParser implements ContentParser {

    public final CountDownLatch started = new CountDownLatch(1);
    public final CountDownLatch release = new CountDownLatch(1);
    /** Whether a body, once released, fails to convert instead. */
    public volatile boolean fail;

    @Override
    public String id() {
        return "test-gated";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("slow");
    }

    @Override
    public String toHtml(String body, ParseContext context) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fail) {
            throw new SourceException(SourcePosition.of(context.path(), context.bodyLine()), "this body does not convert",
                    null);
        }
        return "<p>" + body.strip() + "</p>\n";
    }
}
