package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;
import java.util.Set;

/**
 * Rouge's {@code javascript} lexer ({@code js}; rouge/lexers/javascript.rb), and the base of
 * {@link TypeScript}. Rouge tells a regex from a division by state: {@code expr_start} is entered after
 * operators and keywords, where a {@code /} opens a regex.
 */
public final class JavaScript {

    private JavaScript() {
    }

    static final Set<String> KEYWORDS = Rx.set("""
            as async await break case catch continue debugger default delete
            do else export finally from for if import in instanceof new of
            return super switch this throw try typeof void while yield""");
    static final Set<String> DECLARATIONS = Rx.set("""
            var let const with function class
            extends constructor get set static""");
    static final Set<String> RESERVED = Rx.set("""
            enum implements interface
            package private protected public""");
    static final Set<String> CONSTANTS = Rx.set("true false null NaN Infinity undefined");
    static final Set<String> BUILTINS = Rx.set("""
            Array Boolean Date Error Function Math netscape
            Number Object Packages RegExp String sun decodeURI
            decodeURIComponent encodeURI encodeURIComponent
            Error eval isFinite isNaN parseFloat parseInt
            document window navigator self global
            Promise Set Map WeakSet WeakMap Symbol Proxy Reflect
            Int8Array Uint8Array Uint8ClampedArray
            Int16Array Uint16Array Uint16ClampedArray
            Int32Array Uint32Array Uint32ClampedArray
            Float32Array Float64Array DataView ArrayBuffer""");

    /** Rouge's {@code id_regex}: {@code /[\p{L}\p{Nl}$_][\p{Word}]*}/io}. */
    static final String ID = "(?i:[\\p{L}\\p{Nl}$_][" + Rx.WORD + "]*)";

    public static final RegexLexer LEXER =
            builder("javascript", KEYWORDS, DECLARATIONS, RESERVED, CONSTANTS, BUILTINS).build();

