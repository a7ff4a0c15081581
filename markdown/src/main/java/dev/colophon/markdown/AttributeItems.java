package dev.colophon.markdown;

/**
 * Reads kramdown's attribute list syntax in one pass over the text: the extent of a list, {@code {:…}}, and
 * the items in it.
 *
 * <p>It finds what kramdown's regular expressions find ({@code ALD_ANY_CHARS}, {@code ALD_TYPE_ANY}), but
 * they backtrack: on text like {@code a="x"y a="x"y …} without a closing quote each item scans the rest of
 * the list (quadratic), {@code \"} in a value doubles the work (exponential), and Java's engine recurses
 * once per character of a value, which overflows the stack on a long list. Here every character is looked
 * at a bounded number of times, whatever the text.
 */
final class AttributeItems {

    /** What one item of a list is. */
    enum Kind {
        /** {@code name="value"} or {@code name='value'}: {@link Sink#item} gets the name and the value. */
        KEY_VALUE,
        /** A bare name: a reference to a definition, or a word like {@code toc}. */
        REFERENCE,
        /** {@code #id} */
        ID,
        /** {@code .class} */
        CLASS
    }

    /** Receives the items of a list, in order. */
    @FunctionalInterface
    interface Sink {
        void item(Kind kind, String name, String value);
    }

    private AttributeItems() {
    }

