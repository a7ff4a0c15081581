package dev.colophon.highlight.lexer;

/**
 * What a rule does when its pattern matches: emit tokens and move between states, through the run
 * (the counterpart of a Rouge rule's callback block).
 */
@FunctionalInterface
public interface Action {

    void run(LexRun run);
}
