package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;

/** Rouge's {@code json} lexer (rouge/lexers/json.rb): keys are labels, whitespace is its own token. */
public final class Json {

    private Json() {
    }

    public static final RegexLexer LEXER = RegexLexer.builder("json")
            .state("whitespace", s -> s.rule("\\s+", WHITESPACE))
            .state("root", s -> s
                    .mixin("whitespace")
                    .rule("\\{", PUNCTUATION, "object")
                    .rule("\\[", PUNCTUATION, "array")
                    .mixin("name")
                    .mixin("value")
                    // may be invalid here, but syntax correctness is a non-goal
                    .rule("[\\]}]", PUNCTUATION))
            .state("object", s -> s
                    .mixin("whitespace")
                    .mixin("name")
                    .mixin("value")
                    .rule("}", PUNCTUATION, POP)
                    .rule(",", PUNCTUATION))
            // Rouge's ("(?:\\.|[^"\\\n])*?")(\s*)(:) : the loop cannot pass an unescaped quote, so lazy or
            // possessive matching ends at the same quote; runs keep Java's engine from recursing per character
            .state("name", s -> s
                    .rule("(\"(?:[^\"\\\\\\n]++|\\\\.)*+\")(\\s*)(:)", RegexLexer.groups(NAME_LABEL, WHITESPACE, PUNCTUATION)))
            .state("value", s -> s
                    .mixin("whitespace")
                    .mixin("constants")
                    .rule("\"", STR_DOUBLE, "string")
                    .rule("\\[", PUNCTUATION, "array")
                    .rule("\\{", PUNCTUATION, "object"))
            .state("string", s -> s
                    .rule("[^\\\\\"]+", STR_DOUBLE)
                    .rule("\\\\.", STR_ESCAPE)
                    .rule("\"", STR_DOUBLE, POP))
            .state("array", s -> s
                    .mixin("value")
                    .rule("\\]", PUNCTUATION, POP)
                    .rule(",", PUNCTUATION))
            .state("constants", s -> s
                    .rule("(?:true|false|null)", KEYWORD_CONSTANT)
                    .rule("(?i)-?(?:0|[1-9]\\d*)\\.\\d+(?:e[+-]?\\d+)?", NUM_FLOAT)
                    .rule("(?i)-?(?:0|[1-9]\\d*)(?:e[+-]?\\d+)?", NUM_INTEGER))
            .build();
}
