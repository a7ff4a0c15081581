package dev.colophon.highlight.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one state, as Rouge's state DSL writes them. Patterns are Java regexes written to mean
 * what Rouge's Ruby ones mean: Ruby's {@code /m} is {@code (?s)}, {@code /i} is {@code (?i)}; every
 * pattern gets {@code MULTILINE} and {@code UNIX_LINES} because in Ruby {@code ^}/{@code $} are always
 * line anchors and only {@code \n} ends a line. Case-insensitive matching stays ASCII-only: Ruby
 * folds case by Unicode rules under which {@code [a-z]} does not match the Turkish {@code İ} or {@code ı},
 * while Java's {@code UNICODE_CASE} would match them (this leaves only the Kelvin sign and the long s,
 * which Ruby folds to {@code k} and {@code s}, treated differently).
 */
public final class StateBuilder {

    /** Flags every pattern gets; see the class comment. */
    public static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES;

    /** An entry of a state: a rule, or the name of a state mixed in. */
    record Entry(Pattern pattern, Action action, String mixin) {
    }

    final List<Entry> entries = new ArrayList<>();

    StateBuilder() {
    }

    /** Emits the whole match as {@code tok}. */
    public StateBuilder rule(String regex, String tok) {
        return rule(regex, r -> r.token(tok));
    }

    /**
     * Emits the whole match as {@code tok}, then moves: {@link RegexLexer#POP} pops, {@link RegexLexer#PUSH}
     * pushes the current state again, any other name pushes that state.
     */
    public StateBuilder rule(String regex, String tok, String next) {
        return rule(regex, RegexLexer.then(r -> r.token(tok), next));
    }

    public StateBuilder rule(String regex, Action action) {
        entries.add(new Entry(compile(regex), action, null));
        return this;
    }

    /** Tries the rules of another state here (Rouge's {@code mixin}). */
    public StateBuilder mixin(String state) {
        entries.add(new Entry(null, null, state));
        return this;
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, FLAGS);
    }
}
