package dev.colophon.html.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Converts {@code .txt} bodies to {@code <p>BODY</p>}, counting its calls; "boom" is an error. */
final class CountingParser implements ContentParser {
    final AtomicInteger calls = new AtomicInteger();
    private final boolean pure;

    CountingParser(boolean pure) {
        this.pure = pure;
    }

    @Override
    public String id() {
        return "counting";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("txt");
    }

    @Override
    public boolean pure() {
        return pure;
    }

    @Override
    public String toHtml(String body, ParseContext context) {
        calls.incrementAndGet();
        if (body.contains("boom")) {
            throw new SourceException(new SourcePosition(context.path(), context.bodyLine(), 1), "boom found",
                    "remove it");
        }
        return "<p>" + body.strip() + "</p>";
    }
}
