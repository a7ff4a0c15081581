package dev.colophon.highlight.lexer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * One pass of a {@link RegexLexer} over some text: the state stack, the matchers, and what the rule
 * actions see. Mirrors Rouge's {@code RegexLexer} instance methods ({@code token}, {@code groups},
 * {@code push}, {@code pop!}, {@code goto}, {@code delegate}, ...), so that lexers read like Rouge's.
 *
 * <p>Matching emulates Ruby's {@code StringScanner}: a pattern is matched as if the text began at the
 * current position, so {@code \A} and {@code ^} match there and look-behind cannot see what came before.
 * That is what a Java region with its default opaque, anchoring bounds does.
 */
public final class LexRun implements Lexer.Run {

    /** Rouge's {@code MAX_NULL_SCANS}: empty matches allowed in a row before a character becomes an error. */
    private static final int MAX_NULL_STEPS = 5;

    private final RegexLexer lexer;
    private final ArrayList<State> stack = new ArrayList<>();
    private Matcher[] matchers;
    private int[] matcherGeneration;
    private int generation;

    private String text;
    private TokenSink sink;
    private Matcher current;
    private int pos;
    private int nullSteps;
    private Object data;

    LexRun(RegexLexer lexer) {
        this.lexer = lexer;
        int rules = Math.max(lexer.ruleCount(), 8);
        this.matchers = new Matcher[rules];
        this.matcherGeneration = new int[rules];
    }

    public RegexLexer lexer() {
        return lexer;
    }

    @Override
    public void reset() {
        stack.clear();
        stack.add(lexer.state("root"));
        data = null;
        for (Consumer<LexRun> proc : lexer.startProcs()) {
            proc.accept(this);
        }
    }

    @Override
    public void lex(String input, TokenSink out) {
        // Save what a (re-entrant) caller had, so that nesting a run inside itself cannot corrupt it.
        String savedText = text;
        TokenSink savedSink = sink;
        Matcher savedCurrent = current;
        int savedPos = pos;
        int savedNullSteps = nullSteps;
        text = input;
        sink = out;
        pos = 0;
        nullSteps = 0;
        generation++;
        try {
            int length = input.length();
            while (pos < length) {
                if (!step(state())) {
                    int width = Character.charCount(input.codePointAt(pos));
                    out.token(Tok.ERROR, input, pos, pos + width);
                    pos += width;
                }
            }
        } finally {
            text = savedText;
            sink = savedSink;
            current = savedCurrent;
            pos = savedPos;
            nullSteps = savedNullSteps;
            generation++;
        }
    }

    private boolean step(State state) {
        String input = text;
        int length = input.length();
        for (Rule rule : state.rules) {
            if (rule.beginningOfLine && pos > 0 && input.charAt(pos - 1) != '\n') {
                continue;
            }
            Matcher m = matcher(rule);
            m.region(pos, length);
            if (!m.lookingAt()) {
                continue;
            }
            int start = pos;
            int end = m.end();
            current = m;
            pos = end;
            rule.action.run(this);
            if (end == start) {
                if (++nullSteps > MAX_NULL_STEPS) {
                    return false;
                }
            } else {
                nullSteps = 0;
            }
            return true;
        }
        return false;
    }

    private Matcher matcher(Rule rule) {
        int id = rule.id;
        if (id >= matchers.length) {
            int size = Math.max(id + 1, matchers.length * 2);
            matchers = Arrays.copyOf(matchers, size);
            matcherGeneration = Arrays.copyOf(matcherGeneration, size);
        }
        Matcher m = matchers[id];
        if (m == null) {
            m = rule.pattern.matcher(text);
            matchers[id] = m;
            matcherGeneration[id] = generation;
        } else if (matcherGeneration[id] != generation) {
            m.reset(text);
            matcherGeneration[id] = generation;
        }
        return m;
    }

    // ---- what actions see: the match ----

    /** The whole match (Ruby's {@code m[0]}). */
    public String match() {
        return current.group();
    }

    /** A group of the match, or {@code null} when it did not take part (Ruby's {@code m[i]}). */
    public String group(int i) {
        return current.group(i);
    }

    // ---- tokens ----

    /** Emits the whole match. */
    public void token(String tok) {
        sink.token(tok, text, current.start(), current.end());
    }

    /** Emits some text; {@code null} or empty emits nothing. */
    public void token(String tok, String value) {
        sink.token(tok, value);
    }

    /** Emits each group with its token; groups that did not take part emit nothing (Rouge's {@code groups}). */
    public void groups(String... toks) {
        Matcher m = current;
        for (int i = 0; i < toks.length; i++) {
            int s = m.start(i + 1);
            if (s >= 0) {
                sink.token(toks[i], text, s, m.end(i + 1));
            }
        }
    }

    // ---- states ----

    public State state() {
        return stack.get(stack.size() - 1);
    }

    /** Whether the top state has this name (Rouge's {@code state?}). */
    public boolean isState(String name) {
        return state().name.equals(name);
    }

    /** Whether any state on the stack has this name (Rouge's {@code in_state?}). */
    public boolean inState(String name) {
        for (State s : stack) {
            if (s.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    public void push(String name) {
        stack.add(lexer.state(name));
    }

    /** Pushes the current state again. */
    public void push() {
        stack.add(state());
    }

    public void push(State state) {
        stack.add(state);
    }

    /**
     * Pops a state. Rouge raises on an empty stack; we keep the root state instead, so that bad input
     * never stops highlighting.
     */
    public void pop() {
        pop(1);
    }

    public void pop(int times) {
        for (int i = 0; i < times && stack.size() > 1; i++) {
            stack.remove(stack.size() - 1);
        }
    }

    /** Replaces the top state (Rouge's {@code goto}). */
    public void go(String name) {
        stack.set(stack.size() - 1, lexer.state(name));
    }

    public void resetStack() {
        stack.clear();
        stack.add(lexer.state("root"));
    }

    // ---- other lexers ----

    /** Lexes text with a fresh run of another lexer (Rouge's {@code delegate SomeLexer}). */
    public void delegate(Lexer other, String value) {
        if (value != null && !value.isEmpty()) {
            other.start().lex(value, sink);
        }
    }

    /** Lexes text with a run that keeps its state between calls (Rouge's {@code delegate @lexer}). */
    public void delegate(Lexer.Run other, String value) {
        if (value != null && !value.isEmpty()) {
            other.lex(value, sink);
        }
    }

    /** Lexes text with a fresh run of this lexer (Rouge's {@code recurse}). */
    public void recurse(String value) {
        delegate(lexer, value);
    }

    // ---- per-run data ----

    /** Data a lexer keeps per run (Ruby instance variables), set up by its start procedure. */
    @SuppressWarnings("unchecked")
    public <T> T data() {
        return (T) data;
    }

    public void data(Object value) {
        data = value;
    }
}
