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
        LinkSyntax links = new LinkSyntax(markdown, chars);
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
                    if (markdown.startsWith("//", i + 1) && !links.contains(i)) {
                        return true;
                    }
                    break;
                case 'w', 'W':
                    if (markdown.regionMatches(true, i, "www.", 0, 4) && !links.contains(i)) {
                        return true;
                    }
                    break;
                default:
                    break;
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
     * Tells whether the address around a place is the destination of a link written in Markdown, which
     * autolinking never touches: {@code [text](https://…)}, {@code <https://…>} or a reference definition
     * {@code [label]: https://…}. Most links in posts are written so; a bare address elsewhere still counts.
     *
     * <p>Asked about places in increasing order, it remembers what it has read: where the run of text
     * without white space started, the last {@code [} and paragraph break, and the end of the address, so
     * that a paragraph of many links or an address of many {@code ://} is read once, not once for each.
     */
    private static final class LinkSyntax {
        private final String markdown;
        /** Where the run of characters other than white space, {@code (} and {@code <} up to here starts. */
        private int runStart;
        /** The last {@code [} and the last paragraph break (two line feeds) passed, -1 before any. */
        private int lastBracket = -1;
        private int lastBreak = -1;
        /** Whether the run at {@link #runAnswerStart} follows a reference definition's label. */
        private boolean runAnswer;
        private int runAnswerStart = -1;
        /** The first {@code )} or white space at or after the last place asked, -1 for none, -2 unknown. */
        private int closeAt = -2;

        private final char[] chars;
        /** How far the characters have been noted: all before it. */
        private int noted;

        LinkSyntax(String markdown, char[] chars) {
            this.markdown = markdown;
            this.chars = chars;
        }

        /**
         * Notes the characters before {@code at}, when a question about {@code at} comes: most texts have no
         * address at all, and noting every character as the scan passed it cost a tenth of a post's
         * conversion under the launcher's C1 compiler.
         */
        private void noteUpTo(int at) {
            for (; noted < at; noted++) {
                passed(noted);
            }
        }

        /** Notes the character at {@code i}. */
        private void passed(int i) {
            char c = chars[i];
            // Most characters are printable ASCII above '<': one comparison for them.
            if (c > '<' && c < 0x80) {
                if (c == '[') {
                    lastBracket = i;
                }
                return;
            }
            if (c == '(' || c == '<' || (c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
                runStart = i + 1;
            }
            if (c == '\n' && i > 0 && chars[i - 1] == '\n') {
                lastBreak = i - 1;
            }
        }

        boolean contains(int at) {
            noteUpTo(at);
            int start = runStart;
            if (start == 0) {
                return false;
            }
            char before = markdown.charAt(start - 1);
            if (before == '<') {
                return true;
            }
            if (before == '(') {
                // [text](address): a ']' right before, its '[' earlier in the paragraph, and a ')' closing.
                return start >= 2 && markdown.charAt(start - 2) == ']' && opens(start - 2) && closes(at);
            }
            if (runAnswerStart != start) {
                runAnswerStart = start;
                runAnswer = isReferenceDefinition(start);
            }
            return runAnswer;
        }

        /** Whether a '[' comes before the ']' at {@code bracket}, in the same paragraph. */
        private boolean opens(int bracket) {
            // No paragraph break lies between the bracket and here, as the run has no white space; a '['
            // may, and then the one before the bracket is looked for, which is near it.
            int open = lastBracket <= bracket ? lastBracket : markdown.lastIndexOf('[', bracket);
            return open >= 0 && open > lastBreak;
        }

        /** Whether the address at {@code at} is followed by a ')' before any white space. */
        private boolean closes(int at) {
            if (closeAt < at && closeAt != -1) {
                closeAt = -1;
                for (int i = at; i < markdown.length(); i++) {
                    char c = markdown.charAt(i);
                    if (c == ')' || Character.isWhitespace(c)) {
                        closeAt = i;
                        break;
                    }
                }
            }
            return closeAt >= 0 && markdown.charAt(closeAt) == ')';
        }

        /** [label]: address, at the start of a line. */
        private boolean isReferenceDefinition(int start) {
            int lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
            String head = markdown.substring(lineStart, start).strip();
            return head.startsWith("[") && head.endsWith("]:") && head.indexOf(']') == head.length() - 2;
        }
    }
}
