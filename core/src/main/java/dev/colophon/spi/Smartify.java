package dev.colophon.spi;

import java.util.regex.Pattern;

/**
 * Typography alone, through the Markdown parser: the text is escaped so that Markdown finds no emphasis,
 * link, HTML or block in it, and only its typographic step (quotes, dashes, ellipses) applies.
 */
final class Smartify {

    /** Markdown's punctuation, escaped; quotes, dashes and dots are not, so typography sees them. */
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>!#|~{}]");
    /** Starts that Markdown reads as a list item ({@code #} and {@code >} are in {@link #MARKUP}). */
    private static final Pattern BULLET = Pattern.compile("^[-+](?=\\s)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)([.)])(?=\\s)");

    private Smartify() {
    }

    static String apply(String text, TemplateSetup.Converter converter) {
        String line = text.strip().replace('\n', ' ');
        String escaped = MARKUP.matcher(line).replaceAll("\\\\$0");
        escaped = BULLET.matcher(escaped).replaceFirst("\\\\$0");
        escaped = NUMBER.matcher(escaped).replaceFirst("$1\\\\$2");
        String html = converter.convert("md", escaped).map(String::strip).orElse(null);
        if (html == null) {
            return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
