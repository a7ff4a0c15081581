package dev.colophon.highlight.lexer;

import java.util.Arrays;
import java.util.Set;

/**
 * Pieces for writing Rouge's Ruby regexes in Java. Ruby's POSIX brackets and {@code \p{Word}} are
 * Unicode-aware, Java has no such names, so these spell them out (inside a character class).
 */
public final class Rx {

    private Rx() {
    }

    /** Ruby's {@code [[:alpha:]]}. */
    public static final String ALPHA = "\\p{IsAlphabetic}";
    /** Ruby's {@code [[:upper:]]}. */
    public static final String UPPER = "\\p{IsUppercase}";
    /** Ruby's {@code [[:digit:]]}. */
    public static final String DIGIT = "\\p{Nd}";
    /** Ruby's {@code [[:alnum:]]}. */
    public static final String ALNUM = "\\p{IsAlphabetic}\\p{Nd}";
    /** Ruby's {@code [[:word:]]} and {@code \p{Word}}: letters, marks, decimal digits, connectors. */
    public static final String WORD = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";
    /** Unicode's XID_Start, which Java cannot name: letters and letter numbers. */
    public static final String XID_START = "\\p{L}\\p{Nl}";
    /** Unicode's XID_Continue, approximately. */
    public static final String XID_CONTINUE = "\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}";

    /** {@code (?:a|b|c)}, each word quoted, in the given order (Ruby's {@code words.join('|')}). */
    public static String words(String... words) {
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append('|');
            }
            sb.append(quote(words[i]));
        }
        return sb.append(')').toString();
    }

    /** Splits a whitespace-separated list, as Ruby's {@code %w()} does. */
    public static String[] w(String list) {
        String trimmed = list.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** A set from a whitespace-separated list. */
    public static Set<String> set(String list) {
        return Set.of(dedupe(w(list)));
    }

    /** A word quoted for a pattern, plain words kept readable. */
    static String quote(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_' || c == ' ') {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        return sb.toString();
    }

    private static String[] dedupe(String[] words) {
        return Arrays.stream(words).distinct().toArray(String[]::new);
    }
}
