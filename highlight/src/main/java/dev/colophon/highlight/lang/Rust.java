package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Rx.XID_CONTINUE;
import static dev.colophon.highlight.lexer.Rx.XID_START;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.LexRun;
import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;
import java.util.Set;

/**
 * Rouge's {@code rust} lexer ({@code rs}; rouge/lexers/rust.rb). Macro invocations count their open
 * brackets per run, so the macro state ends at the bracket that closes the invocation.
 */
public final class Rust {

    private Rust() {
    }

    private static final String KEYWORDS = Rx.words(Rx.w("""
            as async await break const continue crate dyn else enum extern false
            fn for if impl in let log loop match mod move mut pub ref return self
            Self static struct super trait true type unsafe use where while
            abstract become box do final macro
            override priv typeof unsized virtual
            yield try
            union"""));

    private static final Set<String> BUILTINS = Rx.set("""
            Add BitAnd BitOr BitXor bool c_char c_double c_float char
            c_int clock_t c_long c_longlong Cons Const Copy c_schar c_short
            c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR
            dirent Div Either Eq Err f32 f64 Failure FILE float fpos_t
            i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul
            Neg Nil None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t
            Right Send Shl Shr size_t Some ssize_t str Sub Success time_t
            u16 u32 u64 u8 usize uint uintptr_t
            Box Vec String Gc Rc Arc
            u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut FnOnce
            Clone PartialEq PartialOrd AsMut AsRef From Into Default
            DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator""");

    private static final String ID = "(?:[" + XID_START + "_][" + XID_CONTINUE + "]*)";
    private static final String HEX = "(?i:[0-9a-f])";
    private static final String ESCAPES = "(?:\\\\(?:[nrt'\"\\\\0]|x" + HEX + "{2}|u\\{(?:" + HEX + "_*){1,6}\\}))";
    private static final String SIZE = "(?:8|16|32|64|128|size)";
    private static final String DOT = "(?:[.][0-9][0-9_]*)";
    private static final String EXP = "(?:[eE][-+]?[0-9_]+)";
    private static final String FLT = "(?:f32|f64)";

    /** Open brackets of the current macro invocation, by the bracket that closes them: ] ) }. */
    private static final class MacroDelims {
        final int[] open = new int[3];

        int index(char c) {
            return c == ']' ? 0 : c == ')' ? 1 : 2;
        }

        boolean closed() {
            return open[0] == 0 && open[1] == 0 && open[2] == 0;
        }
    }

    private static MacroDelims delims(LexRun r) {
        return r.data();
    }

