package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.RegexLexer.groups;
import static dev.colophon.highlight.lexer.RegexLexer.then;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.LexRun;
import dev.colophon.highlight.lexer.RegexLexer;
import java.util.regex.Pattern;

/**
 * Rouge's {@code liquid} lexer (rouge/lexers/liquid.rb): text with {@code {% tags %}} and
 * {@code {{ output }}}, whose markup is lexed by the tag's kind ({@code if}, {@code for}, {@code assign},
 * {@code include}, {@code comment}, {@code raw}...). The end of a tag or output returns to text whatever
 * states are open.
 */
public final class Liquid {

    private static final Pattern SINGLE_QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"");

    private Liquid() {
    }

    public static final RegexLexer LEXER = RegexLexer.builder("liquid")
            .state("root", s -> s
                    .rule("[^{]+", TEXT)
                    .rule("(\\{%-?)(\\s*)", then(groups(PUNCTUATION, WHITESPACE), "tag_or_block"))
                    .rule("(\\{\\{-?)(\\s*)", then(groups(PUNCTUATION, WHITESPACE), "output"))
                    .rule("\\{", TEXT))
            .state("tag_or_block", s -> s
                    // builtin logic blocks
                    .rule("(if|elsif|unless|case)\\b", KEYWORD_RESERVED, "condition")
                    .rule("(when)\\b", KEYWORD_RESERVED, "when")
                    .rule("(else)(\\s*)(-?%\\})", then(groups(KEYWORD_RESERVED, WHITESPACE, PUNCTUATION), POP))
                    // other builtin blocks
                    .rule("(capture|(?:in|de)crement)(\\s+)([^\\s%]+)(\\s*)(-?%\\})",
                            then(groups(NAME_TAG, WHITESPACE, NAME_VARIABLE, WHITESPACE, PUNCTUATION), POP))
                    .rule("(comment)(\\s*)(-?%\\})", then(groups(NAME_TAG, WHITESPACE, PUNCTUATION), "comment"))
                    .rule("(raw)(\\s*)(-?%\\})", then(groups(NAME_TAG, WHITESPACE, PUNCTUATION), "raw"))
                    // end of block
                    .rule("(end(?:if|unless|case))(\\s*)(-?%\\})",
                            then(groups(KEYWORD_RESERVED, WHITESPACE, PUNCTUATION), POP))
                    .rule("(end(?:[^\\s%]+))(\\s*)(-?%\\})", then(groups(NAME_TAG, WHITESPACE, PUNCTUATION), POP))
                    // builtin tags
                    .rule("(assign|echo)\\b", NAME_TAG, "assign")
                    .rule("(include|render)\\b", NAME_TAG, "include")
                    .rule("(cycle)(\\s+)(?:([^\\s:]*)(\\s*)(:))?(\\s*)", r -> {
                        r.groups(NAME_TAG, WHITESPACE, quotedOr(r.group(3), NAME_ATTRIBUTE), WHITESPACE,
                                PUNCTUATION, WHITESPACE);
                        r.push("variable_tag_markup");
                    })
                    // iteration
                    .rule("(for|tablerow)(\\s+)([\\w-]+)(\\s+)(in)(\\s+)((?:[^\\s%,|'\"]|(?:\"[^\"]*\"|'[^']*'))+)(\\s*)",
                            r -> {
                                r.groups(NAME_TAG, WHITESPACE, NAME_VARIABLE, WHITESPACE, NAME_TAG, WHITESPACE);
                                r.token(quotedOr(r.group(7), NAME_VARIABLE), r.group(7));
                                r.token(WHITESPACE, r.group(8));
                                r.push("tag_markup");
                            })
                    // other tags or blocks
                    .rule("([^\\s%]+)(\\s*)", then(groups(NAME_TAG, WHITESPACE), "tag_markup")))
            .state("output", s -> s
                    .rule("(\\|)(\\s*)([a-zA-Z_][^\\s}|:]*)", then(groups(PUNCTUATION, WHITESPACE, NAME_FUNCTION), "filters"))
                    .mixin("end_of_tag")
                    .mixin("generic"))
            .state("filters", s -> s
                    .rule("(\\|)(\\s*)([a-zA-Z_][^\\s%}|:]*)", groups(PUNCTUATION, WHITESPACE, NAME_FUNCTION))
                    .mixin("end_of_tag")
                    .mixin("end_of_block")
                    .mixin("variable_param_markup"))
            .state("condition", s -> s
                    .rule("([=!]=|[<>]=?)", OPERATOR)
                    .rule("(and|or|contains)\\b", OPERATOR_WORD)
                    .mixin("end_of_block")
                    .mixin("generic"))
            .state("when", s -> s
                    .mixin("end_of_block")
                    .mixin("generic"))
            .state("end_of_tag", s -> s
                    .rule("-?\\}\\}", Liquid::endOfMarkup))
            .state("end_of_block", s -> s
                    .rule("-?%\\}", Liquid::endOfMarkup))
            // states for unknown markup
            .state("param_markup", s -> s
                    .mixin("whitespace")
                    .mixin("keyword")
                    .mixin("string")
                    .mixin("number")
                    .rule("([^\\s=:]+)(\\s*)(=|:)", groups(NAME_ATTRIBUTE, WHITESPACE, OPERATOR))
                    .rule("[,:]", PUNCTUATION))
            .state("default_param_markup", s -> s
                    .mixin("param_markup")
                    .rule("\\S+", TEXT))
            .state("variable_param_markup", s -> s
                    .mixin("param_markup")
                    .mixin("variable")
                    .rule("\\S+", TEXT))
            .state("tag_markup", s -> s
                    .rule("(reversed)\\b", NAME_ATTRIBUTE)
                    .mixin("end_of_block")
                    .mixin("default_param_markup"))
            .state("variable_tag_markup", s -> s
                    .mixin("end_of_block")
                    .mixin("variable_param_markup"))
            // states for different values types
            .state("keyword", s -> s
                    .rule("(false|true|nil)\\b", KEYWORD_CONSTANT))
            .state("variable", s -> s
                    .rule("(empty|blank|forloop\\.[^\\s%}|:]+)\\b", NAME_BUILTIN)
                    .rule("\\.(?=\\w)|\\[|\\]", PUNCTUATION)
                    .rule("(first|last|size)\\b", NAME_FUNCTION)
                    .rule("[a-zA-Z_][\\w-]*\\??", NAME_VARIABLE))
            .state("string", s -> s
                    .rule("'[^']*'", STR_SINGLE)
                    .rule("\"[^\"]*\"", STR_DOUBLE))
            .state("number", s -> s
                    .rule("-", OPERATOR)
                    .rule("\\d+\\.\\d+", NUM_FLOAT)
                    .rule("\\d+", NUM_INTEGER))
            .state("generic", s -> s
                    .mixin("whitespace")
                    .mixin("keyword")
                    .mixin("string")
                    .mixin("number")
                    .mixin("variable"))
            .state("whitespace", s -> s
                    .rule("[ \\t]+", WHITESPACE))
            .state("comment", s -> s
                    .rule("[^{]+", COMMENT)
                    .rule("(\\{%-?)(\\s*)(endcomment)(\\s*)(-?%\\})", r -> {
                        r.groups(PUNCTUATION, WHITESPACE, NAME_TAG, WHITESPACE, PUNCTUATION);
                        r.resetStack();
                    })
                    .rule("\\{", COMMENT))
            .state("raw", s -> s
                    .rule("[^{]+", TEXT)
                    .rule("(\\{%-?)(\\s*)(endraw)(\\s*)(-?%\\})", r -> {
                        r.groups(PUNCTUATION, WHITESPACE, NAME_TAG, WHITESPACE, PUNCTUATION);
                        r.resetStack();
                    })
                    .rule("\\{", TEXT))
            .state("assign", s -> s
                    .rule("=", OPERATOR)
                    .rule("(\\|)(\\s*)([a-zA-Z_][^\\s%|:]*)", then(groups(PUNCTUATION, WHITESPACE, NAME_FUNCTION), "filters"))
                    .mixin("end_of_block")
                    .mixin("generic"))
            .state("include", s -> s
                    .rule("(\\{\\{-?)(\\s*)", then(groups(PUNCTUATION, WHITESPACE), "output_embed"))
                    .rule("(with|for)\\b", NAME_TAG)
                    .rule("[/\\w-]+(\\.[\\w-]+)+\\b", TEXT)
                    .mixin("variable_tag_markup"))
            .state("output_embed", s -> s
                    .rule("(\\|)(\\s*)([a-zA-Z_][^\\s}|:]*)", groups(PUNCTUATION, WHITESPACE, NAME_FUNCTION))
                    .rule("-?\\}\\}", PUNCTUATION, POP)
                    .mixin("variable_param_markup"))
            .build();

    /** The closing {@code }}} or {@code %}}: back to text, whatever states are open (Rouge's {@code reset_stack}). */
    private static void endOfMarkup(LexRun r) {
        r.token(PUNCTUATION);
        r.resetStack();
    }

    /** Rouge's {@code case value when /'[^']*'/ ... when /"[^"]*"/ ... else}: a quote anywhere makes a string. */
    private static String quotedOr(String value, String otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (SINGLE_QUOTED.matcher(value).find()) {
            return STR_SINGLE;
        }
        return DOUBLE_QUOTED.matcher(value).find() ? STR_DOUBLE : otherwise;
    }
}
