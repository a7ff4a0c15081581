package dev.colophon.testkit.plugins;

import dev.colophon.spi.ContentParser;
import dev.colophon.spi.ParseContext;
import java.util.Set;

/**
 * Converts {@code .txt} bodies to one {@code <p>} a paragraph (text between blank lines), escaping nothing:
 * a parser whose output a test can predict exactly, so that what is tested is core's handling of it.
 */
public final class ParagraphParser implements ContentParser {

    @Override
    public String id() {
        return "test-paragraphs";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("txt");
    }

    @Override
    public String toHtml(String body, ParseContext context) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.strip().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip()).append("</p>\n");
            }
        }
        return html.toString();
    }
}
