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
                int end = skipMarkup(html, i);
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
    private static int skipMarkup(String html, int start) {
        if (html.startsWith("<!--", start)) {
            int end = html.indexOf("-->", start + 4);
            return end < 0 ? html.length() : end + 3;
        }
        char next = start + 1 < html.length() ? html.charAt(start + 1) : ' ';
        // regionMatches ignoring case also takes the long s (U+017F) for an s.
        boolean mayBeSkipped = next == 's' || next == 'S' || next == '\u017F';
        for (String element : mayBeSkipped ? SKIPPED_ELEMENTS : NO_ELEMENTS) {
            if (html.regionMatches(true, start + 1, element, 0, element.length())) {
                int end = indexOfIgnoreCase(html, "</" + element, start);
                if (end >= 0) {
                    int close = html.indexOf('>', end);
                    return close < 0 ? html.length() : close + 1;
                }
            }
        }
        int close = html.indexOf('>', start + 1);
        if (close < 0) {
            return start;
        }
        boolean tag = Character.isLetter(next) || next == '/' || next == '!' || next == '?';
        return tag ? close + 1 : start;
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
