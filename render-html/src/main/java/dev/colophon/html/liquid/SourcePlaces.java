package dev.colophon.html.liquid;

import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.SourceText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Places in a template's text, as file positions: the body may start below the front matter. */
final class SourcePlaces {

    private SourcePlaces() {
    }

    /**
     * The 1-based line and column of a character of the text.
     *
     * @param firstLine the file line the text starts on
     */
    static SourcePosition at(SourceText source, int firstLine, int offset) {
        String text = source.text();
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(source.path(), line, offset - lineStart + 1);
    }

    /** Where a tag with these arguments is first written, e.g. {@code include nav.html}. */
    static Optional<SourcePosition> tag(SourceText source, int firstLine, String namePattern, String argument) {
        Matcher m = Pattern.compile("\\{%-?\\s*(?:" + namePattern + ")\\s+[\"']?" + Pattern.quote(argument))
                .matcher(source.text());
        return m.find() ? Optional.of(at(source, firstLine, m.start())) : Optional.empty();
    }
}
