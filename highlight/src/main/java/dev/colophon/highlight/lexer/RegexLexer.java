package dev.colophon.highlight.lexer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A state machine of regex rules, after Rouge's {@code RegexLexer}: at each position the rules of the
 * top state are tried in order, anchored there; the first that matches emits tokens and may push, pop or
 * replace states; when none matches, one character becomes an error token.
 *
 * <p>Immutable and thread-safe once built: patterns are compiled when the lexer is defined, and all
 * lexing state lives in a {@link LexRun}. States built while lexing (Ruby's {@code %} strings choose
 * their delimiters at run time) are compiled once per key and cached.
 */
public final class RegexLexer implements Lexer {

    /** Next state: pop the current one. */
    public static final String POP = "#pop";
    /** Next state: push the current state again (Rouge's {@code :push}). */
    public static final String PUSH = "#push";

    private final String name;
    private final Map<String, State> states;
    private final List<Consumer<LexRun>> startProcs;
    private final Map<String, List<StateBuilder.Entry>> definitions;
    private final AtomicInteger ruleIds;
    private final ConcurrentHashMap<Object, State> dynamicStates = new ConcurrentHashMap<>();

    private RegexLexer(Builder builder) {
        this.name = builder.name;
        this.startProcs = List.copyOf(builder.startProcs);
        this.definitions = new LinkedHashMap<>(builder.definitions);
        IdentityHashMap<StateBuilder.Entry, Rule> rules = new IdentityHashMap<>();
        AtomicInteger ids = new AtomicInteger();
        Map<String, State> built = new HashMap<>();
        for (String state : definitions.keySet()) {
            List<Rule> flat = new ArrayList<>();
            flatten(state, new ArrayList<>(), flat, rules, ids);
            built.put(state, new State(state, flat));
        }
        if (!built.containsKey("root")) {
            throw new IllegalStateException(name + ": no root state");
        }
        this.states = Map.copyOf(built);
        this.ruleIds = ids;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** An action followed by a move, as {@link StateBuilder#rule(String, String, String)} describes. */
    public static Action then(Action action, String next) {
        if (next == null) {
            return action;
        }
        if (POP.equals(next)) {
            return r -> {
                action.run(r);
                r.pop();
            };
        }
        if (PUSH.equals(next)) {
            return r -> {
                action.run(r);
                r.push();
            };
        }
        return r -> {
            action.run(r);
            r.push(next);
        };
    }

    /** Emits group {@code i + 1} as {@code toks[i]}, skipping groups that did not take part. */
    public static Action groups(String... toks) {
        return r -> r.groups(toks);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LexRun start() {
        LexRun run = new LexRun(this);
        run.reset();
        return run;
    }

    List<Consumer<LexRun>> startProcs() {
        return startProcs;
    }

    int ruleCount() {
        return ruleIds.get();
    }

    /** A state by name; a missing state is a bug in the lexer's definition. */
    public State state(String stateName) {
        State state = states.get(stateName);
        if (state == null) {
            throw new IllegalStateException(name + ": unknown state " + stateName);
        }
        return state;
    }

    /**
     * A state made at run time, compiled once per key and then reused (e.g. the body of a Ruby
     * {@code %q(...)} string, one per delimiter). Mixins name the lexer's own states.
     */
    public State dynamicState(Object key, Consumer<StateBuilder> definition) {
        return dynamicStates.computeIfAbsent(key, k -> {
            StateBuilder body = new StateBuilder();
            definition.accept(body);
            List<Rule> flat = new ArrayList<>();
            IdentityHashMap<StateBuilder.Entry, Rule> rules = new IdentityHashMap<>();
            for (StateBuilder.Entry entry : body.entries) {
                if (entry.mixin() != null) {
                    // The named state's rules are already compiled: reuse them (and their matcher ids).
                    flat.addAll(List.of(state(entry.mixin()).rules));
                } else {
                    flat.add(rules.computeIfAbsent(entry,
                            e -> new Rule(e.pattern(), e.action(), ruleIds.getAndIncrement())));
                }
            }
            return new State("dynamic:" + k, flat);
        });
    }

    private void flatten(String state, List<String> path, List<Rule> out,
            IdentityHashMap<StateBuilder.Entry, Rule> rules, AtomicInteger ids) {
        List<StateBuilder.Entry> entries = definitions.get(state);
        if (entries == null) {
            throw new IllegalStateException(name + ": unknown state " + state + " (via " + path + ")");
        }
        if (path.contains(state)) {
            throw new IllegalStateException(name + ": mixin cycle " + path + " -> " + state);
        }
        path.add(state);
        for (StateBuilder.Entry entry : entries) {
            if (entry.mixin() != null) {
                flatten(entry.mixin(), path, out, rules, ids);
            } else {
                out.add(rules.computeIfAbsent(entry, e -> new Rule(e.pattern(), e.action(), ids.getAndIncrement())));
            }
        }
        path.remove(path.size() - 1);
    }

    /**
     * Defines a lexer's states. A lexer that extends another (C++ from C, TypeScript from JavaScript)
     * starts from the other's builder and prepends to or replaces its states, as Rouge's subclasses do;
     * mixins are resolved by name when the lexer is built, so they find the replaced states.
     */
    public static final class Builder {

        private final String name;
        private final Map<String, List<StateBuilder.Entry>> definitions = new LinkedHashMap<>();
        private final List<Consumer<LexRun>> startProcs = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Defines a state, replacing any state of that name. */
        public Builder state(String stateName, Consumer<StateBuilder> body) {
            StateBuilder rules = new StateBuilder();
            body.accept(rules);
            definitions.put(stateName, new ArrayList<>(rules.entries));
            return this;
        }

        /** Adds rules before a state's existing ones (Rouge's {@code prepend}). */
        public Builder prepend(String stateName, Consumer<StateBuilder> body) {
            StateBuilder rules = new StateBuilder();
            body.accept(rules);
            List<StateBuilder.Entry> existing = definitions.get(stateName);
            if (existing == null) {
                throw new IllegalStateException(name + ": no state " + stateName + " to prepend to");
            }
            List<StateBuilder.Entry> merged = new ArrayList<>(rules.entries);
            merged.addAll(existing);
            definitions.put(stateName, merged);
            return this;
        }

        /** Runs when a run starts or is reset, after the stack is back to root (Rouge's {@code start}). */
        public Builder start(Consumer<LexRun> proc) {
            startProcs.add(proc);
            return this;
        }

        /** A copy under another name, to extend. */
        public Builder extend(String newName) {
            Builder copy = new Builder(newName);
            definitions.forEach((k, v) -> copy.definitions.put(k, new ArrayList<>(v)));
            copy.startProcs.addAll(startProcs);
            return copy;
        }

        public RegexLexer build() {
            return new RegexLexer(this);
        }
    }

    /** Compiles a pattern with the flags rules get; for lexers that match outside rules. */
    public static Pattern pattern(String regex) {
        return StateBuilder.compile(regex);
    }
}
