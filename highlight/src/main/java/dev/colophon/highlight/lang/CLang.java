package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;
import java.util.HashSet;
import java.util.Set;

/**
 * Rouge's {@code c} lexer (rouge/lexers/c.rb), and the base of {@link Cpp}: identifiers are looked up in
 * keyword sets the subclass widens, which is why the states are built by {@link #builder}.
 */
public final class CLang {

    private CLang() {
    }

    static final Set<String> KEYWORDS = Rx.set("""
            auto break case const continue default do else enum extern
            for goto if register restricted return sizeof static struct
            switch typedef union volatile virtual while
            _Alignas _Alignof _Atomic _Generic _Imaginary
            _Noreturn _Static_assert _Thread_local""");

    static final Set<String> KEYWORDS_TYPE = Rx.set("""
            int long float short double char unsigned signed void
            jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t fpos_t
            clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t
            wctrans_t wint_t wctype_t
            _Bool _Complex int8_t int16_t int32_t int64_t
            uint8_t uint16_t uint32_t uint64_t int_least8_t
            int_least16_t int_least32_t int_least64_t
            uint_least8_t uint_least16_t uint_least32_t
            uint_least64_t int_fast8_t int_fast16_t int_fast32_t
            int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t
            uint_fast64_t intptr_t uintptr_t intmax_t
            uintmax_t
            char16_t char32_t""");

    static final Set<String> RESERVED = Rx.set("""
            __asm __int8 __based __except __int16 __stdcall __cdecl
            __fastcall __int32 __declspec __finally __int61 __try __leave
            inline _inline __inline naked _naked __naked restrict _restrict
            __restrict thread _thread __thread typename _typename __typename""");

    /** Optional comments or whitespace; Ruby interpolates it without /m, so its dots stop at newlines. */
    private static final String WS = "(?-s:(?:\\s|//.*?\\n|/[*].*?[*]/)+)";
    static final String ID = "[a-zA-Z_][a-zA-Z0-9_]*";

    public static final RegexLexer LEXER = builder("c", KEYWORDS, KEYWORDS_TYPE, RESERVED).build();

    static Set<String> union(Set<String> a, String more) {
        Set<String> all = new HashSet<>(a);
        all.addAll(Rx.set(more));
        return Set.copyOf(all);
    }

