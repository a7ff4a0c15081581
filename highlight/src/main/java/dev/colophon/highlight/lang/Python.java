package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Rx.ALNUM;
import static dev.colophon.highlight.lexer.Rx.ALPHA;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.LexRun;
import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Set;

/**
 * Rouge's {@code python} lexer ({@code py}; rouge/lexers/python.rb). Strings keep a per-run stack of
 * (prefix, delimiter) so that the right quote closes them and only f-strings interpolate.
 */
public final class Python {

    private Python() {
    }

    private static final Set<String> KEYWORDS = Rx.set("""
            assert break continue del elif else except exec
            finally for global if lambda pass print raise
            return try while yield as with from import yield
            async await nonlocal""");

    private static final Set<String> BUILTINS = Rx.set("""
            __import__ abs all any apply ascii basestring bin bool buffer
            bytearray bytes callable chr classmethod cmp coerce compile
            complex delattr dict dir divmod enumerate eval execfile exit
            file filter float format frozenset getattr globals hasattr hash hex id
            input int intern isinstance issubclass iter len list locals
            long map max memoryview min next object oct open ord pow property range
            raw_input reduce reload repr reversed round set setattr slice
            sorted staticmethod str sum super tuple type unichr unicode
            vars xrange zip""");

    private static final Set<String> BUILTINS_PSEUDO = Rx.set("self None Ellipsis NotImplemented False True");

    private static final Set<String> EXCEPTIONS = Rx.set("""
            ArithmeticError AssertionError AttributeError
            BaseException BlockingIOError BrokenPipeError BufferError
            BytesWarning ChildProcessError ConnectionAbortedError
            ConnectionError ConnectionRefusedError ConnectionResetError
            DeprecationWarning EOFError EnvironmentError
            Exception FileExistsError FileNotFoundError
            FloatingPointError FutureWarning GeneratorExit IOError
            ImportError ImportWarning IndentationError IndexError
            InterruptedError IsADirectoryError KeyError KeyboardInterrupt
            LookupError MemoryError ModuleNotFoundError NameError
            NotADirectoryError NotImplemented NotImplementedError OSError
            OverflowError OverflowWarning PendingDeprecationWarning
            ProcessLookupError RecursionError ReferenceError ResourceWarning
            RuntimeError RuntimeWarning StandardError StopAsyncIteration
            StopIteration SyntaxError SyntaxWarning SystemError SystemExit
            TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError
            UnicodeEncodeError UnicodeError UnicodeTranslateError
            UnicodeWarning UserWarning ValueError VMSError Warning
            WindowsError ZeroDivisionError""");

    private static final String IDENTIFIER = "[" + ALPHA + "_][" + ALNUM + "_]*";
    private static final String DOTTED = "(?:[" + ALPHA + "_.][" + ALNUM + "_.]*)";

    private static final String DIGITS = "(?:[0-9](_?[0-9])*)";
    private static final String DECIMAL = "(?:((" + DIGITS + ")?\\." + DIGITS + "|" + DIGITS + "\\.))";
    private static final String EXPONENT = "(?:e[+-]?" + DIGITS + ")";

    /** The open strings of a run: prefix (lower case) and delimiter, innermost last. */
    private static final class Strings extends ArrayDeque<String[]> {
        private static final long serialVersionUID = 1L;
    }

    private static Strings strings(LexRun r) {
        return r.data();
    }

