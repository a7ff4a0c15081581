package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;

/** Rouge's {@code kotlin} lexer (rouge/lexers/kotlin.rb). */
public final class Kotlin {

    private Kotlin() {
    }

    private static final String KEYWORDS = Rx.words(Rx.w("""
            abstract annotation as break by catch class companion const
            constructor continue crossinline do dynamic else enum
            external false final finally for fun get if import in infix
            inline inner interface internal is lateinit noinline null
            object open operator out override package private protected
            public reified return sealed set super suspend tailrec this
            throw true try typealias typeof val var vararg when where
            while yield"""));

    private static final String NAME_CHARS = "(?:[-_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}\\p{Nd}\\p{Pc}\\p{Cf}\\p{Mn}\\p{Mc}]*)";
    private static final String CLASS_NAME = "(?:`?[\\p{Lu}]" + NAME_CHARS + "`?)";
    private static final String NAME_RE = "(?:`?[_\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Nl}]" + NAME_CHARS + "`?)";

    // number literals; Ruby keeps the groups of interpolated pieces
    private static final String DEC_DIGITS = "(?:([0-9][0-9_]*[0-9])|[0-9])";
    private static final String EXPONENT = "(?:[eE][+-]?(" + DEC_DIGITS + "))";
    private static final String DOUBLE = "(?:((" + DEC_DIGITS + ")?\\." + DEC_DIGITS + "(" + EXPONENT + ")?)|("
            + DEC_DIGITS + EXPONENT + "))";

    public static final RegexLexer LEXER = RegexLexer.builder("kotlin")
            .state("root", s -> s
                    .rule("\\b(companion)(\\s+)(object)\\b", RegexLexer.groups(KEYWORD, TEXT, KEYWORD))
                    .rule("\\b(class|data\\s+class|interface|object)(\\s+)", r -> {
                        r.groups(KEYWORD_DECLARATION, TEXT);
                        r.push("class");
                    })
                    .rule("\\b(fun)(\\s+)", r -> {
                        r.groups(KEYWORD, TEXT);
                        r.push("function");
                    })
                    .rule("\\b(package|import)(\\s+)", r -> {
                        r.groups(KEYWORD, TEXT);
                        r.push("package");
                    })
                    .rule("\\b(val|var)(\\s+)(\\()", r -> {
                        r.groups(KEYWORD_DECLARATION, TEXT, PUNCTUATION);
                        r.push("destructure");
                    })
                    .rule("\\b(val|var)(\\s+)", r -> {
                        r.groups(KEYWORD_DECLARATION, TEXT);
                        r.push("property");
                    })
                    .rule("(return|continue|break|this|super)(@" + NAME_RE + ")?\\b",
                            RegexLexer.groups(KEYWORD, NAME_DECORATOR))
                    .rule("\\bfun\\b", KEYWORD)
                    .rule("\\b" + KEYWORDS + "\\b", KEYWORD)
                    .rule("^\\s*\\[.*?\\]", NAME_ATTRIBUTE)
                    .rule("[^\\S\\n]+", TEXT)
                    .rule("\\\\\\n", TEXT) // line continuation
                    .rule("//.*?$", COMMENT_SINGLE)
                    .rule("/[*].*[*]/", COMMENT_MULTILINE) // single line block comment
                    .rule("/[*].*", COMMENT_MULTILINE, "comment") // multiline block comment
                    .rule("\\n", TEXT)
                    .rule("(::)(class)", RegexLexer.groups(OPERATOR, KEYWORD))
                    .rule("::|!!|\\?[:.]", OPERATOR)
                    .rule("(\\.\\.)", OPERATOR)
                    .rule("(" + DOUBLE + "[fF]?)|(" + DEC_DIGITS + "[fF])", NUM_FLOAT)
                    .rule("0[bB]([01][01_]*[01]|[01])[uU]?L?", NUM_BIN)
                    .rule("0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?", NUM_HEX)
                    .rule("(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?", NUM_INTEGER)
                    .rule("[~!%^&*()+=|\\[\\]:;,.<>/?-]", PUNCTUATION)
                    .rule("[{}]", PUNCTUATION)
                    // strings: Rouge's patterns, with runs of plain characters taken at once (same matches)
                    .rule("(?s)@\"(?:\"\"|[^\"]++)*\"", STR)
                    .rule("(?s)\"\"\".*?\"\"\"", STR)
                    .rule("(?s)\"(?:[^\"\\n\\\\]++|\\\\\\\\|\\\\\"|\\\\)*[\"\\n]", STR)
                    .rule("'\\\\.'|'[^\\\\]'", STR_CHAR)
                    .rule("(@" + CLASS_NAME + ")", NAME_DECORATOR)
                    .rule("(" + CLASS_NAME + ")(<)", r -> {
                        r.groups(NAME_CLASS, PUNCTUATION);
                        r.push("generic_parameters");
                    })
                    .rule(CLASS_NAME, NAME_CLASS)
                    .rule("(" + NAME_RE + ")(?=\\s*[({])", NAME_FUNCTION)
                    .rule("(" + NAME_RE + ")@", NAME_DECORATOR) // label
                    .rule(NAME_RE, NAME))
            .state("package", s -> s.rule("\\S+", NAME_NAMESPACE, POP))
            .state("class", s -> s.rule(CLASS_NAME, NAME_CLASS, POP))
            .state("function", s -> s
                    .rule("(<)", PUNCTUATION, "generic_parameters")
                    .rule("(\\s+)", TEXT)
                    .rule("(" + CLASS_NAME + ")(\\.)", RegexLexer.groups(NAME_CLASS, PUNCTUATION))
                    .rule(NAME_RE, NAME_FUNCTION, POP))
            .state("generic_parameters", s -> s
                    .rule(CLASS_NAME, NAME_CLASS)
                    .rule("(<)", PUNCTUATION, "generic_parameters")
                    .rule("(reified|out|in)", KEYWORD)
                    .rule("([,:.?])", PUNCTUATION)
                    .rule("(\\s+)", TEXT)
                    .rule("(>)", PUNCTUATION, POP))
            .state("property", s -> s
                    .rule("(<)", PUNCTUATION, "generic_parameters")
                    .rule("(\\s+)", TEXT)
                    .rule(NAME_RE, NAME_PROPERTY, POP))
            .state("destructure", s -> s
                    .rule("(,)", PUNCTUATION)
                    .rule("(\\))", PUNCTUATION, POP)
                    .rule("(\\s+)", TEXT)
                    .rule(NAME_RE, NAME_PROPERTY))
            .state("comment", s -> s
                    .rule("/[*]", COMMENT_MULTILINE, "comment")
                    .rule("[*]/", COMMENT_MULTILINE, POP)
                    .rule("[^/*]+", COMMENT_MULTILINE)
                    .rule("[/*]", COMMENT_MULTILINE))
            .build();
}
