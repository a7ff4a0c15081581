package dev.colophon.liquid.filter;

import dev.colophon.liquid.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Ruby's String methods the filters are defined by, on Java strings. Ruby counts characters (code points),
 * not UTF-16 units, and its notion of white space is ASCII's.
 */
final class RubyText {

    private RubyText() {
    }

    /** What {@code strip} removes: ASCII white space and NUL. */
    static boolean isStripSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == 0;
    }

    /** What {@code split(" ")} and {@code \s} see as white space: ASCII's. */
    static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    static String lstrip(String s) {
        int start = 0;
        while (start < s.length() && isStripSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isStripSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    static String strip(String s) {
        return lstrip(rstrip(s));
    }

    /** The number of characters. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Characters {@code from} (inclusive) to {@code to} (exclusive), counted in code points. */
    static String chars(String s, int from, int to) {
        int begin = s.offsetByCodePoints(0, from);
        return s.substring(begin, s.offsetByCodePoints(begin, to - from));
    }

    /**
     * {@code str.slice(start, length)}: a negative start counts from the end; nil (here null) when the start
     * is outside the string or the length is negative.
     */
    static String slice(String s, long start, long length) {
        int size = length(s);
        if (start < 0) {
            start += size;
        }
        if (start < 0 || start > size || length < 0) {
            return null;
        }
        long end = Math.min(size, start + Math.min(length, size));
        return chars(s, (int) start, (int) end);
    }

    /**
     * {@code str.split(pattern)} with a string pattern and no limit: a single space splits on runs of white
     * space ignoring leading white space, an empty pattern splits into characters, anything else splits on
     * itself; trailing empty strings are dropped.
     */
    static List<String> split(String s, String pattern) {
        List<String> parts = new ArrayList<>();
        if (pattern.equals(" ")) {
            words(s, Integer.MAX_VALUE, parts);
        } else if (pattern.isEmpty()) {
            s.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
        } else {
            int from = 0;
            for (int at = s.indexOf(pattern); at >= 0; at = s.indexOf(pattern, from)) {
                parts.add(s.substring(from, at));
                from = at + pattern.length();
            }
            parts.add(s.substring(from));
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /**
     * The first {@code limit} words of {@code str.split(" ")} into {@code out}; returns whether more words
     * follow them.
     */
    static boolean words(String s, int limit, List<String> out) {
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                return false;
            }
            if (out.size() == limit) {
                return true;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
        }
    }

    /** {@code str.gsub(pattern, replacement)} (all) or {@code str.sub} (first) with a string pattern. */
    static String replace(String s, String pattern, String replacement, boolean all, Context context) {
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        if (pattern.isEmpty()) {
            // An empty pattern matches before every character and at the end.
            int i = 0;
            while (true) {
                expand(replacement, s, i, i, out);
                making(out, context);
                if (!all || i == s.length()) {
                    break;
                }
                int next = s.offsetByCodePoints(i, 1);
                out.append(s, i, next);
                i = next;
            }
            return out.append(s, i, s.length()).toString();
        }
        for (int at = s.indexOf(pattern); at >= 0; at = all ? s.indexOf(pattern, from) : -1) {
            out.append(s, from, at);
            expand(replacement, s, at, at + pattern.length(), out);
            making(out, context);
            from = at + pattern.length();
        }
        return out.append(s, from, s.length()).toString();
    }

    /**
     * Stops a replacement that grows past the render's output limit: each of a million characters replaced
     * by a long string, or by what precedes it ({@code \`}), would otherwise fill memory.
     */
    private static void making(StringBuilder out, Context context) {
        if (context != null) {
            context.making(out.length());
        }
    }

    /**
     * Writes a replacement as Ruby reads it: {@code \0} and {@code \&} are the match, {@code \`} what precedes
     * it, {@code \'} what follows it, {@code \\} a backslash, and {@code \1} to {@code \9} groups that a string
     * pattern does not have (so nothing).
     */
    private static void expand(String replacement, String s, int start, int end, StringBuilder out) {
        int n = replacement.length();
        for (int i = 0; i < n; i++) {
            char c = replacement.charAt(i);
            if (c != '\\' || i + 1 == n) {
                out.append(c);
                continue;
            }
            char next = replacement.charAt(++i);
            switch (next) {
                case '0', '&' -> out.append(s, start, end);
                case '`' -> out.append(s, 0, start);
                case '\'' -> out.append(s, end, s.length());
                case '\\' -> out.append('\\');
                default -> {
                    if (next < '1' || next > '9') {
                        out.append('\\').append(next);
                    }
                }
            }
        }
    }

    /** {@code a.casecmp(b)}: compared as if ASCII letters were lower case, by code point. */
    static int casecmp(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = asciiLower(a.codePointAt(i));
            int y = asciiLower(b.codePointAt(j));
            if (x != y) {
                return x < y ? -1 : 1;
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        boolean aEnded = i >= a.length();
        boolean bEnded = j >= b.length();
        return aEnded && bEnded ? 0 : aEnded ? -1 : 1;
    }

    private static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
