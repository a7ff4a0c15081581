package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.RegexLexer.PUSH;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;
import dev.colophon.highlight.lexer.Rx;

/** Rouge's {@code shell} lexer ({@code bash}, {@code zsh}, {@code ksh}, {@code sh}; rouge/lexers/shell.rb). */
public final class Shell {

    private Shell() {
    }

    private static final String KEYWORDS = String.join("|", Rx.w("""
            if fi else while do done for then return function
            select continue until esac elif in"""));

    private static final String BUILTINS = String.join("|", Rx.w("""
            alias bg bind break builtin caller cd command compgen
            complete declare dirs disown enable eval exec exit
            export false fc fg getopts hash help history jobs let
            local logout mapfile popd pushd pwd read readonly set
            shift shopt source suspend test time times trap true type
            typeset ulimit umask unalias unset wait
            cat tac nl od base32 base64 fmt pr fold head tail split csplit
            wc sum cksum b2sum md5sum sha1sum sha224sum sha256sum sha384sum
            sha512sum sort shuf uniq comm ptx tsort cut paste join tr expand
            unexpand ls dir vdir dircolors cp dd install mv rm shred link ln
            mkdir mkfifo mknod readlink rmdir unlink chown chgrp chmod touch
            df du stat sync truncate echo printf yes expr tee basename dirname
            pathchk mktemp realpath pwd stty printenv tty id logname whoami
            groups users who date arch nproc uname hostname hostid uptime chcon
            runcon chroot env nice nohup stdbuf timeout kill sleep factor numfmt
            seq tar grep sudo awk sed gzip gunzip"""));

    public static final RegexLexer LEXER = RegexLexer.builder("shell")
            .state("basic", s -> s
                    .rule("#.*$", COMMENT)
                    .rule("\\b(" + KEYWORDS + ")\\s*\\b", KEYWORD)
                    .rule("\\bcase\\b", KEYWORD, "case")
                    .rule("\\b(" + BUILTINS + ")\\s*\\b(?!(\\.|-))", NAME_BUILTIN)
                    .rule("[.](?=\\s)", NAME_BUILTIN)
                    .rule("(\\b\\w+)(=)", RegexLexer.groups(NAME_VARIABLE, OPERATOR))
                    .rule("[\\[\\]{}()!=>]", OPERATOR)
                    .rule("&&|\\|\\|", OPERATOR)
                    // here-string
                    .rule("<<<", OPERATOR)
                    .rule("(<<-?)(\\s*)(['\"]?)(\\\\?)(\\w+)(\\3)", r -> {
                        r.groups(OPERATOR, TEXT, STR_HEREDOC, STR_HEREDOC, NAME_CONSTANT, STR_HEREDOC);
                        r.data(r.group(5)); // the word that ends the heredoc
                        r.push("heredoc");
                    }))
            .state("heredoc", s -> s
                    .rule("\\n", STR_HEREDOC, "heredoc_nl")
                    .rule("[^$\\n\\\\]+", STR_HEREDOC)
                    .mixin("interp")
                    .rule("[$]", STR_HEREDOC))
            .state("heredoc_nl", s -> s
                    .rule("\\s*(\\w+)\\s*\\n", r -> {
                        if (r.group(1).equals(r.data())) {
                            r.token(NAME_CONSTANT);
                            r.pop(2);
                        } else {
                            r.token(STR_HEREDOC);
                        }
                    })
                    .rule("", r -> r.pop()))
            .state("double_quotes", s -> s
                    // "abc$" is literally abc$: keep :interp from taking $" as a variable
                    .rule("(?:\\$#?)?\"", STR_DOUBLE, POP)
                    .mixin("interp")
                    .rule("[^\"`\\\\$]+", STR_DOUBLE))
            .state("ansi_string", s -> s
                    .rule("\\\\.", STR_ESCAPE)
                    .rule("[^\\\\']+", STR_SINGLE)
                    .mixin("single_quotes"))
            .state("single_quotes", s -> s
                    .rule("'", STR_SINGLE, POP)
                    .rule("[^']+", STR_SINGLE))
            .state("data", s -> s
                    .rule("\\s+", TEXT)
                    .rule("\\\\.", STR_ESCAPE)
                    .rule("\\$?\"", STR_DOUBLE, "double_quotes")
                    .rule("\\$'", STR_SINGLE, "ansi_string")
                    // POSIX: nothing is special inside single quotes, not even a backslash
                    .rule("'", STR_SINGLE, "single_quotes")
                    .rule("\\*", KEYWORD)
                    .rule(";", PUNCTUATION)
                    .rule("--?[\\w-]+", NAME_TAG)
                    .rule("[^=*\\s{}()$\"'`;\\\\<]+", TEXT)
                    .rule("\\d+(?= |\\Z)", NUM)
                    .rule("<", TEXT)
                    .mixin("interp"))
            .state("curly", s -> s
                    .rule("}", KEYWORD, POP)
                    .rule(":-", KEYWORD)
                    .rule("[a-zA-Z0-9_]+", NAME_VARIABLE)
                    .rule("[^}:\"`'$]+", PUNCTUATION)
                    .mixin("root"))
            // inside $(...)
            .state("paren_interp", s -> s
                    .rule("\\)", STR_INTERPOL, POP)
                    .rule("\\(", OPERATOR, "paren_inner")
                    .mixin("root"))
            // balances parentheses inside an interpolation
            .state("paren_inner", s -> s
                    .rule("\\(", OPERATOR, PUSH)
                    .rule("\\)", OPERATOR, POP)
                    .mixin("root"))
            .state("math", s -> s
                    .rule("\\)\\)", KEYWORD, POP)
                    .rule("[-+*/%^|&!]|\\*\\*|\\|\\|", OPERATOR)
                    .rule("\\d+(#\\w+)?", NUM)
                    .mixin("root"))
            .state("case", s -> s
                    .rule("\\besac\\b", KEYWORD, POP)
                    .rule("\\|", PUNCTUATION)
                    .rule("\\)", PUNCTUATION, "case_stanza")
                    .mixin("root"))
            .state("case_stanza", s -> s
                    .rule(";;", PUNCTUATION, POP)
                    .mixin("root"))
            .state("backticks", s -> s
                    .rule("`", STR_BACKTICK, POP)
                    .mixin("root"))
            .state("interp", s -> s
                    .rule("\\\\$", STR_ESCAPE) // line continuation
                    .rule("\\\\.", STR_ESCAPE)
                    .rule("\\$\\(\\(", KEYWORD, "math")
                    .rule("\\$\\(", STR_INTERPOL, "paren_interp")
                    .rule("\\$\\{#?", KEYWORD, "curly")
                    .rule("`", STR_BACKTICK, "backticks")
                    .rule("\\$#?(\\w+|.)", NAME_VARIABLE)
                    .rule("\\$[*@]", NAME_VARIABLE))
            .state("root", s -> s
                    .mixin("basic")
                    .mixin("data"))
            .build();
}
