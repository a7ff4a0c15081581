package dev.colophon.internal.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob of {@code exclude:} and {@code include:}, with Java's glob syntax ({@code *} within a name,
 * {@code **} across folders, {@code ?}, {@code [a-z]}, {@code [!a]}, {@code {a,b}}, {@code \} escapes),
 * matched in time linear in the path's length times the pattern's. Java's own PathMatcher turns a glob
 * into a regular expression that backtracks: {@code **}{@code /**}{@code /…/a} against a path 40 folders
 * deep ran for minutes.
 */
final class Glob {

    /** Alternatives a pattern's {@code {…}} groups may multiply into: more is a mistake, not a site. */
    static final int MAX_ALTERNATIVES = 1024;

    private sealed interface Token permits Literal, AnyChar, CharClass, Star, DoubleStar {
    }

    private record Literal(char c) implements Token {
    }

    private record AnyChar() implements Token {
    }

    /** {@code [...]}: ranges as pairs of from and to; never matches {@code /}, as in Java. */
    private record CharClass(boolean negated, String ranges) implements Token {
        boolean matches(char c) {
            boolean in = false;
            for (int i = 0; i < ranges.length(); i += 2) {
                in |= c >= ranges.charAt(i) && c <= ranges.charAt(i + 1);
            }
            return c != '/' && in != negated;
        }
    }

    private record Star() implements Token {
    }

    private record DoubleStar() implements Token {
    }

    private final List<List<Token>> alternatives;

    private Glob(List<List<Token>> alternatives) {
        this.alternatives = alternatives;
    }

    /**
     * Reads a glob.
     *
     * @throws IllegalArgumentException with what is wrong, in words, when the pattern is not a glob
     */
    static Glob of(String pattern) {
        List<StringBuilder> texts = new ArrayList<>();
        texts.add(new StringBuilder());
        List<List<Token>> alternatives = new ArrayList<>();
        alternatives.add(new ArrayList<>());
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int close = groupEnd(pattern, i);
                List<String> options = split(pattern.substring(i + 1, close));
                if ((long) alternatives.size() * options.size() > MAX_ALTERNATIVES) {
                    throw new IllegalArgumentException("its {…} groups make more than " + MAX_ALTERNATIVES
                            + " patterns");
                }
                List<List<Token>> grown = new ArrayList<>();
                for (List<Token> before : alternatives) {
                    for (String option : options) {
                        List<Token> next = new ArrayList<>(before);
                        parse(option, next);
                        grown.add(next);
                    }
                }
                alternatives = grown;
                i = close + 1;
            } else {
                int end = i;
                while (end < pattern.length() && pattern.charAt(end) != '{') {
                    end += pattern.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, pattern.length());
                String part = pattern.substring(i, end);
                for (List<Token> alternative : alternatives) {
                    parse(part, alternative);
                }
                i = end;
            }
        }
        return new Glob(alternatives.stream().map(List::copyOf).toList());
    }

    private static int groupEnd(String pattern, int open) {
        for (int i = open + 1; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                throw new IllegalArgumentException("'{' groups cannot be nested");
            } else if (c == '[') {
                i = classEnd(pattern, i);
            } else if (c == '}') {
                return i;
            }
        }
        throw new IllegalArgumentException("'{' is not closed");
    }

    /** The options of a group, split at its top-level commas. */
    private static List<String> split(String group) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(group, i);
            } else if (c == ',') {
                out.add(group.substring(start, i));
                start = i + 1;
            }
        }
        out.add(group.substring(start));
        return out;
    }

    /** The index of the {@code ]} that closes the class opened at {@code open}. */
    private static int classEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            i++;
        }
        // A ']' right after the '[' (or '[!') is a member, as in Java's and every other glob.
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        for (; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                i++;
            } else if (pattern.charAt(i) == ']') {
                return i;
            }
        }
        throw new IllegalArgumentException("'[' is not closed");
    }

    /** Adds the tokens of a pattern without groups. */
    private static void parse(String part, List<Token> out) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 == part.length()) {
                        throw new IllegalArgumentException("it ends with a lone '\\'");
                    }
                    out.add(new Literal(part.charAt(++i)));
                }
                case '?' -> out.add(new AnyChar());
                case '*' -> {
                    boolean twice = i + 1 < part.length() && part.charAt(i + 1) == '*';
                    i += twice ? 1 : 0;
                    // Stars in a row match what one does: one token, not a chain that multiplies states.
                    while (i + 1 < part.length() && part.charAt(i + 1) == '*') {
                        i++;
                    }
                    Token star = twice ? new DoubleStar() : new Star();
                    if (!out.isEmpty() && out.get(out.size() - 1) instanceof DoubleStar) {
                        continue;
                    }
                    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Star && twice) {
                        out.set(out.size() - 1, star);
                        continue;
                    }
                    out.add(star);
                }
                case '[' -> {
                    int close = classEnd(part, i);
                    out.add(charClass(part.substring(i + 1, close)));
                    i = close;
                }
                case '}' -> throw new IllegalArgumentException("'}' has no '{' before it");
                default -> out.add(new Literal(c));
            }
        }
    }

    private static CharClass charClass(String body) {
        boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
        String members = negated ? body.substring(1) : body;
        StringBuilder ranges = new StringBuilder();
        for (int i = 0; i < members.length(); i++) {
            char from = members.charAt(i);
            if (from == '\\' && i + 1 < members.length()) {
                from = members.charAt(++i);
            }
            char to = from;
            if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                to = members.charAt(i + 2);
                i += 2;
                if (to < from) {
                    throw new IllegalArgumentException("the range " + from + "-" + to + " is backwards");
                }
            }
            ranges.append(from).append(to);
        }
        return new CharClass(negated, ranges.toString());
    }

    /** Whether the whole {@code /}-separated path matches. */
    boolean matches(String path) {
        for (List<Token> tokens : alternatives) {
            if (matches(tokens, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pattern run as a set of positions in it, all at once, one character at a time: each character
     * costs at most one step per token, whatever the stars.
     */
    private static boolean matches(List<Token> tokens, String path) {
        int n = tokens.size();
        boolean[] at = new boolean[n + 1];
        boolean[] next = new boolean[n + 1];
        at[0] = true;
        closeOverStars(tokens, at);
        for (int p = 0; p < path.length(); p++) {
            char c = path.charAt(p);
            java.util.Arrays.fill(next, false);
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (!at[i]) {
                    continue;
                }
                Token t = tokens.get(i);
                if (t instanceof Star) {
                    if (c != '/') {
                        next[i] = any = true;
                    }
                } else if (t instanceof DoubleStar) {
                    next[i] = any = true;
                } else if (t instanceof Literal lit ? lit.c() == c
                        : t instanceof AnyChar ? c != '/' : ((CharClass) t).matches(c)) {
                    next[i + 1] = any = true;
                }
            }
            if (!any) {
                return false;
            }
            closeOverStars(tokens, next);
            boolean[] swap = at;
            at = next;
            next = swap;
        }
        return at[n];
    }

    /** A star may match nothing: where one is reached, so is the token after it. */
    private static void closeOverStars(List<Token> tokens, boolean[] states) {
        for (int i = 0; i < tokens.size(); i++) {
            if (states[i] && (tokens.get(i) instanceof Star || tokens.get(i) instanceof DoubleStar)) {
                states[i + 1] = true;
            }
        }
    }
}
