package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.LexRun;
import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;
import dev.colophon.highlight.lexer.State;
import java.util.ArrayDeque;
import java.util.regex.Pattern;

/**
 * Rouge's {@code ruby} lexer ({@code rb}; rouge/lexers/ruby.rb). Two things need more than a table:
 * heredocs, queued per run and read after the line that opens them, and {@code %} strings, whose body
 * state depends on the delimiter; Rouge compiles that state per string, we compile it once per delimiter
 * and cache it in the lexer.
 */
public final class RubyLang {

    private RubyLang() {
    }

    private static final String KEYWORDS = String.join("|", Rx.w("""
            BEGIN END alias begin break case defined\\? do else elsif end
            ensure for if in next redo rescue raise retry return super then
            undef unless until when while yield"""));

    private static final String KEYWORDS_PSEUDO = String.join("|", Rx.w("""
            loop include extend raise
            alias_method attr catch throw private module_function
            public protected true false nil __FILE__ __LINE__"""));

    private static final String BUILTINS_G = String.join("|", Rx.w("""
            attr_reader attr_writer attr_accessor
            __id__ __send__ abort ancestors at_exit autoload binding callcc
            caller catch chomp chop class_eval class_variables clone
            const_defined\\? const_get const_missing const_set constants
            display dup eval exec exit extend fail fork format freeze
            getc gets global_variables gsub hash id included_modules
            inspect instance_eval instance_method instance_methods
            instance_variable_get instance_variable_set instance_variables
            lambda load local_variables loop method method_missing
            methods module_eval name object_id open p print printf
            private_class_method private_instance_methods private_methods proc
            protected_instance_methods protected_methods public_class_method
            public_instance_methods public_methods putc puts raise rand
            readline readlines require require_relative scan select self send set_trace_func
            singleton_methods sleep split sprintf srand sub syscall system
            taint test throw to_a to_s trace_var trap untaint untrace_var warn"""));

    private static final String BUILTINS_Q = String.join("|", Rx.w("""
            autoload block_given const_defined eql equal frozen
            include instance_of is_a iterator kind_of method_defined
            nil private_method_defined protected_method_defined
            public_method_defined respond_to tainted"""));

    private static final String BUILTINS_B = "chomp|chop|exit|gsub|sub";

    private static final String DECIMAL = "(?:[\\d]+(?:_\\d+)*)";
    private static final String EXP = "(?i:e[+-]?\\d+)";

    /** A queued heredoc: whether its end may be indented ({@code <<-}, {@code <<~}), and its name. */
    private record Heredoc(boolean tolerant, String name) {
    }

    private static final class Heredocs extends ArrayDeque<Heredoc> {
        private static final long serialVersionUID = 1L;
    }

    private static Heredocs heredocs(LexRun r) {
        return r.data();
    }

