package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;
import java.util.Set;

/** Rouge's {@code cpp} lexer ({@code c++}; rouge/lexers/cpp.rb): C's states, wider keyword sets, C++ literals. */
public final class Cpp {

    private Cpp() {
    }

    private static final Set<String> KEYWORDS = CLang.union(CLang.KEYWORDS, """
            asm auto catch char8_t concept
            consteval constexpr constinit const_cast co_await co_return co_yield
            delete dynamic_cast explicit export friend
            mutable namespace new operator private protected public
            reinterpret_cast requires restrict size_of static_cast this throw throws
            typeid typename using virtual final override
            alignas alignof decltype noexcept static_assert
            thread_local try""");
    private static final Set<String> TYPES = CLang.union(CLang.KEYWORDS_TYPE, "bool");
    private static final Set<String> RESERVED = CLang.union(CLang.RESERVED, """
            __virtual_inheritance __uuidof __super __single_inheritance
            __multiple_inheritance __interface __event""");

    /** Digits with optional inner quotes; Ruby keeps its group when interpolating. */
    private static final String DQ = "(?:\\d('?\\d)*)";

    public static final RegexLexer LEXER = CLang.builder("cpp", KEYWORDS, TYPES, RESERVED)
            .prepend("root", s -> s
                    // Offload C++ extensions
                    .rule("(?:__offload|__blockingoffload|__outer)\\b", KEYWORD_PSEUDO))
            .prepend("statements", s -> s
                    .rule("(class|struct)\\b", KEYWORD, "classname")
                    .rule("template\\b", KEYWORD, "template")
                    .rule(DQ + "(\\." + DQ + ")?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\\b", NUM_OTHER)
                    .rule("(?i)(" + DQ + "[.]" + DQ + "?|[.]" + DQ + ")(e[+-]?" + DQ + "[lu]*)?", NUM_FLOAT)
                    .rule("(?i)" + DQ + "e[+-]?" + DQ + "[lu]*", NUM_FLOAT)
                    .rule("(?i)0x[0-9a-fA-F]('?[0-9a-fA-F])*[lu]*", NUM_HEX)
                    .rule("0b[01]+('[01]+)*", NUM_BIN)
                    .rule("(?i)0[0-7]('?[0-7])*[lu]*", NUM_OCT)
                    .rule("(?i)" + DQ + "[lu]*", NUM_INTEGER)
                    .rule("\\bnullptr\\b", NAME_BUILTIN)
                    .rule("(?s)(?:u8|u|U|L)?R\"([a-zA-Z0-9_{}\\[\\]#<>%:;.?*+\\-/^&|~!=,\"']{0,16})\\(.*?\\)\\1\"", STR)
                    .rule("(::|<=>)", OPERATOR)
                    .rule("[{}]", PUNCTUATION))
            .state("classname", s -> s
                    .rule(CLang.ID, NAME_CLASS, POP)
                    // template specification
                    .mixin("whitespace")
                    .rule("[.]{3}", OPERATOR)
                    .rule(",", PUNCTUATION, POP)
                    .rule("", r -> r.pop()))
            .state("template", s -> s
                    .rule("[>;]", PUNCTUATION, POP)
                    .rule("typename\\b", KEYWORD, "classname")
                    .mixin("statements"))
            .state("case", s -> s
                    .rule(":(?!:)", PUNCTUATION, POP)
                    .mixin("statements"))
            .build();
}