    public static final RegexLexer LEXER = RegexLexer.builder("python")
            .start(r -> r.data(new Strings()))
            .state("root", s -> s
                    .rule("\\n+", TEXT)
                    .rule("(?si)^(:)(\\s*)([ru]{0,2}\"\"\".*?\"\"\")", RegexLexer.groups(PUNCTUATION, TEXT, STR_DOC))
                    .rule("[^\\S\\n]+", TEXT)
                    .rule("#(.*)?\\n?", COMMENT_SINGLE)
                    .rule("[\\[\\]{}:(),;.]", PUNCTUATION)
                    .rule("\\\\\\n", TEXT)
                    .rule("\\\\", TEXT)
                    .rule("(in|is|and|or|not)\\b", OPERATOR_WORD)
                    .rule("(<<|>>|//|\\*\\*)=?", OPERATOR)
                    .rule("[-~+/*%=<>&^|@]=?|!=", OPERATOR)
                    .rule("(from)((?:\\\\\\s|\\s)+)(" + DOTTED + ")((?:\\\\\\s|\\s)+)(import)",
                            RegexLexer.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE, TEXT, KEYWORD_NAMESPACE))
                    .rule("(import)(\\s+)(" + DOTTED + ")", RegexLexer.groups(KEYWORD_NAMESPACE, TEXT, NAME_NAMESPACE))
                    .rule("(def)((?:\\s|\\\\\\s)+)", r -> {
                        r.groups(KEYWORD, TEXT);
                        r.push("funcname");
                    })
                    .rule("(class)((?:\\s|\\\\\\s)+)", r -> {
                        r.groups(KEYWORD, TEXT);
                        r.push("classname");
                    })
                    // not in Python 3
                    .rule("`.*?`", STR_BACKTICK)
                    .rule("(?i)([rfbu]{0,2})('''|\"\"\"|['\"])", r -> {
                        r.groups(STR_AFFIX, STR);
                        strings(r).addLast(new String[] {r.group(1).toLowerCase(Locale.ROOT), r.group(2)});
                        r.push("generic_string");
                    })
                    .rule("(?i)@" + DOTTED, NAME_DECORATOR)
                    // Rouge's negative look-behind for property names never sees the dot: the scanner
                    // matches as if the text began here. Kept for fidelity; it always passes.
                    .rule("(?<!\\.)" + IDENTIFIER, r -> {
                        String m = r.match();
                        if (KEYWORDS.contains(m)) {
                            r.token(KEYWORD);
                        } else if (EXCEPTIONS.contains(m) || BUILTINS.contains(m)) {
                            r.token(NAME_BUILTIN);
                        } else if (BUILTINS_PSEUDO.contains(m)) {
                            r.token(NAME_BUILTIN_PSEUDO);
                        } else {
                            r.token(NAME);
                        }
                    })
                    .rule(IDENTIFIER, NAME)
                    .rule("(?i)" + DECIMAL + "(" + EXPONENT + ")?j?", NUM_FLOAT)
                    .rule("(?i)" + DIGITS + EXPONENT + "j?", NUM_FLOAT)
                    .rule("(?i)" + DIGITS + "j", NUM_FLOAT)
                    .rule("(?i)0b(_?[0-1])+", NUM_BIN)
                    .rule("(?i)0o(_?[0-7])+", NUM_OCT)
                    .rule("(?i)0x(_?[a-f0-9])+", NUM_HEX)
                    .rule("\\d+L", NUM_INTEGER_LONG)
                    .rule("([1-9](_?[0-9])*|0(_?0)*)", NUM_INTEGER))
            .state("funcname", s -> s.rule(IDENTIFIER, NAME_FUNCTION, POP))
            .state("classname", s -> s.rule(IDENTIFIER, NAME_CLASS, POP))
            .state("generic_string", s -> s
                    .rule("[^'\"\\\\{]+", STR)
                    .rule("\\{\\{", STR)
                    .rule("'''|\"\"\"|['\"]", r -> {
                        r.token(STR);
                        Strings open = strings(r);
                        if (!open.isEmpty() && open.peekLast()[1].equals(r.match())) {
                            open.removeLast();
                            r.pop();
                        }
                    })
                    .rule("(?=\\\\)", STR, "generic_escape")
                    .rule("\\{", r -> {
                        Strings open = strings(r);
                        if (!open.isEmpty() && open.peekLast()[0].contains("f")) {
                            r.token(STR_INTERPOL);
                            r.push("generic_interpol");
                        } else {
                            r.token(STR);
                        }
                    }))
            .state("generic_escape", s -> s
                    .rule("\\\\([\\\\abfnrtv\"']|\\n|newline|N\\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\\}"
                            + "|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})", r -> {
                                Strings open = strings(r);
                                boolean raw = !open.isEmpty() && open.peekLast()[0].contains("r");
                                r.token(raw ? STR : STR_ESCAPE);
                                r.pop();
                            })
                    .rule("\\\\.", STR, POP))
            .state("generic_interpol", s -> s
                    .rule("[^{}!:]+", r -> r.recurse(r.match()))
                    .rule("![asr]", STR_INTERPOL)
                    .rule(":", STR_INTERPOL)
                    .rule("\\{", STR_INTERPOL, "generic_interpol")
                    .rule("}", STR_INTERPOL, POP))
            .build();
}