    public static final RegexLexer LEXER = RegexLexer.builder("rust")
            .start(r -> {
                r.data(new MacroDelims());
                r.push("bol");
            })
            // rustdoc hides lines that start with "# ": highlight them as special comments
            .state("bol", s -> s
                    .mixin("whitespace")
                    .rule("#\\s[^\\n]*", COMMENT_SPECIAL)
                    .rule("", r -> r.pop()))
            .state("attribute", s -> s
                    .mixin("whitespace")
                    .mixin("has_literals")
                    .rule("[(,)=:]", NAME_DECORATOR)
                    .rule("\\]", NAME_DECORATOR, POP)
                    .rule(ID, NAME_DECORATOR))
            .state("whitespace", s -> s
                    .rule("\\s+", TEXT)
                    .mixin("comments"))
            .state("comments", s -> s
                    // //// and beyond are plain comments again; /// and //! are doc comments
                    .rule("////+[^\\n]*", COMMENT_SINGLE)
                    .rule("//[/!][^\\n]*", COMMENT_DOC)
                    .rule("//[^\\n]*", COMMENT_SINGLE)
                    // /**/ and /***/ close themselves and are not doc comments
                    .rule("/\\*\\*\\*?/", COMMENT_MULTILINE)
                    .rule("/\\*\\*\\*+", COMMENT_MULTILINE, "nested_plain_block")
                    .rule("/[*][*!]", COMMENT_DOC, "nested_doc_block")
                    .rule("/[*]", COMMENT_MULTILINE, "nested_plain_block"))
            // block comments nest, and keep the kind of the outermost one
            .state("nested_plain_block", s -> s
                    .rule("\\*/", COMMENT_MULTILINE, POP)
                    .rule("/\\*", COMMENT_MULTILINE, "nested_plain_block")
                    .rule("[^*/]+|[*/]", COMMENT_MULTILINE))
            .state("nested_doc_block", s -> s
                    .rule("\\*/", COMMENT_DOC, POP)
                    .rule("/\\*", COMMENT_DOC, "nested_doc_block")
                    .rule("[^*/]+|[*/]", COMMENT_DOC))
            .state("root", s -> s
                    .rule("\\n", TEXT, "bol")
                    .mixin("whitespace")
                    .rule("#!?\\[", NAME_DECORATOR, "attribute")
                    .rule("\\b" + KEYWORDS + "\\b", KEYWORD)
                    .mixin("has_literals")
                    .rule("[=-]>", KEYWORD)
                    .rule("<->", KEYWORD)
                    .rule("[()\\[\\]{}|,:;]", PUNCTUATION)
                    .rule("[*/!@~&+%^<>=?-]|\\.{2,3}", OPERATOR)
                    .rule("(?s)([.]\\s*)?" + ID + "(?=\\s*[(])", NAME_FUNCTION)
                    .rule("[.]\\s*await\\b", KEYWORD)
                    .rule("[.]\\s*" + ID, NAME_PROPERTY)
                    .rule("[.]\\s*\\d+", NAME_ATTRIBUTE)
                    .rule("(?s)(" + ID + ")(::)", RegexLexer.groups(NAME_NAMESPACE, PUNCTUATION))
                    // macros
                    .rule("\\bmacro_rules!", NAME_DECORATOR, "macro_rules")
                    .rule(ID + "!", NAME_DECORATOR, "macro")
                    .rule("'static\\b", KEYWORD)
                    .rule("'" + ID, NAME_VARIABLE)
                    .rule(ID, r -> r.token(BUILTINS.contains(r.match()) ? NAME_BUILTIN : NAME)))
            .state("macro", s -> s
                    .mixin("has_literals")
                    .rule("[\\[{(]", r -> {
                        char open = r.match().charAt(0);
                        MacroDelims d = delims(r);
                        d.open[d.index(open == '[' ? ']' : open == '(' ? ')' : '}')]++;
                        r.token(PUNCTUATION);
                    })
                    .rule("[\\]})]", r -> {
                        MacroDelims d = delims(r);
                        d.open[d.index(r.match().charAt(0))]--;
                        if (d.closed()) {
                            r.pop();
                        }
                        r.token(PUNCTUATION);
                    })
                    // as in root, but without pushing another macro state
                    .rule(ID + "!", NAME_DECORATOR)
                    .mixin("root")
                    // no syntax errors in macros
                    .rule(".", TEXT))
            .state("macro_rules", s -> s
                    .rule("[$]" + ID + "(:" + ID + ")?", NAME_VARIABLE)
                    .rule("[$]", NAME_VARIABLE)
                    .mixin("macro"))
            .state("has_literals", s -> s
                    // constants
                    .rule("\\b(?:true|false)\\b", KEYWORD_CONSTANT)
                    // characters and bytes
                    .rule("b?'(?:" + ESCAPES + "|[^\\\\])'", STR_CHAR)
                    .rule("b?\"", STR, "string")
                    .rule("(?s)b?r(#*)\".*?\"\\1", STR)
                    // numbers
                    .rule("[0-9][0-9_]*(" + DOT + EXP + "?" + FLT + "?|" + DOT + "?" + EXP + FLT + "?|"
                            + DOT + "?" + EXP + "?" + FLT + "|[.](?![._" + XID_START + "]))", NUM_FLOAT)
                    .rule("(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u" + SIZE + "?|i" + SIZE + ")?", NUM_INTEGER))
            .state("string", s -> s
                    .rule("\"", STR, POP)
                    .rule(ESCAPES, STR_ESCAPE)
                    .rule("(?s)[^\"\\\\]+", STR))
            .build();
}
