package dev.colophon.highlight.lexer;

import java.util.List;

/** A named lexer state: its rules in order, mixins already flattened in (which is what Rouge's step does). */
public final class State {

    final String name;
    final Rule[] rules;

    State(String name, List<Rule> rules) {
        this.name = name;
        this.rules = rules.toArray(new Rule[0]);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "State(" + name + ")";
    }
}
