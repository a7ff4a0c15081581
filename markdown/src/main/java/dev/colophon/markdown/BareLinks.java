package dev.colophon.markdown;

/**
 * Tells cheaply whether a Markdown text could hold a bare link, so that most bodies skip autolinking.
 *
 * <p>flexmark's autolink extension finds a URL only at {@code ://}, a web address only at {@code www.},
 * and an e-mail address only at {@code @}. It looks at text after backslash escapes and character
 * references are decoded, so {@code \@} or {@code &#64;} can make one too: an escaped {@code @ : / .}
 * or a numeric or address-character reference counts. The answer errs on the side of "yes", never "no".
 */
final class BareLinks {

    private BareLinks() {
    }

    /** Whether {@code markdown} may contain a bare URL, web address or e-mail address. */
    static boolean mayContain(String markdown) {
        // An array rather than charAt: posts with typographic quotes are UTF-16 strings, whose charAt is a
        // bounds-checked call per character under the launcher's C1 compiler.
        char[] chars = markdown.toCharArray();
        int length = chars.length;
        for (int i = 0; i < length; i++) {
            switch (chars[i]) {
                case '@':
                    return true;
                case '\\':
                    // An escaped @ : / or . is text to the autolinker: it may complete an address.
                    if (i + 1 < length && "@:/.".indexOf(markdown.charAt(i + 1)) >= 0) {
                        return true;
                    }
                    break;
                case '&':
                    if (characterReferenceMayMatter(markdown, i)) {
                        return true;
                    }
                    break;
                case ':':
                    if (markdown.startsWith("//", i + 1) && !inLinkSyntax(markdown, i)) {
                        return true;
                    }
                    break;
                case 'w', 'W':
                    if (markdown.regionMatches(true, i, "www.", 0, 4) && !inLinkSyntax(markdown, i)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /** Whether a '[' comes before the ']' at {@code bracket}, in the same paragraph. */
    private static boolean opens(String markdown, int bracket) {
        int open = markdown.lastIndexOf('[', bracket);
        int paragraph = markdown.lastIndexOf("\n\n", bracket);
        return open >= 0 && open > paragraph;
    }

    /** Whether the address at {@code at} is followed by a ')' before any white space. */
    private static boolean closes(String markdown, int at) {
        for (int i = at; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == ')') {
                return true;
            }
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a character reference at {@code at} may decode to a character of an address: any numeric
     * one, or a named one for @ : / or . ({@code &amp;} and the like never make a link).
     */
    private static boolean characterReferenceMayMatter(String markdown, int at) {
        if (markdown.startsWith("&#", at)) {
            return true;
        }
        for (String name : new String[] {"&commat;", "&colon;", "&sol;", "&period;", "&excl;"}) {
            if (markdown.regionMatches(true, at, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the address around {@code at} is the destination of a link written in Markdown, which
     * autolinking never touches: {@code [text](https://…)}, {@code <https://…>} or a reference definition
     * {@code [label]: https://…}. Most links in posts are written so; a bare address elsewhere still counts.
     */
    private static boolean inLinkSyntax(String markdown, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(markdown.charAt(start - 1))
                && "(<".indexOf(markdown.charAt(start - 1)) < 0) {
            start--;
        }
        if (start == 0) {
            return false;
        }
        char before = markdown.charAt(start - 1);
        if (before == '<') {
            return true;
        }
        if (before == '(') {
            // [text](address): a ']' right before, its '[' earlier in the paragraph, and a ')' closing.
            return start >= 2 && markdown.charAt(start - 2) == ']' && opens(markdown, start - 2)
                    && closes(markdown, at);
        }
        // [label]: address, at the start of a line
        int lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
        String head = markdown.substring(lineStart, start).strip();
        return head.startsWith("[") && head.endsWith("]:") && head.indexOf(']') == head.length() - 2;
    }
}
