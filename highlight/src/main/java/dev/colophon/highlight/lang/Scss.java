package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;

/** Rouge's {@code scss} lexer (rouge/lexers/scss.rb with the states it shares with Sass, sass/common.rb). */
public final class Scss {

    private Scss() {
    }

    private static final String ID = "(?:[\\w-]+)";

    public static final RegexLexer LEXER = RegexLexer.builder("scss")
            // ---- sass/common.rb ----
            .state("content_common", s -> s
                    .rule("@for\\b", KEYWORD, "for")
                    .rule("@(debug|warn|if|each|while|else|return|media)", KEYWORD, "value")
                    .rule("(@mixin)(\\s+)(" + ID + ")", r -> {
                        r.groups(KEYWORD, TEXT, NAME_FUNCTION);
                        r.push("value");
                    })
                    .rule("(@function)(\\s+)(" + ID + ")", r -> {
                        r.groups(KEYWORD, TEXT, NAME_FUNCTION);
                        r.push("value");
                    })
                    .rule("@extend\\b", KEYWORD, "selector")
                    .rule("(@include)(\\s+)(" + ID + ")", r -> {
                        r.groups(KEYWORD, TEXT, NAME_DECORATOR);
                        r.push("value");
                    })
                    .rule("@" + ID, KEYWORD, "selector")
                    .rule("&", KEYWORD, "selector")
                    // $variable: assignment
                    .rule("([$]" + ID + ")([ \\t]*)(:)", r -> {
                        r.groups(NAME_VARIABLE, TEXT, PUNCTUATION);
                        r.push("value");
                    }))
            .state("value", s -> s
                    .mixin("end_section")
                    .rule("[ \\t]+", TEXT)
                    .rule("[$]" + ID, NAME_VARIABLE)
                    .rule("url[(]", STR_OTHER, "string_url")
                    .rule(ID + "(?=\\s*[(])", NAME_FUNCTION)
                    .rule("%" + ID, NAME_DECORATOR)
                    // named literals
                    .rule("(true|false)\\b", NAME_BUILTIN_PSEUDO)
                    .rule("(and|or|not)\\b", OPERATOR_WORD)
                    // colors and numbers
                    .rule("(?i)#[a-z0-9]{1,6}", NUM_HEX)
                    .rule("-?\\d+(%|[a-z]+)?", NUM)
                    .rule("-?\\d*\\.\\d+(%|[a-z]+)?", NUM_INTEGER)
                    .mixin("has_strings")
                    .mixin("has_interp")
                    .rule("[~^*!&%<>|+=@:,./?-]+", OPERATOR)
                    .rule("[\\[\\]()]+", PUNCTUATION)
                    .rule("/[*]", COMMENT_MULTILINE, "inline_comment")
                    .rule("//[^\\n]*", COMMENT_SINGLE)
                    // identifiers
                    .rule(ID, r -> {
                        String m = r.match();
                        r.token(CssWords.BUILTINS.contains(m) ? NAME_BUILTIN
                                : CssWords.CONSTANTS.contains(m) ? NAME_CONSTANT : NAME);
                    }))
            .state("has_interp", s -> s.rule("[#][{]", STR_INTERPOL, "interpolation"))
            .state("has_strings", s -> s
                    .rule("\"", STR_DOUBLE, "dq")
                    .rule("'", STR_SINGLE, "sq"))
            .state("interpolation", s -> s
                    .rule("}", STR_INTERPOL, POP)
                    .mixin("value"))
            .state("selector", s -> s
                    .mixin("end_section")
                    .mixin("has_strings")
                    .mixin("has_interp")
                    .rule("[ \\t]+", TEXT)
                    .rule(":", NAME_DECORATOR, "pseudo_class")
                    .rule("[.]", NAME_CLASS, "class")
                    .rule("#", NAME_NAMESPACE, "id")
                    .rule("%", NAME_VARIABLE, "placeholder")
                    .rule(ID, NAME_TAG)
                    .rule("&", KEYWORD)
                    .rule("[~^*!&\\[\\]()<>|+=@:;,./?-]", OPERATOR))
            // Rouge's (\\.|#(?![{])|[^\n"#])+ , with plain runs taken at once (same matches, no deep stack)
            .state("dq", s -> s
                    .rule("\"", STR_DOUBLE, POP)
                    .mixin("has_interp")
                    .rule("(?:[^\\n\"#\\\\]++|\\\\.|#(?!\\{)|\\\\)+", STR_DOUBLE))
            .state("sq", s -> s
                    .rule("'", STR_SINGLE, POP)
                    .mixin("has_interp")
                    .rule("(?:[^\\n'#\\\\]++|\\\\.|#(?!\\{)|\\\\)+", STR_SINGLE))
            .state("string_url", s -> s
                    .rule("[)]", STR_OTHER, POP)
                    .rule("(?:[^\\n)#\\\\]++|\\\\.|#(?!\\{)|\\\\)+", STR_OTHER)
                    .mixin("has_interp"))
            .state("selector_piece", s -> s
                    .mixin("has_interp")
                    .rule("", r -> r.pop()))
            .state("pseudo_class", s -> s
                    .rule(ID, NAME_DECORATOR)
                    .mixin("selector_piece"))
            .state("class", s -> s
                    .rule(ID, NAME_CLASS)
                    .mixin("selector_piece"))
            .state("id", s -> s
                    .rule(ID, NAME_NAMESPACE)
                    .mixin("selector_piece"))
            .state("placeholder", s -> s
                    .rule(ID, NAME_VARIABLE)
                    .mixin("selector_piece"))
            .state("for", s -> s
                    .rule("(from|to|through)", OPERATOR_WORD)
                    .mixin("value"))
            .state("attr_common", s -> s
                    .mixin("has_interp")
                    .rule(ID, r -> r.token(CssWords.ATTRIBUTES.contains(r.match()) ? NAME_LABEL : NAME_ATTRIBUTE)))
            .state("attribute", s -> s
                    .mixin("attr_common")
                    .rule("([ \\t]*)(:)", r -> {
                        r.groups(TEXT, PUNCTUATION);
                        r.push("value");
                    }))
            .state("inline_comment", s -> s
                    .rule("(\\\\#|#(?=[^\\n{])|\\*(?=[^\\n/])|[^\\n#*])+", COMMENT_MULTILINE)
                    .mixin("has_interp")
                    .rule("[*]/", COMMENT_MULTILINE, POP))
            // ---- scss.rb ----
            .state("root", s -> s
                    .rule("\\s+", TEXT)
                    .rule("//.*?$", COMMENT_SINGLE)
                    .rule("(?s)/[*].*?[*]/", COMMENT_MULTILINE)
                    .rule("@import\\b", KEYWORD, "value")
                    .mixin("content_common")
                    .rule("(?=[^;{}][;}])", r -> r.push("attribute"))
                    .rule("(?=[^;{}:\\[]+:[^a-z])", r -> r.push("attribute"))
                    .rule("", r -> r.push("selector")))
            .state("end_section", s -> s
                    .rule("\\n", TEXT)
                    .rule("[;{}]", r -> {
                        r.token(PUNCTUATION);
                        r.resetStack();
                    }))
            .build();
}
