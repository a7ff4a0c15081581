package dev.colophon.html.liquid;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.spi.SourceText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the unclosed or misnested block tag of a template liqp would not parse. liqp's parser reports
 * such a template as a token mismatch at its end ("InputMismatchException"); a writer needs the tag
 * that was left open, and its line.
 */
final class TagBalance {

    /** Tags that need an {@code end} tag. Others that do (a plugin's block) close with their own name. */
    private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "tablerow", "capture",
            "comment", "raw", "highlight");
    /** Tags whose body is not Liquid: nothing inside them opens or closes anything. */
    private static final Set<String> VERBATIM = Set.of("raw", "comment");
    private static final Pattern MARKUP = Pattern.compile("\\{%-?\\s*([A-Za-z_]\\w*)[^%]*?-?%\\}|\\{\\{|\\{%");
    private static final Pattern OUTPUT_END = Pattern.compile("\\}\\}");

    private record Open(String name, int offset) {
    }

    private TagBalance() {
    }

    /** The first imbalance in the text, or empty when its tags nest properly. */
    static Optional<SourceException> check(SourceText source, int firstLine) {
        String text = source.text();
        Deque<Open> open = new ArrayDeque<>();
        Matcher m = MARKUP.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String token = m.group();
            if (token.equals("{{")) {
                Matcher end = OUTPUT_END.matcher(text);
                if (!end.find(m.end())) {
                    return error(source, firstLine, m.start(), "'{{' is not closed", "end the output with '}}'");
                }
                from = end.end();
                continue;
            }
            if (m.group(1) == null) {
                return error(source, firstLine, m.start(), "'{%' is not closed", "end the tag with '%}'");
            }
            String name = m.group(1);
            from = m.end();
            if (name.startsWith("end")) {
                String opened = name.substring(3);
                if (open.isEmpty()) {
                    return error(source, firstLine, m.start(), "{% " + name + " %} closes nothing",
                            "remove it, or add the {% " + opened + " %} it should close");
                }
                Open top = open.pop();
                if (!top.name().equals(opened)) {
                    int line = SourcePlaces.at(source, firstLine, top.offset()).line();
                    return error(source, firstLine, m.start(), "{% " + name + " %} closes {% " + top.name()
                            + " %} of line " + line, "close {% " + top.name() + " %} with {% end" + top.name()
                            + " %} first");
                }
            } else if (BLOCKS.contains(name) || endTag(name).matcher(text).find(m.end())) {
                open.push(new Open(name, m.start()));
                if (VERBATIM.contains(name)) {
                    Matcher close = endTag(name).matcher(text);
                    if (!close.find(m.end())) {
                        break;
                    }
                    open.pop();
                    from = close.end();
                }
            }
        }
        if (!open.isEmpty()) {
            Open last = open.pop();
            return error(source, firstLine, last.offset(), "{% " + last.name() + " %} is not closed",
                    "add {% end" + last.name() + " %} where its block ends");
        }
        return Optional.empty();
    }

    /**
     * The closing tag of a block, {@code {% endNAME %}}: a tag is a block (a plugin's too) when its end
     * tag follows it.
     */
    static Pattern endTag(String name) {
        return Pattern.compile("\\{%-?\\s*end" + Pattern.quote(name) + "\\s*-?%\\}");
    }

    private static Optional<SourceException> error(SourceText source, int firstLine, int offset, String message,
            String hint) {
        return Optional.of(new SourceException(SourcePlaces.at(source, firstLine, offset), message, hint));
    }
}
