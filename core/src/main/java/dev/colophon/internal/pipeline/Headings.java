package dev.colophon.internal.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** jekyll-titles-from-headings: a Markdown page's title from the heading it starts with. */
final class Headings {

    private static final Pattern ATX = Pattern.compile("\\A\\s*#{1,6}[ \\t]+(.+?)[ \\t]*#*[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern SETEXT = Pattern.compile("\\A\\s*([^\\n]+)\\n(=+|-+)[ \\t]*$", Pattern.MULTILINE);

    private Headings() {
    }

    /** The text of the first line when it is a heading, or empty. */
    static String first(String body) {
        Matcher atx = ATX.matcher(body);
        if (atx.find()) {
            return atx.group(1).strip();
        }
        Matcher setext = SETEXT.matcher(body);
        return setext.find() ? setext.group(1).strip() : "";
    }
}