    static RegexLexer.Builder builder(String name, Set<String> keywords, Set<String> declarations,
            Set<String> reserved, Set<String> constants, Set<String> builtins) {
        return RegexLexer.builder(name)
                .state("multiline_comment", s -> s
                        .rule("[*]/", COMMENT_MULTILINE, POP)
                        .rule("[^*/]+", COMMENT_MULTILINE)
                        .rule("[*/]", COMMENT_MULTILINE))
                .state("comments_and_whitespace", s -> s
                        .rule("\\s+", TEXT)
                        .rule("<!--", COMMENT)
                        .rule("//.*?$", COMMENT_SINGLE)
                        .rule("/[*]", COMMENT_MULTILINE, "multiline_comment"))
                .state("expr_start", s -> s
                        .mixin("comments_and_whitespace")
                        .rule("/", r -> {
                            r.token(STR_REGEX);
                            r.go("regex");
                        })
                        .rule("[{]", r -> {
                            r.token(PUNCTUATION);
                            r.go("object");
                        })
                        .rule("", TEXT, POP))
                .state("regex", s -> s
                        .rule("/", r -> {
                            r.token(STR_REGEX);
                            r.go("regex_end");
                        })
                        .rule("[^/]\\n", ERROR, POP)
                        .rule("\\n", ERROR, POP)
                        .rule("\\[\\^", STR_ESCAPE, "regex_group")
                        .rule("\\[", STR_ESCAPE, "regex_group")
                        .rule("\\\\.", STR_ESCAPE)
                        .rule("[(][?][:=<!]", STR_ESCAPE)
                        .rule("[{][\\d,]+[}]", STR_ESCAPE)
                        .rule("[()?]", STR_ESCAPE)
                        .rule(".", STR_REGEX))
                .state("regex_end", s -> s
                        .rule("[gimuy]+", STR_REGEX, POP)
                        .rule("", r -> r.pop()))
                .state("regex_group", s -> s
                        // a / in a group does not close the regex: mark it
                        .rule("/", STR_ESCAPE)
                        .rule("[^/]\\n", r -> {
                            r.token(ERROR);
                            r.pop(2);
                        })
                        .rule("\\]", STR_ESCAPE, POP)
                        .rule("\\\\.", STR_ESCAPE)
                        .rule(".", STR_REGEX))
                .state("root", s -> s
                        .rule("(?s)\\A\\s*#!.*?\\n", COMMENT_PREPROC, "statement")
                        // never matches: the scanner's look-behind cannot see the newline (kept as Rouge has it)
                        .rule("(?<=\\n)(?=\\s|/|<!--)", TEXT, "expr_start")
                        .mixin("comments_and_whitespace")
                        .rule("\\+\\+|--|~|\\?\\?=?|&&|\\|\\||\\\\(?=\\n)|<<|>>>?|===|!==", OPERATOR, "expr_start")
                        .rule("[-<>+*%&|^/!=]=?", OPERATOR, "expr_start")
                        .rule("[(\\[,]", PUNCTUATION, "expr_start")
                        .rule(";", PUNCTUATION, "statement")
                        .rule("[)\\].]", PUNCTUATION)
                        .rule("`", r -> {
                            r.token(STR_DOUBLE);
                            r.push("template_string");
                        })
                        // the safe navigation operator ?. does not start a ternary
                        .rule("[?][.]", PUNCTUATION)
                        .rule("[?]", r -> {
                            r.token(PUNCTUATION);
                            r.push("ternary");
                            r.push("expr_start");
                        })
                        .rule("(@)(\\w+)?", r -> {
                            r.groups(PUNCTUATION, NAME_DECORATOR);
                            r.push("expr_start");
                        })
                        .rule("[{}]", PUNCTUATION, "statement")
                        .rule(ID, r -> {
                            String m = r.match();
                            if (keywords.contains(m)) {
                                r.token(KEYWORD);
                                r.push("expr_start");
                            } else if (declarations.contains(m)) {
                                r.token(KEYWORD_DECLARATION);
                                r.push("expr_start");
                            } else if (reserved.contains(m)) {
                                r.token(KEYWORD_RESERVED);
                            } else if (constants.contains(m)) {
                                r.token(KEYWORD_CONSTANT);
                            } else if (builtins.contains(m)) {
                                r.token(NAME_BUILTIN);
                            } else {
                                r.token(NAME_OTHER);
                            }
                        })
                        .rule("[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?", NUM_FLOAT)
                        .rule("(?i)0x[0-9a-fA-F]+", NUM_HEX)
                        .rule("(?i)0o[0-7][0-7_]*", NUM_OCT)
                        .rule("(?i)0b[01][01_]*", NUM_BIN)
                        .rule("[0-9]+", NUM_INTEGER)
                        .rule("\"", STR_DELIMITER, "dq")
                        .rule("'", STR_DELIMITER, "sq")
                        .rule(":", PUNCTUATION))
                .state("dq", s -> s
                        .rule("\\\\[\\\\nrt\"]?", STR_ESCAPE)
                        .rule("[^\\\\\"]+", STR_DOUBLE)
                        .rule("\"", STR_DELIMITER, POP))
                .state("sq", s -> s
                        .rule("\\\\[\\\\nrt']?", STR_ESCAPE)
                        .rule("[^\\\\']+", STR_SINGLE)
                        .rule("'", STR_DELIMITER, POP))
                // braced parts that aren't object literals
                .state("statement", s -> s
                        .rule("case\\b", r -> {
                            r.token(KEYWORD);
                            r.go("expr_start");
                        })
                        .rule("(" + ID + ")(\\s*)(:)", RegexLexer.groups(NAME_LABEL, TEXT, PUNCTUATION))
                        .mixin("expr_start"))
                // object literals
                .state("object", s -> s
                        .mixin("comments_and_whitespace")
                        .rule("[{]", r -> {
                            r.token(PUNCTUATION);
                            r.push();
                        })
                        .rule("[}]", r -> {
                            r.token(PUNCTUATION);
                            r.go("statement");
                        })
                        .rule("(" + ID + ")(\\s*)(:)", r -> {
                            r.groups(NAME_ATTRIBUTE, TEXT, PUNCTUATION);
                            r.push("expr_start");
                        })
                        .rule(":", PUNCTUATION)
                        .mixin("root"))
                // ternary expressions, where <id>: is not a label
                .state("ternary", s -> s
                        .rule(":", r -> {
                            r.token(PUNCTUATION);
                            r.go("expr_start");
                        })
                        .mixin("root"))
                .state("template_string", s -> s
                        .rule("[$]\\{", PUNCTUATION, "template_string_expr")
                        .rule("`", STR_DOUBLE, POP)
                        .rule("\\\\[$`]", STR_ESCAPE)
                        .rule("[^$`\\\\]+", STR_DOUBLE)
                        .rule("[\\\\$]", STR_DOUBLE))
                .state("template_string_expr", s -> s
                        .rule("}", PUNCTUATION, POP)
                        .mixin("root"));
    }
}
