package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;

/** Rouge's {@code diff} ({@code patch}, {@code udiff}): unified diffs, one rule per kind of line. */
public final class Diff {

    private Diff() {
    }

    public static final RegexLexer LEXER = RegexLexer.builder("diff")
            .state("root", s -> s
                    .rule("^ .*$\\n?", TEXT)
                    .rule("^---$\\n?", PUNCTUATION)
                    .rule("^[+>]+.*$\\n?", GENERIC_INSERTED)
                    .rule("^\\+.*$\\n?", GENERIC_INSERTED)
                    .rule("^[-<]+.*$\\n?", GENERIC_DELETED)
                    .rule("^!.*$\\n?", GENERIC_STRONG)
                    .rule("^([Ii]ndex|diff).*$\\n?", GENERIC_HEADING)
                    .rule("^(@@[^@]*@@)([^\\n]*\\n)", RegexLexer.groups(PUNCTUATION, TEXT))
                    .rule("^\\w.*$\\n?", PUNCTUATION)
                    .rule("^=.*$\\n?", GENERIC_HEADING)
                    .rule("\\s.*$\\n?", TEXT))
            .build();
}
