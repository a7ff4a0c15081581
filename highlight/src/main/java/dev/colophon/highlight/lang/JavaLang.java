package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Rx.ALNUM;
import static dev.colophon.highlight.lexer.Rx.ALPHA;
import static dev.colophon.highlight.lexer.Rx.DIGIT;
import static dev.colophon.highlight.lexer.Rx.UPPER;
import static dev.colophon.highlight.lexer.Rx.WORD;
import static dev.colophon.highlight.lexer.Rx.w;
import static dev.colophon.highlight.lexer.Rx.words;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;

/** Rouge's {@code java} lexer (rouge/lexers/java.rb). */
public final class JavaLang {

    private JavaLang() {
    }

    private static final String KEYWORDS = words(w("""
            assert break case catch continue default do else finally for
            if goto instanceof new return switch this throw try while"""));
    private static final String DECLARATIONS = words(w("""
            abstract const enum extends final implements native private protected
            public static strictfp super synchronized throws transient volatile"""));
    private static final String TYPES = words(w("boolean byte char double float int long short var void"));

    private static final String ID = "[" + ALPHA + "_][" + WORD + "]*";
    private static final String CONST_NAME = "[" + UPPER + "][" + UPPER + DIGIT + "_]*\\b";
    private static final String CLASS_NAME = "[" + UPPER + "][" + ALNUM + "]*\\b";

    // Ruby wraps an interpolated regex in a group: #{digit}+ repeats the whole alternation.
    private static final String DIGIT_ = "(?:[0-9]_+[0-9]|[0-9])";
    private static final String BIN_DIGIT = "(?:[01]_+[01]|[01])";
    private static final String OCT_DIGIT = "(?:[0-7]_+[0-7]|[0-7])";
    private static final String HEX_DIGIT = "(?i:[0-9a-f]_+[0-9a-f]|[0-9a-f])";

    public static final RegexLexer LEXER = RegexLexer.builder("java")
            .state("root", s -> s
                    .rule("[^\\S\\n]+", TEXT)
                    .rule("//.*?$", COMMENT_SINGLE)
                    .rule("(?s)/\\*.*?\\*/", COMMENT_MULTILINE)
                    // keywords go before method names, so that "throw new XYZ(" is not a signature
                    .rule(KEYWORDS + "\\b", KEYWORD)
                    .rule("(?s)(\\s*(?:[a-zA-Z_][a-zA-Z0-9_.\\[\\]<>]*\\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\\s*)(\\()", r -> {
                        r.recurse(r.group(1));
                        r.token(NAME_FUNCTION, r.group(2));
                        r.token(TEXT, r.group(3));
                        r.token(OPERATOR, r.group(4));
                    })
                    .rule("@" + ID, NAME_DECORATOR)
                    .rule(DECLARATIONS + "\\b", KEYWORD_DECLARATION)
                    .rule(TYPES + "\\b", KEYWORD_TYPE)
                    .rule("(?:true|false|null)\\b", KEYWORD_CONSTANT)
                    .rule("(?:class|interface)\\b", KEYWORD_DECLARATION, "class")
                    .rule("(?:import|package)\\b", KEYWORD_NAMESPACE, "import")
                    // Rouge's "(\\\\|\\"|[^"])*" with runs of plain characters taken at once: same matches,
                    // but Java's engine recurses once per escape instead of once per character
                    .rule("\"(?:[^\"\\\\]++|\\\\\\\\|\\\\\"|\\\\)*\"", STR)
                    .rule("'(?:\\\\.|[^\\\\]|\\\\u[0-9a-f]{4})'", STR_CHAR)
                    .rule("(\\.)(" + ID + ")", RegexLexer.groups(OPERATOR, NAME_ATTRIBUTE))
                    .rule(ID + ":", NAME_LABEL)
                    .rule(CONST_NAME, NAME_CONSTANT)
                    .rule(CLASS_NAME, NAME_CLASS)
                    .rule("\\$?" + ID, NAME)
                    .rule("[~^*!%&\\[\\](){}<>|+=:;,./?-]", OPERATOR)
                    .rule(DIGIT_ + "+\\." + DIGIT_ + "+([eE]" + DIGIT_ + "+)?[fd]?", NUM_FLOAT)
                    .rule("(?i)0b" + BIN_DIGIT + "+", NUM_BIN)
                    .rule("(?i)0x" + HEX_DIGIT + "+", NUM_HEX)
                    .rule("0" + OCT_DIGIT + "+", NUM_OCT)
                    .rule(DIGIT_ + "+L?", NUM_INTEGER)
                    .rule("\\n", TEXT))
            .state("class", s -> s
                    .rule("\\s+", TEXT)
                    .rule(ID, NAME_CLASS, POP))
            .state("import", s -> s
                    .rule("\\s+", TEXT)
                    .rule("(?i)[a-z0-9_.]+\\*?", NAME_NAMESPACE, POP))
            .build();
}
