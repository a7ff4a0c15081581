package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Rx.ALPHA;
import static dev.colophon.highlight.lexer.Rx.DIGIT;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;

/**
 * Rouge's {@code go} lexer ({@code golang}; rouge/lexers/go.rb), built like Rouge's from the grammar's
 * named pieces. Ruby wraps each interpolated piece in a group, so each is a group here too.
 */
public final class Go {

    private Go() {
    }

    private static final String LETTER = "(?:[" + ALPHA + "]|_)";
    private static final String LINE_COMMENT = "(?://(?:(?!\\n).)*)";
    private static final String GENERAL_COMMENT = "(?s:/\\*(?:(?!\\*/).)*\\*/)";
    private static final String COMMENT_RE = LINE_COMMENT + "|" + GENERAL_COMMENT;

    private static final String KEYWORD_RE = "(?:\\b(?:break|default|func|interface|select|case|defer|go|map"
            + "|struct|chan|else|goto|package|switch|const|fallthrough|if|range|type|continue|for|import"
            + "|return|var)\\b)";
    private static final String IDENTIFIER = "(?!" + KEYWORD_RE + ")" + LETTER + "(?:" + LETTER + "|[" + DIGIT + "])*";

    private static final String OPERATOR_RE = "\\+=|\\+\\+|\\+|&\\^=|&\\^|&=|&&|&|==|=|!=|!|-=|--|-|\\|=|\\|\\|"
            + "|\\||<=|<-|<<=|<<|<|\\*=|\\*|\\^=|\\^|>>=|>>|>=|>|/|/=|:=|%|%=|\\.\\.\\.|\\.|:";
    private static final String SEPARATOR = "\\(|\\)|\\[|\\]|\\{|\\}|,|;";

    private static final String INT_LIT = "(?:0[xX][0-9A-Fa-f]+)|(?:[0-9][0-9]*)|(?:0[0-7]*)";
    private static final String DECIMALS = "(?:[0-9]+)";
    private static final String EXPONENT = "(?:[eE][+\\-]?" + DECIMALS + ")";
    private static final String FLOAT_LIT = DECIMALS + "\\." + DECIMALS + "?" + EXPONENT + "?"
            + "|" + DECIMALS + EXPONENT
            + "|\\." + DECIMALS + EXPONENT + "?";
    private static final String IMAGINARY_LIT = "(?:" + DECIMALS + "|(?:" + FLOAT_LIT + "))i";

    private static final String ESCAPED_CHAR = "(?:\\\\[abfnrtv\\\\'\"])";
    private static final String LITTLE_U_VALUE = "(?:\\\\u[0-9A-Fa-f]{4})";
    private static final String BIG_U_VALUE = "(?:\\\\U[0-9A-Fa-f]{8})";
    private static final String UNICODE_VALUE = "(?:[^\\n]|" + LITTLE_U_VALUE + "|" + BIG_U_VALUE + "|" + ESCAPED_CHAR + ")";
    private static final String HEX_BYTE_VALUE = "(?:\\\\x[0-9A-Fa-f]{2})";
    private static final String BYTE_VALUE = "(?:(?:\\\\[0-7]{3})|" + HEX_BYTE_VALUE + ")";
    private static final String CHAR_LIT = "'(?:" + UNICODE_VALUE + "|" + BYTE_VALUE + ")'";
    private static final String ESCAPE_SEQUENCE = ESCAPED_CHAR + "|" + LITTLE_U_VALUE + "|" + BIG_U_VALUE + "|" + HEX_BYTE_VALUE;

    private static final String PREDECLARED_TYPES = "\\b(?:bool|byte|complex64|complex128|error|float32|float64"
            + "|int8|int16|int32|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\\b";
    private static final String PREDECLARED_CONSTANTS = "\\b(?:true|false|iota|nil)\\b";
    private static final String PREDECLARED_FUNCTIONS = "\\b(?:append|cap|close|complex|copy|delete|imag|len"
            + "|make|new|panic|print|println|real|recover)\\b";

    public static final RegexLexer LEXER = RegexLexer.builder("go")
            .state("simple_tokens", s -> s
                    .rule(COMMENT_RE, COMMENT)
                    .rule(KEYWORD_RE, KEYWORD)
                    .rule(PREDECLARED_TYPES, KEYWORD_TYPE)
                    .rule(PREDECLARED_FUNCTIONS, NAME_BUILTIN)
                    .rule(PREDECLARED_CONSTANTS, NAME_CONSTANT)
                    .rule(IMAGINARY_LIT, NUM)
                    .rule(FLOAT_LIT, NUM)
                    .rule(INT_LIT, NUM)
                    .rule(CHAR_LIT, STR_CHAR)
                    .rule(OPERATOR_RE, OPERATOR)
                    .rule(SEPARATOR, PUNCTUATION)
                    .rule(IDENTIFIER, NAME)
                    .rule("\\s+", TEXT))
            .state("root", s -> s
                    .mixin("simple_tokens")
                    .rule("`", STR, "raw_string")
                    .rule("\"", STR, "interpreted_string"))
            .state("interpreted_string", s -> s
                    .rule(ESCAPE_SEQUENCE, STR_ESCAPE)
                    .rule("\\\\.", ERROR)
                    .rule("\"", STR, POP)
                    .rule("[^\"\\\\]+", STR))
            .state("raw_string", s -> s
                    .rule("`", STR, POP)
                    .rule("(?s)[^`]+", STR))
            .build();

}