    static RegexLexer.Builder builder(String name, Set<String> keywords, Set<String> types, Set<String> reserved) {
        return RegexLexer.builder(name)
                .start(r -> r.push("bol"))
                .state("expr_bol", s -> s
                        .mixin("inline_whitespace")
                        .rule("#if\\s0", COMMENT, "if_0")
                        .rule("#", COMMENT_PREPROC, "macro")
                        .rule("", r -> r.pop()))
                // :expr_bol without labels, which only begin statements
                .state("bol", s -> s
                        .rule(ID + ":(?!:)", NAME_LABEL)
                        .mixin("expr_bol"))
                .state("inline_whitespace", s -> s
                        .rule("[ \\t\\r]+", TEXT)
                        .rule("\\\\\\n", TEXT) // line continuation
                        .rule("(?s)/(\\\\\\n)?[*].*?[*](\\\\\\n)?/", COMMENT_MULTILINE))
                .state("whitespace", s -> s
                        .rule("\\n+", TEXT, "bol")
                        // Rouge's //(\\.|.)*?$ : both branches stop at a newline, so it is //.*?$
                        // (written so, Java's regex engine needs no stack per character)
                        .rule("//.*?$", COMMENT_SINGLE, "bol")
                        .mixin("inline_whitespace"))
                .state("expr_whitespace", s -> s
                        .rule("\\n+", TEXT, "expr_bol")
                        .mixin("whitespace"))
                .state("statements", s -> s
                        .mixin("whitespace")
                        .rule("(u8|u|U|L)?\"", STR, "string")
                        .rule("(?i)(u8|u|U|L)?'(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-f0-9]{1,2}|[^\\\\'\\n])'", STR_CHAR)
                        .rule("(?i)(\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+[lu]*", NUM_FLOAT)
                        .rule("(?i)\\d+e[+-]?\\d+[lu]*", NUM_FLOAT)
                        .rule("(?i)0x[0-9a-f]+[lu]*", NUM_HEX)
                        .rule("(?i)0[0-7]+[lu]*", NUM_OCT)
                        .rule("(?i)\\d+[lu]*", NUM_INTEGER)
                        .rule("\\*/", ERROR)
                        .rule("[~!%^&*+=|?:<>/-]", OPERATOR)
                        .rule("[()\\[\\],.;]", PUNCTUATION)
                        .rule("\\bcase\\b", KEYWORD, "case")
                        .rule("(?:true|false|NULL)\\b", NAME_BUILTIN)
                        .rule(ID, r -> {
                            String name1 = r.match();
                            if (keywords.contains(name1)) {
                                r.token(KEYWORD);
                            } else if (types.contains(name1)) {
                                r.token(KEYWORD_TYPE);
                            } else if (reserved.contains(name1)) {
                                r.token(KEYWORD_RESERVED);
                            } else {
                                r.token(NAME);
                            }
                        }))
                .state("case", s -> s
                        .rule(":", PUNCTUATION, POP)
                        .mixin("statements"))
                .state("root", s -> s
                        .mixin("expr_whitespace")
                        .rule("(?s)([\\w*\\s]+?[\\s*])(" + ID + ")(\\s*\\([^;]*?\\))(" + WS + "?)(\\{|;)", r -> {
                            r.recurse(r.group(1));
                            r.token(NAME_FUNCTION, r.group(2));
                            r.recurse(r.group(3));
                            r.recurse(r.group(4));
                            r.token(PUNCTUATION, r.group(5));
                            if ("{".equals(r.group(5))) {
                                r.push("function");
                            }
                        })
                        .rule("\\{", PUNCTUATION, "function")
                        .mixin("statements"))
                .state("function", s -> s
                        .mixin("whitespace")
                        .mixin("statements")
                        .rule(";", PUNCTUATION)
                        .rule("\\{", PUNCTUATION, "function")
                        .rule("}", PUNCTUATION, POP))
                .state("string", s -> s
                        .rule("\"", STR, POP)
                        .rule("\\\\([\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", STR_ESCAPE)
                        .rule("[^\\\\\"\\n]+", STR)
                        .rule("\\\\\\n", STR)
                        .rule("\\\\", STR)) // stray backslash
                .state("macro", s -> s
                        .mixin("include")
                        .rule("[^/\\n\\\\]+", COMMENT_PREPROC)
                        .rule("(?s)\\\\.", COMMENT_PREPROC)
                        .mixin("inline_whitespace")
                        .rule("/", COMMENT_PREPROC)
                        // pop goes back to :bol
                        .rule("\\n", COMMENT_PREPROC, POP))
                .state("include", s -> s
                        .rule("(include)(\\s*)(<[^>]+>)([^\\n]*)",
                                RegexLexer.groups(COMMENT_PREPROC, TEXT, COMMENT_PREPROC_FILE, COMMENT_SINGLE))
                        .rule("(include)(\\s*)(\"[^\"]+\")([^\\n]*)",
                                RegexLexer.groups(COMMENT_PREPROC, TEXT, COMMENT_PREPROC_FILE, COMMENT_SINGLE)))
                .state("if_0", s -> s
                        // no \b: covers #ifdef and #ifndef
                        .rule("^\\s*#if", COMMENT, "if_0")
                        .rule("^\\s*#\\s*el(?:se|if)", COMMENT, POP)
                        .rule("(?s)^\\s*#\\s*endif\\b.*?(?<!\\\\)\\n", COMMENT, POP)
                        .rule(".*?\\n", COMMENT));
    }
}
