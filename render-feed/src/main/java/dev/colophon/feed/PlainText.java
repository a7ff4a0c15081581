package dev.colophon.feed;

/**
 * HTML made plain text, for JSON Feed's {@code summary} and feed titles: tags removed (block tags leave a space, so
 * paragraphs do not run together), common entities decoded, spaces collapsed.
 */
public final class PlainText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "br", "li", "ul", "ol", "div",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote", "pre", "hr", "dt", "dd");

    private PlainText() {
    }

    public static String of(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        // The next '>' at or after i, looked for again only once passed: text with many '<' and no '>' (a post
        // of 50,000 unclosed comments) made a search to the end from each '<', quadratic.
        int nextClose = html.indexOf('>');
        while (i < html.length()) {
            char c = html.charAt(i);
            if (nextClose >= 0 && nextClose < i) {
                nextClose = html.indexOf('>', i);
            }
            int close = c == '<' ? nextClose : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = html.substring(i + 1, close).replaceFirst("^/", "").split("[\\s/>]", 2)[0];
            if (BLOCKS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                out.append(' ');
            }
            i = close + 1;
        }
        return out.toString()
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
