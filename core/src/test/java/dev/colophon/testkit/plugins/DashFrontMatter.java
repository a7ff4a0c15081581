package dev.colophon.testkit.plugins;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.FrontMatter;
import dev.colophon.spi.Document;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.SourceText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Front matter between {@code ---} lines, read with {@link FlatYaml}: a file starting with {@code ---} is a
 * post or page, any other is static. A block never closed is an error at line 1, as the real reader says.
 */
public final class DashFrontMatter implements FrontMatterReader {

    @Override
    public String id() {
        return "test-dash-front-matter";
    }

    @Override
    public Optional<Document> read(SourceText source) {
        List<String> lines = source.text().lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("---")) {
            return Optional.empty();
        }
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        if (end == 0) {
            throw new SourceException(new SourcePosition(source.path(), 1, 1), "front matter is never closed",
                    "end it with a line of ---");
        }
        Map<String, Integer> keyLines = new HashMap<>();
        Map<String, Object> values = FlatYaml.read(source.path(), lines.subList(1, end), 2, keyLines);
        // The body as written, final line break included: the text after the closing line.
        int offset = 0;
        for (int line = 0; line <= end; line++) {
            offset = source.text().indexOf('\n', offset) + 1;
        }
        String body = offset == 0 ? "" : source.text().substring(offset);
        return Optional.of(new Document(new FrontMatter(values, keyLines), body, end + 2));
    }
}
