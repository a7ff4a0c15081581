package dev.colophon.internal.post;

/**
 * Jekyll's {@code number_of_words} on rendered HTML: scripts, styles, comments and tags removed, then
 * white-space-separated tokens counted. Attribute text (such as an image's alt text) is not counted.
 */
public final class Words {

    /** Elements whose content is not text, as strip_html removes them. */
    private static final String[] SKIPPED_ELEMENTS = {"script", "style"};
    private static final String[] NO_ELEMENTS = {};

    private Words() {
    }

    /** The number of words in an HTML fragment. */
    public static int count(String html) {
        return new Scan(html).count();
    }

    /**
     * One count. It remembers where the next {@code >} and the next closing script and style tags are, as it
     * moves forward: searching afresh from every {@code <} took time quadratic in HTML of many tags that
     * never close ({@code <script>} after {@code <script>}, {@code <a <a <a}, {@code <!--}).
     */
    private static final class Scan {
        private final String html;
        /** The next {@code >} at or after the last search, -1 for none, -2 before any search. */
        private int nextClose = -2;
        /** The same for {@code -->}. */
        private int nextCommentEnd = -2;
        /** The same for {@code </script} and {@code </style}, in the order of SKIPPED_ELEMENTS. */
        private final int[] nextEnd = {-2, -2};

        Scan(String html) {
            this.html = html;
        }

        int count() {
            // An array rather than charAt: posts with typographic quotes are UTF-16 strings, whose charAt is a
            // bounds-checked call per character under the launcher's C1 compiler.
            char[] chars = html.toCharArray();
            int words = 0;
            boolean inWord = false;
            int i = 0;
            int n = chars.length;
            while (i < n) {
                char c = chars[i];
                if (c == '<') {
                    int end = skipMarkup(i);
                    if (end > i) {
                        // A tag separates words only where Jekyll's strip_html would leave space: it does not,
                        // so "a<b>c</b>" is one word, as in Jekyll.
                        i = end;
                        continue;
                    }
                }
                if (isWhitespace(c)) {
                    inWord = false;
                } else if (!inWord) {
                    inWord = true;
                    words++;
                }
                i++;
            }
            return words;
        }

        /** {@link Character#isWhitespace(char)}, answered without a table lookup for ASCII. */
        private static boolean isWhitespace(char c) {
            if (c <= ' ') {
                // tab, line feed, vertical tab, form feed, carriage return; the four separators; space
                return c >= '\t' && c <= '\r' || c >= '\u001C';
            }
            return c >= 0x80 && Character.isWhitespace(c);
        }

        /** The index after a comment, script, style or tag starting at {@code start}, or {@code start} if none. */
        private int skipMarkup(int start) {
            if (html.startsWith("<!--", start)) {
                if (nextCommentEnd != -1 && nextCommentEnd < start + 4) {
                    nextCommentEnd = html.indexOf("-->", start + 4);
                }
                return nextCommentEnd < 0 ? html.length() : nextCommentEnd + 3;
            }
            char next = start + 1 < html.length() ? html.charAt(start + 1) : ' ';
            // regionMatches ignoring case also takes the long s (U+017F) for an s.
            boolean mayBeSkipped = next == 's' || next == 'S' || next == '\u017F';
            String[] elements = mayBeSkipped ? SKIPPED_ELEMENTS : NO_ELEMENTS;
            for (int e = 0; e < elements.length; e++) {
                String element = elements[e];
                if (html.regionMatches(true, start + 1, element, 0, element.length())) {
                    if (nextEnd[e] != -1 && nextEnd[e] < start) {
                        nextEnd[e] = indexOfIgnoreCase(html, "</" + element, start);
                    }
                    int end = nextEnd[e];
                    if (end >= 0) {
                        int close = html.indexOf('>', end);
                        return close < 0 ? html.length() : close + 1;
                    }
                }
            }
            if (nextClose != -1 && nextClose < start + 1) {
                nextClose = html.indexOf('>', start + 1);
            }
            int close = nextClose;
            if (close < 0) {
                return start;
            }
            boolean tag = Character.isLetter(next) || next == '/' || next == '!' || next == '?';
            return tag ? close + 1 : start;
        }
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
