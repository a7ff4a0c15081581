package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;

/**
 * Rouge's {@code css} lexer (rouge/lexers/css.rb). Rouge marks double-quoted strings {@code s1} and
 * single-quoted ones {@code s2}, the other way round from other lexers; kept, since themes see Rouge's.
 */
public final class Css {

    private Css() {
    }

    static final String IDENTIFIER = "(?:[\\p{L}_-][" + Rx.WORD + "\\p{Cf}-]*)";
    private static final String NUMBER = "(?:-?(?:[0-9]+(\\.[0-9]+)?|\\.[0-9]+))";
    // Rouge's (\\\\|\\"|[^"])*, with runs of plain characters taken at once so Java's engine needs no
    // stack per character; a run never ends at a quote or backslash, so the matches are the same.
    private static final String DQ_STRING = "\"(?:[^\"\\\\]++|\\\\\\\\|\\\\\"|\\\\)*\"";
    private static final String SQ_STRING = "'(?:[^'\\\\]++|\\\\\\\\|\\\\'|\\\\)*'";

    public static final RegexLexer LEXER = RegexLexer.builder("css")
            .state("root", s -> s
                    .mixin("basics")
                    .rule("\\{", PUNCTUATION, "stanza")
                    .rule(":[:]?" + IDENTIFIER, NAME_DECORATOR)
                    .rule("\\." + IDENTIFIER, NAME_CLASS)
                    .rule("#" + IDENTIFIER, NAME_FUNCTION)
                    .rule("@" + IDENTIFIER, KEYWORD, "at_rule")
                    .rule(IDENTIFIER, NAME_TAG)
                    .rule("[~^*!%&\\[\\]()<>|+=@:;,./?-]", OPERATOR)
                    .rule(DQ_STRING, STR_SINGLE)
                    .rule(SQ_STRING, STR_DOUBLE))
            .state("value", s -> s
                    .mixin("basics")
                    .rule("url\\(.*?\\)", STR_OTHER)
                    .rule("(?i)#[0-9a-f]{1,6}", NUM) // colors
                    .rule(NUMBER + "(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg"
                            + "|grad|rad|turn|s|ms|Hz|kHz)\\b)?", NUM)
                    .rule("[\\[\\]():/.,]", PUNCTUATION)
                    .rule(DQ_STRING, STR_SINGLE)
                    .rule(SQ_STRING, STR_DOUBLE)
                    .rule(IDENTIFIER, r -> {
                        String m = r.match();
                        r.token(CssWords.CONSTANTS.contains(m) ? NAME_CONSTANT
                                : CssWords.BUILTINS.contains(m) ? NAME_BUILTIN : NAME);
                    }))
            .state("at_rule", s -> s
                    .rule("(?s)\\{(?=\\s*" + IDENTIFIER + "\\s*:)", PUNCTUATION, "at_stanza")
                    .rule("\\{", PUNCTUATION, "at_body")
                    .rule(";", PUNCTUATION, POP)
                    .mixin("value"))
            .state("at_body", s -> s
                    .mixin("at_content")
                    .mixin("root"))
            .state("at_stanza", s -> s
                    .mixin("at_content")
                    .mixin("stanza"))
            .state("at_content", s -> s
                    .rule("}", r -> {
                        r.token(PUNCTUATION);
                        r.pop(2);
                    }))
            .state("basics", s -> s
                    .rule("\\s+", TEXT)
                    .rule("(?s)/\\*(?:.*?)\\*/", COMMENT))
            .state("stanza", s -> s
                    .mixin("basics")
                    .rule("}", PUNCTUATION, POP)
                    .rule("(?s)(" + IDENTIFIER + ")(\\s*)(:)", r -> {
                        String name = r.group(1);
                        boolean known = CssWords.ATTRIBUTES.contains(name)
                                || CssWords.VENDOR_PREFIXES.stream().anyMatch(name::startsWith);
                        r.groups(known ? NAME_LABEL : NAME_PROPERTY, TEXT, PUNCTUATION);
                        r.push("stanza_value");
                    }))
            .state("stanza_value", s -> s
                    .rule(";", PUNCTUATION, POP)
                    .rule("(?=})", r -> r.pop())
                    .rule("!\\s*important\\b", COMMENT_PREPROC)
                    .rule("^@.*?$", COMMENT_PREPROC)
                    .mixin("value"))
            .build();
}
