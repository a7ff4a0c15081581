package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.StringFilters.s;

import dev.colophon.liquid.Filter;
import java.util.Map;

/** The filters of HTML: escaping, stripping tags, line breaks. */
final class HtmlFilters {

    private HtmlFilters() {
    }

    static void register(Map<String, Filter> filters) {
        Filter escape = Signature.of(0, 0, (in, a, c) -> in == null ? null : escape(s(in), false));
        filters.put("escape", escape);
        filters.put("h", escape);
        filters.put("escape_once", Signature.of(0, 0, (in, a, c) -> escape(s(in), true)));
        filters.put("strip_html", Signature.of(0, 0, (in, a, c) -> stripHtml(s(in))));
        filters.put("newline_to_br", Signature.of(0, 0, (in, a, c) -> s(in).replaceAll("\r?\n", "<br />\n")));
    }

    /**
     * Ruby's {@code CGI.escapeHTML}; with {@code once}, an {@code &} that already starts an entity
     * ({@code &amp;}, {@code &#39;}) is left alone, as Liquid's {@code escape_once} regex does.
     */
    static String escape(String s, boolean once) {
        int first = 0;
        while (first < s.length() && "<>\"'&".indexOf(s.charAt(first)) < 0) {
            first++;
        }
        if (first == s.length()) {
            return s; // most titles: nothing to escape, nothing made
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '&' -> out.append(once && startsEntity(s, i + 1) ? "&" : "&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code letters;} or {@code #digits;} starts at {@code i}. */
    private static boolean startsEntity(String s, int i) {
        boolean numeric = i < s.length() && s.charAt(i) == '#';
        int start = numeric ? i + 1 : i;
        int end = start;
        while (end < s.length() && (numeric ? isDigit(s.charAt(end)) : isLetter(s.charAt(end)))) {
            end++;
        }
        return end > start && end < s.length() && s.charAt(end) == ';';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Liquid's two substitutions: {@code <script.*?</script>}, {@code <!--.*?-->} and {@code <style.*?</style>}
     * go first, then every {@code <.*?>}. Done by scanning instead of by regex so that a long run of
     * {@code <} costs linear time: once a closing string is missing after some point, it is missing after
     * every later point too.
     */
    static String stripHtml(String s) {
        Block[] blocks = {new Block("<script", "</script>"), new Block("<!--", "-->"), new Block("<style", "</style>")};
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        scan:
        while (i < s.length()) {
            int open = s.indexOf('<', i);
            if (open < 0) {
                break;
            }
            out.append(s, i, open);
            for (Block block : blocks) {
                int end = block.end(s, open);
                if (end >= 0) {
                    i = end;
                    continue scan;
                }
            }
            out.append('<');
            i = open + 1;
        }
        out.append(s, Math.min(i, s.length()), s.length());
        return stripTags(out.toString());
    }

    private static String stripTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('<', i);
            int close = open < 0 ? -1 : s.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            out.append(s, i, open);
            i = close + 1;
        }
        return out.append(s, i, s.length()).toString();
    }

    /** A block whose opening and closing strings are known, remembering where it last found its closing. */
    private static final class Block {
        private final String open;
        private final String close;
        /** Where the closing string was last found, or -1 before the first search, or MAX when absent. */
        private int found = -1;

        Block(String open, String close) {
            this.open = open;
            this.close = close;
        }

        /** The end of the block starting at {@code at}, or -1 when no block starts there. */
        int end(String s, int at) {
            if (!s.startsWith(open, at)) {
                return -1;
            }
            int from = at + open.length();
            if (found < from) {
                int next = s.indexOf(close, from);
                found = next < 0 ? Integer.MAX_VALUE : next;
            }
            return found == Integer.MAX_VALUE ? -1 : found + close.length();
        }
    }
}
