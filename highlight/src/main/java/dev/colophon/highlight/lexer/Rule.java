package dev.colophon.highlight.lexer;

import java.util.regex.Pattern;

/**
 * One rule of a state: a precompiled pattern, tried at the current position only, and what to do when it
 * matches. The id indexes the run's cache of matchers.
 */
final class Rule {

    final Pattern pattern;
    final Action action;
    final boolean beginningOfLine;
    final int id;

    Rule(Pattern pattern, Action action, int id) {
        this.pattern = pattern;
        this.action = action;
        this.id = id;
        this.beginningOfLine = startsWithCaret(pattern.pattern());
    }

    /**
     * Rouge tries a rule whose source starts with {@code ^} only at the beginning of a line, because its
     * scanner matches as if the text began at the current position (where {@code ^} always matches).
     * A leading inline flag group such as {@code (?s)} stands for Ruby's trailing flags, so skip it.
     */
    private static boolean startsWithCaret(String source) {
        int i = 0;
        if (source.startsWith("(?") && !source.startsWith("(?:") && !source.startsWith("(?=")
                && !source.startsWith("(?!") && !source.startsWith("(?<")) {
            int close = source.indexOf(')');
            if (close > 0 && source.substring(2, close).chars().allMatch(Character::isLetter)) {
                i = close + 1;
            }
        }
        return source.startsWith("^", i);
    }

    @Override
    public String toString() {
        return "Rule(" + pattern.pattern() + ")";
    }
}