    public static final RegexLexer LEXER = RegexLexer.builder("ruby")
            .start(r -> {
                r.push("expr_start");
                r.data(new Heredocs());
            })
            .state("symbols", s -> s
                    .rule("(?i):@{0,2}[a-z_]\\w*[!?]?", STR_SYMBOL)
                    // special symbols
                    .rule(":(?:\\*\\*|[-+]@|[/%&|^`~]|\\[\\]=?|<<|>>|<=?>|<=?|===?)", STR_SYMBOL)
                    .rule(":'(?:[^'\\\\]++|\\\\\\\\|\\\\'|\\\\)*'", STR_SYMBOL)
                    .rule(":\"", STR_SYMBOL, "simple_sym"))
            .state("sigil_strings", s -> s
                    // %(abc), %[abc], %<abc>, %.abc., %r.abc., etc
                    .rule("%([rqswQWxiI])?([^\\w\\s])", r -> {
                        String kind = r.group(1);
                        String open = r.group(2);
                        String close = switch (open) {
                            case "{" -> "}";
                            case "[" -> "]";
                            case "(" -> ")";
                            case "<" -> ">";
                            default -> open;
                        };
                        boolean interp = kind != null && "rQWxI".contains(kind);
                        String tok = STR_OTHER;
                        if ("r".equals(kind)) {
                            tok = STR_REGEX;
                            r.push("regex_flags");
                        }
                        r.token(tok);
                        r.push(sigilState(r.lexer(), open, close, interp, tok));
                    }))
            .state("strings", s -> s
                    .mixin("symbols")
                    .rule("\\b[a-z_]\\w*?[?!]?:\\s+", STR_SYMBOL, "expr_start")
                    .rule("'(?:[^'\\\\]++|\\\\\\\\|\\\\'|\\\\)*'", STR_SINGLE)
                    .rule("\"", STR_DOUBLE, "simple_string")
                    .rule("(?<!\\.)`", STR_BACKTICK, "simple_backtick"))
            .state("regex_flags", s -> s.rule("[mixounse]*", STR_REGEX, POP))
            // double-quoted strings, symbols and backticks
            .state("simple_string", s -> simple(s, STR_DOUBLE, "\""))
            .state("simple_sym", s -> simple(s, STR_SYMBOL, "\""))
            .state("simple_backtick", s -> simple(s, STR_BACKTICK, "`"))
            .state("whitespace", s -> s
                    .mixin("inline_whitespace")
                    .rule("\\n\\s*", TEXT, "expr_start")
                    .rule("#.*$", COMMENT_SINGLE)
                    .rule("(?s)=begin\\b.*?\\n=end\\b", COMMENT_MULTILINE))
            .state("inline_whitespace", s -> s.rule("[ \\t\\r]+", TEXT))
            .state("root", s -> s
                    .mixin("whitespace")
                    .rule("__END__", COMMENT_PREPROC, "end_part")
                    .rule("0_?[0-7]+(?:_[0-7]+)*", NUM_OCT)
                    .rule("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", NUM_HEX)
                    .rule("0b[01]+(?:_[01]+)*", NUM_BIN)
                    .rule(DECIMAL + "(?:\\." + DECIMAL + EXP + "?|" + EXP + ")", NUM_FLOAT)
                    .rule(DECIMAL, NUM_INTEGER)
                    // names
                    .rule("(?i)@@[a-z_]\\w*", NAME_VARIABLE_CLASS)
                    .rule("(?i)@[a-z_]\\w*", NAME_VARIABLE_INSTANCE)
                    .rule("\\$\\w+", NAME_VARIABLE_GLOBAL)
                    .rule("\\$[!@&`'+~=/\\\\,;.<>_*$?:\"]", NAME_VARIABLE_GLOBAL)
                    .rule("\\$-[0adFiIlpvw]", NAME_VARIABLE_GLOBAL)
                    .rule("::", OPERATOR)
                    .mixin("strings")
                    .rule("(?:" + KEYWORDS + ")(?=\\W|$)", KEYWORD, "expr_start")
                    .rule("(?:" + KEYWORDS_PSEUDO + ")\\b", KEYWORD_PSEUDO, "expr_start")
                    .rule("(module)(\\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)",
                            RegexLexer.groups(KEYWORD, TEXT, NAME_NAMESPACE))
                    .rule("(def\\b)(\\s*)", r -> {
                        r.groups(KEYWORD, TEXT);
                        r.push("funcname");
                    })
                    .rule("(class\\b)(\\s*)", r -> {
                        r.groups(KEYWORD, TEXT);
                        r.push("classname");
                    })
                    .rule("(?:" + BUILTINS_Q + ")[?]", NAME_BUILTIN, "expr_start")
                    .rule("(?:" + BUILTINS_B + ")!", NAME_BUILTIN, "expr_start")
                    .rule("(?<!\\.)(?:" + BUILTINS_G + ")\\b", NAME_BUILTIN, "method_call")
                    .mixin("has_heredocs")
                    // .. and ... before . (which would start a method call)
                    .rule("\\.{2,3}", OPERATOR, "expr_start")
                    .rule("[A-Z][a-zA-Z0-9_]*", NAME_CONSTANT, "method_call")
                    .rule("(\\.|::)(\\s*)([a-z_]\\w*[!?]?|[*%&^`~+-/\\[<>=])", r -> {
                        r.groups(PUNCTUATION, TEXT, NAME_FUNCTION);
                        r.push("method_call");
                    })
                    .rule("[a-zA-Z_]\\w*[?!]", NAME, "expr_start")
                    .rule("[a-zA-Z_]\\w*", NAME, "method_call")
                    .rule("\\*\\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\\|\\||\\.", OPERATOR, "expr_start")
                    .rule("[-+/*%=<>&!^|~]=?", OPERATOR, "expr_start")
                    .rule("[?]", r -> {
                        r.token(PUNCTUATION);
                        r.push("ternary");
                        r.push("expr_start");
                    })
                    .rule("[\\[({,:\\\\;/]", PUNCTUATION, "expr_start")
                    .rule("[\\])}]", PUNCTUATION))
            .state("has_heredocs", s -> s
                    .rule("(?<!\\w)(<<[-~]?)([\"`']?)([a-zA-Z_]\\w*)(\\2)", r -> {
                        r.token(OPERATOR, r.group(1));
                        r.token(NAME_CONSTANT, r.group(2) + r.group(3) + r.group(4));
                        queueHeredoc(r, r.group(3));
                    })
                    .rule("(<<[-~]?)([\"'])(\\2)", r -> {
                        r.token(OPERATOR, r.group(1));
                        r.token(NAME_CONSTANT, r.group(2) + r.group(3));
                        queueHeredoc(r, "");
                    }))
            .state("heredoc_queue", s -> s
                    .rule("(?=\\n)", r -> r.go("resolve_heredocs"))
                    .mixin("root"))
            .state("resolve_heredocs", s -> s
                    .mixin("string_intp_escaped")
                    .rule("\\n", STR_HEREDOC, "test_heredoc")
                    .rule("[#\\\\\\n]", STR_HEREDOC)
                    .rule("[^#\\\\\\n]+", STR_HEREDOC))
            .state("test_heredoc", s -> s
                    .rule("[^#\\\\\\n]*$", r -> {
                        Heredocs queue = heredocs(r);
                        Heredoc first = queue.peekFirst();
                        String check = first != null && first.tolerant() ? strip(r.match()) : rstrip(r.match());
                        // the end of the heredoc?
                        if (first != null && check.equals(first.name())) {
                            queue.removeFirst();
                            // if there are no more, we are done looking
                            if (queue.isEmpty()) {
                                r.pop();
                            }
                            r.token(NAME_CONSTANT);
                        } else {
                            r.token(STR_HEREDOC);
                        }
                        r.pop();
                    })
                    .rule("", r -> r.pop()))
            .state("funcname", s -> s
                    .rule("\\s+", TEXT)
                    .rule("\\(", PUNCTUATION, "defexpr")
                    .rule("(?:([a-zA-Z_]\\w*)(\\.))?([a-zA-Z_]\\w*[!?]?|\\*\\*?|[-+]@?|[/%&|^`~]|\\[\\]=?|<<?|>>?|<=>?|>=|===?)", r -> {
                        r.groups(NAME_CLASS, OPERATOR, NAME_FUNCTION);
                        r.pop();
                    })
                    .rule("", r -> r.pop()))
            .state("classname", s -> s
                    .rule("\\s+", TEXT)
                    .rule("\\w+(::\\w+)+", NAME_CLASS)
                    .rule("\\(", r -> {
                        r.token(PUNCTUATION);
                        r.push("defexpr");
                        r.push("expr_start");
                    })
                    // class << expr
                    .rule("<<", r -> {
                        r.token(OPERATOR);
                        r.go("expr_start");
                    })
                    .rule("[A-Z_]\\w*", NAME_CLASS, POP)
                    .rule("", r -> r.pop()))
            .state("ternary", s -> s
                    .rule("(:)(\\s+)", r -> {
                        r.groups(PUNCTUATION, TEXT);
                        r.go("expr_start");
                    })
                    .rule(":(?![^#\\n]*?[:\\\\])", r -> {
                        r.token(PUNCTUATION);
                        r.go("expr_start");
                    })
                    .mixin("root"))
            .state("defexpr", s -> s
                    .rule("(\\))(\\.|::)?", r -> {
                        r.groups(PUNCTUATION, OPERATOR);
                        r.pop();
                    })
                    .rule("\\(", r -> {
                        r.token(PUNCTUATION);
                        r.push("defexpr");
                        r.push("expr_start");
                    })
                    .mixin("root"))
            .state("in_interp", s -> s
                    .rule("}", STR_INTERPOL, POP)
                    .mixin("root"))
            .state("string_intp", s -> s
                    .rule("[#][{]", STR_INTERPOL, "in_interp")
                    .rule("(?i)#(@@?|\\$)[a-z_]\\w*", STR_INTERPOL))
            .state("string_intp_escaped", s -> s
                    .mixin("string_intp")
                    .rule("\\\\([\\\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})", STR_ESCAPE)
                    .rule("\\\\.", STR_ESCAPE))
            .state("method_call", s -> s
                    .rule("/|%", r -> {
                        r.token(OPERATOR);
                        r.go("expr_start");
                    })
                    .rule("(?=\\n)", r -> r.pop())
                    .rule("", r -> r.go("method_call_spaced")))
            .state("method_call_spaced", s -> s
                    .mixin("whitespace")
                    .rule("[%/]=", r -> {
                        r.token(OPERATOR);
                        r.go("expr_start");
                    })
                    .rule("(/)(?=\\S|\\s*/)", r -> {
                        r.token(STR_REGEX);
                        r.go("slash_regex");
                    })
                    .mixin("sigil_strings")
                    .rule("(?=\\s*/)", r -> r.pop())
                    .rule("\\s+", r -> {
                        r.token(TEXT);
                        r.go("expr_start");
                    })
                    .rule("", r -> r.pop()))
            .state("expr_start", s -> s
                    .mixin("inline_whitespace")
                    .rule("/", r -> {
                        r.token(STR_REGEX);
                        r.go("slash_regex");
                    })
                    // the char operator: ?x is "x", unless a digit comes before, as in x>=0?n[x]:""
                    .rule("[?](\\\\[MC]-)*(\\\\([\\\\abefnrstv#\"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\\S)(?!\\w)", STR_CHAR, POP)
                    // a single space as the delimiter: Ruby demands these stay on one line
                    .rule("(\\s*)(%[rqswQWxiI]? \\S* )", r -> {
                        r.groups(TEXT, STR_OTHER);
                        r.pop();
                    })
                    .mixin("sigil_strings")
                    .rule("", r -> r.pop()))
            .state("slash_regex", s -> s
                    .mixin("string_intp")
                    .rule("\\\\\\\\", STR_REGEX)
                    .rule("\\\\/", STR_REGEX)
                    .rule("[\\\\#]", STR_REGEX)
                    .rule("(?s)[^\\\\/#]+", STR_REGEX)
                    .rule("/", r -> {
                        r.token(STR_REGEX);
                        r.go("regex_flags");
                    }))
            // the rest of the text is data
            .state("end_part", s -> s.rule("(?s).+", COMMENT_PREPROC, POP))
            .build();