    /**
     * Where a list whose text starts at {@code from} (just after its <code>{:</code>) ends: the index of its
     * closing brace, or -1 if it has none on this line. The text runs to the first {@code }} that is not
     * escaped as <code>\}</code>; a list with no such brace before the line's end ends at its last escaped
     * one, as kramdown's expression does when it backtracks. An empty text is no list unless
     * {@code allowEmpty}.
     */
    static int closingBrace(CharSequence text, int from, boolean allowEmpty) {
        int lastEscaped = -1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                break;
            }
            if (c == '}') {
                if (i > from && text.charAt(i - 1) == '\\') {
                    lastEscaped = i;
                } else {
                    return i > from || allowEmpty ? i : -1;
                }
            }
        }
        return lastEscaped;
    }

    /**
     * The closing brace of a list that must fill the rest of its line ({@code line} from {@code from}, just
     * after the <code>{:</code>), followed only by spaces, tabs and one line break; or -1.
     */
    static int closingBraceOfLine(CharSequence line, int from, boolean allowEmpty) {
        int end = line.length();
        if (end > 0 && isLineBreak(line.charAt(end - 1))) {
            end -= end > 1 && line.charAt(end - 2) == '\r' && line.charAt(end - 1) == '\n' ? 2 : 1;
        }
        while (end > from && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        int brace = end - 1;
        if (brace < from || line.charAt(brace) != '}' || brace == from && !allowEmpty) {
            return -1;
        }
        // The brace closes the list if no unescaped brace and no line feed comes before it.
        for (int i = from; i < brace; i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '}' && (i == from || line.charAt(i - 1) != '\\')) {
                return -1;
            }
        }
        return brace;
    }

    /** {@code \R}: the characters that may end a line. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /**
     * Reads the items of a list's text, each one only where white space or the ends of the text surround it;
     * answers whether the text is nothing but items and white space (and not blank).
     */
    static boolean read(String text, Sink sink) {
        Items items = new Items(text, sink);
        int n = text.length();
        boolean onlyItems = true;
        boolean any = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            // An item starts only after white space, or at the start.
            int end = i == 0 || isSpace(text.charAt(i - 1)) ? items.item(i) : -1;
            if (end < 0) {
                // What is left once the items are taken out must be blank, as String.isBlank has it.
                onlyItems &= Character.isWhitespace(c);
                i++;
            } else {
                any = true;
                i = end;
            }
        }
        return onlyItems && any;
    }

    /** The items of one text, with the ends of its quoted values worked out when first needed. */
    private static final class Items {
        private final String text;
        private final Sink sink;
        private Values doubleQuoted;
        private Values singleQuoted;

        Items(String text, Sink sink) {
            this.text = text;
            this.sink = sink;
        }

        /** Reads one item at {@code start}; answers where it ends, or -1 if there is none. */
        int item(int start) {
            int n = text.length();
            int nameEnd = nameEnd(text, start);
            if (nameEnd > start && nameEnd + 1 < n && text.charAt(nameEnd) == '=') {
                char quote = text.charAt(nameEnd + 1);
                if (quote == '"' || quote == '\'') {
                    int close = values(quote).close(nameEnd + 2);
                    if (close >= 0) {
                        String value = text.substring(nameEnd + 2, close)
                                .replace("\\}", "}").replace("\\" + quote, String.valueOf(quote));
                        sink.item(Kind.KEY_VALUE, text.substring(start, nameEnd), value);
                        return close + 1;
                    }
                }
            }
            if (nameEnd > start && endsItem(text, nameEnd)) {
                sink.item(Kind.REFERENCE, text.substring(start, nameEnd), null);
                return nameEnd;
            }
            return idsAndClasses(text, start, sink);
        }

        private Values values(char quote) {
            if (quote == '"') {
                return doubleQuoted == null ? doubleQuoted = new Values(text, quote) : doubleQuoted;
            }
            return singleQuoted == null ? singleQuoted = new Values(text, quote) : singleQuoted;
        }
    }

    /** {@code (?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+} followed by white space or the end, run together. */
    private static int idsAndClasses(String text, int start, Sink sink) {
        int n = text.length();
        int i = start;
        while (i < n && (text.charAt(i) == '#' || text.charAt(i) == '.')) {
            int partEnd = i + 1;
            if (text.charAt(i) == '#') {
                if (partEnd >= n || !isAsciiLetter(text.charAt(partEnd))) {
                    break;
                }
                while (partEnd < n && (isWord(text.charAt(partEnd)) || text.charAt(partEnd) == ':'
                        || text.charAt(partEnd) == '-')) {
                    partEnd++;
                }
            } else {
                while (partEnd < n && !isSpace(text.charAt(partEnd)) && text.charAt(partEnd) != '.'
                        && text.charAt(partEnd) != '#') {
                    partEnd++;
                }
                if (partEnd == i + 1) {
                    break;
                }
            }
            i = partEnd;
        }
        if (i == start || !endsItem(text, i)) {
            return -1;
        }
        // Only now that the whole run is an item are its parts given out.
        for (int part = start; part < i; ) {
            int partEnd = part + 1;
            while (partEnd < i && text.charAt(partEnd) != '#' && text.charAt(partEnd) != '.') {
                partEnd++;
            }
            sink.item(text.charAt(part) == '#' ? Kind.ID : Kind.CLASS, null, text.substring(part + 1, partEnd));
            part = partEnd;
        }
        return i;
    }

    /** The end of a name, {@code \w[\w-]*}, at {@code start}; {@code start} if there is none. */
    private static int nameEnd(String text, int start) {
        if (start >= text.length() || !isWord(text.charAt(start))) {
            return start;
        }
        int i = start + 1;
        while (i < text.length() && (isWord(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** {@code (?=\s|$)}: white space next, or the end (before a final line break, as {@code $} allows). */
    private static boolean endsItem(String text, int at) {
        int n = text.length();
        if (at >= n || isSpace(text.charAt(at))) {
            return true;
        }
        return at == n - 1 && isLineBreak(text.charAt(at)) || at == n - 2 && text.startsWith("\r\n", at);
    }

    /** {@code \s} of Java's expressions: ASCII white space only. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isWord(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Where quoted values end, for every place a value may start, computed once per list from the end.
     *
     * <p>kramdown's value is {@code (?:\\\}|\\"|[^\}])*?"} followed by white space or the end: the first
     * such quote, one escaped as {@code \"} counting only when no other quote qualifies (then the last such
     * one, where the backtracking reaches first), and never past a brace that no backslash escapes.
     */
    private static final class Values {
        /** The first quote at or after i, not escaped, that white space or the end follows; or n. */
        private final int[] nextPlain;
        /** The first brace at or after i that no backslash escapes (one right at i counts too); or n. */
        private final int[] nextBrace;
        /** The last escaped quote before i that white space or the end follows; or -1. */
        private final int[] lastEscaped;
        private final String text;

        Values(String text, char quote) {
            this.text = text;
            int n = text.length();
            nextPlain = new int[n + 1];
            nextBrace = new int[n + 1];
            lastEscaped = new int[n + 1];
            nextPlain[n] = n;
            nextBrace[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                char c = text.charAt(i);
                boolean escaped = i > 0 && text.charAt(i - 1) == '\\';
                nextPlain[i] = c == quote && !escaped && endsItem(text, i + 1) ? i : nextPlain[i + 1];
                nextBrace[i] = c == '}' && !escaped ? i : nextBrace[i + 1];
            }
            lastEscaped[0] = -1;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                boolean escaped = i > 0 && text.charAt(i - 1) == '\\';
                lastEscaped[i + 1] = c == quote && escaped && endsItem(text, i + 1) ? i : lastEscaped[i];
            }
        }

        /** The closing quote of a value that starts at {@code from}, or -1. */
        int close(int from) {
            int brace = nextBrace[from];
            int plain = nextPlain[from];
            if (plain < brace) {
                return plain;
            }
            // Escaped quotes: the backslash must be inside the value, so the quote is after from.
            int escaped = lastEscaped[brace];
            return escaped > from ? escaped : -1;
        }
    }
}
