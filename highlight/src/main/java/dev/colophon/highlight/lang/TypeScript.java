package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;
import java.util.HashSet;
import java.util.Set;

/** Rouge's {@code typescript} lexer ({@code ts}; rouge/lexers/typescript.rb): JavaScript with more words. */
public final class TypeScript {

    private TypeScript() {
    }

    public static final RegexLexer LEXER = JavaScript.builder("typescript",
                    plus(JavaScript.KEYWORDS, "is namespace static private protected public implements readonly"),
                    plus(JavaScript.DECLARATIONS, "type abstract"),
                    plus(JavaScript.RESERVED, "string any void number namespace module declare default interface keyof"),
                    JavaScript.CONSTANTS,
                    plus(JavaScript.BUILTINS, "Pick Partial Readonly Record"))
            .prepend("root", s -> s
                    .rule("[?][.]", PUNCTUATION)
                    .rule("[?]{2}", OPERATOR))
            .prepend("statement", s -> s
                    .rule("(" + JavaScript.ID + ")(\\??)(\\s*)(:)", r -> {
                        r.groups(NAME_LABEL, PUNCTUATION, TEXT, PUNCTUATION);
                        r.push("expr_start");
                    }))
            .build();

    private static Set<String> plus(Set<String> base, String more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Set.of(more.split(" ")));
        return Set.copyOf(all);
    }
}