    private static void simple(dev.colophon.highlight.lexer.StateBuilder s, String tok, String fin) {
        s.mixin("string_intp_escaped")
                .rule("[^\\\\" + fin + "#]+", tok)
                .rule("[\\\\#]", tok)
                .rule(fin, tok, POP);
    }

    private static void queueHeredoc(LexRun r, String name) {
        String op = r.group(1);
        heredocs(r).addLast(new Heredoc(op.equals("<<-") || op.equals("<<~"), name));
        if (!r.isState("heredoc_queue")) {
            r.push("heredoc_queue");
        }
    }

    /** The body of a % string with these delimiters, built once and cached in the lexer. */
    private static State sigilState(RegexLexer lexer, String open, String close, boolean interp, String tok) {
        String key = open + '\u0000' + close + '\u0000' + interp + '\u0000' + tok;
        return lexer.dynamicState(key, s -> {
            // the characters that are special in the body: # and \ always, and the delimiters
            String specials = "#" + classChar(open) + classChar(close) + "\\\\";
            s.rule("\\\\[" + specials + "]", STR_ESCAPE);
            // nesting only with asymmetric delimiters
            if (!open.equals(close)) {
                s.rule(Pattern.quote(open), r -> {
                    r.token(tok);
                    r.push();
                });
            }
            s.rule(Pattern.quote(close), tok, POP);
            if (interp) {
                s.mixin("string_intp_escaped");
                s.rule("#", tok);
            } else {
                s.rule("[\\\\#]", tok);
            }
            s.rule("[^" + specials + "]+", tok);
        });
    }

    /** A character for a character class: escaped unless a letter or digit (it never is one here). */
    private static String classChar(String c) {
        return Character.isLetterOrDigit(c.codePointAt(0)) ? c : "\\" + c;
    }

    /** Ruby's strip: whitespace and NUL at both ends. */
    private static String strip(String s) {
        int start = 0;
        while (start < s.length() && isRubySpace(s.charAt(start))) {
            start++;
        }
        return rstrip(s.substring(start));
    }

    private static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isRubySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isRubySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0;
    }
}
