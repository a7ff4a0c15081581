package dev.colophon.html.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Converts {@code .txt} bodies to {@code <p>BODY</p>}, counting its calls; "boom" is an error. */
final class CountingParser implements ContentParser {
    final AtomicInteger calls = new AtomicInteger();
    private final boolean pure;
    private final Optional<Set<String>> configKeys;

    CountingParser(boolean pure) {
        this(pure, Optional.empty());
    }

    /** @param configKeys the configuration's keys it says it reads; empty for the whole configuration */
    CountingParser(boolean pure, Optional<Set<String>> configKeys) {
        this.pure = pure;
        this.configKeys = configKeys;
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
    public Optional<Set<String>> configKeys() {
        return configKeys;
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
