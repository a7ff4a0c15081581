package dev.colophon.html.postrender;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a written page, as html-pipeline's filters (jemoji, jekyll-mentions) walk it: the runs of text
 * between tags, outside comments, attribute values, scripts and styles, and outside the elements a filter
 * leaves alone. The runs are changed in place; the rest of the page stays as written (the gems parse the page
 * and write it out again, which only respells markup, as {@code <br />} to {@code <br>}).
 */
final class HtmlText {

    /** The gems' {@code <body(.*?)>\s*}: with a body, only what is inside it is changed. */
    private static final Pattern BODY = Pattern.compile("<body(.*?)>\\s*", Pattern.DOTALL);
    private static final Set<String> RAW_TEXT = Set.of("script", "style");

    private HtmlText() {
    }

    /**
     * The page with each run of text outside the {@code ignored} elements replaced by what {@code change}
     * makes of it: the page's body when it has one, else the whole page.
     */
    static String replace(String page, Set<String> ignored, UnaryOperator<String> change) {
        if (!page.contains("<body")) {
            return runs(page, ignored, change);
        }
        Matcher opener = BODY.matcher(page);
        if (!opener.find()) {
            return page;
        }
        int end = page.indexOf("</body>", opener.end());
        int bodyEnd = end < 0 ? page.length() : end;
        return page.substring(0, opener.end()) + runs(page.substring(opener.end(), bodyEnd), ignored, change)
                + page.substring(bodyEnd);
    }

    /** The body of a page as {@link #replace} sees it, to test before changing anything. */
    static String body(String page) {
        if (!page.contains("<body")) {
            return page;
        }
        Matcher opener = BODY.matcher(page);
        if (!opener.find()) {
            return "";
        }
        int end = page.indexOf("</body>", opener.end());
        return page.substring(opener.end(), end < 0 ? page.length() : end);
    }

    private static String runs(String html, Set<String> ignored, UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        int depth = 0;
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = nextMarkup(html, i);
            if (lt > i) {
                String text = html.substring(i, lt);
                out.append(depth == 0 ? change.apply(text) : text);
                i = lt;
                continue;
            }
            int end = markupEnd(html, i);
            String tag = html.substring(i, end);
            out.append(tag);
            i = end;
            String name = tagName(tag);
            if (name == null) {
                continue;
            }
            boolean closing = tag.startsWith("</");
            if (!closing && RAW_TEXT.contains(name)) {
                // A script's or style's text is code, never prose: left as it is, up to its end tag.
                int close = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                int stop = close < 0 ? n : close;
                out.append(html, i, stop);
                i = stop;
            } else if (ignored.contains(name)) {
                depth = closing ? Math.max(0, depth - 1) : tag.endsWith("/>") ? depth : depth + 1;
            }
        }
        return out.toString();
    }

    /** Where the next tag, comment or declaration starts at or after {@code from}; the end when none does. */
    private static int nextMarkup(String html, int from) {
        int i = html.indexOf('<', from);
        while (i >= 0 && i + 1 < html.length()) {
            char c = html.charAt(i + 1);
            if (Character.isLetter(c) || c == '/' || c == '!' || c == '?') {
                return i;
            }
            i = html.indexOf('<', i + 1);
        }
        return html.length();
    }

    /** The end of the markup starting at {@code start}: past {@code -->} for a comment, else past its {@code >}. */
    private static int markupEnd(String html, int start) {
        if (html.startsWith("<!--", start)) {
            int end = html.indexOf("-->", start + 4);
            return end < 0 ? html.length() : end + 3;
        }
        // A quoted attribute value may hold '>'; a quote elsewhere (title=it's) opens nothing.
        char quote = 0;
        char previous = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && previous == '=') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
            }
        }
        return html.length();
    }

    /** The lower-case element name of a start or end tag; null for a comment or declaration. */
    private static String tagName(String tag) {
        int i = tag.startsWith("</") ? 2 : 1;
        if (i >= tag.length() || !Character.isLetter(tag.charAt(i))) {
            return null;
        }
        int start = i;
        while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) {
            i++;
        }
        return tag.substring(start, i).toLowerCase(Locale.ROOT);
    }
}
