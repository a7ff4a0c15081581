package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.LexRun;
import dev.colophon.highlight.lexer.Lexer;
import dev.colophon.highlight.lexer.RegexLexer;

/**
 * Rouge's {@code html} lexer (rouge/lexers/html.rb). Script and style bodies go to a JavaScript and a
 * CSS run that live as long as the HTML run, as Rouge's {@code @javascript} and {@code @css} do: a
 * script split by a {@code <} is lexed as one piece.
 */
public final class Html {

    private Html() {
    }

    /** The embedded runs (Rouge's instance variables). */
    private static final class Embedded {
        final Lexer.Run javascript = JavaScript.LEXER.start();
        final Lexer.Run css = Css.LEXER.start();
        Lexer.Run lang;
    }

    private static Embedded embedded(LexRun r) {
        return r.data();
    }

    private static final String NAME = "[\\p{L}:_-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·-]*";

    public static final RegexLexer LEXER = RegexLexer.builder("html")
            .start(r -> r.data(new Embedded()))
            .state("root", s -> s
                    .rule("[^<&]+", TEXT)
                    .rule("&\\S*?;", NAME_ENTITY)
                    .rule("(?si)<!DOCTYPE .*?>", COMMENT_PREPROC)
                    .rule("(?s)<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                    .rule("<!--", COMMENT, "comment")
                    .rule("(?s)<\\?.*?\\?>", COMMENT_PREPROC) // php? really?
                    .rule("<\\s*script\\s*", r -> {
                        r.token(NAME_TAG);
                        embedded(r).javascript.reset();
                        r.push("script_content");
                        r.push("tag");
                    })
                    .rule("<\\s*style\\s*", r -> {
                        r.token(NAME_TAG);
                        Embedded e = embedded(r);
                        e.css.reset();
                        e.lang = e.css;
                        r.push("style_content");
                        r.push("tag");
                    })
                    .rule("</", NAME_TAG, "tag_end")
                    .rule("<", NAME_TAG, "tag_start")
                    .rule("<\\s*" + NAME, NAME_TAG, "tag") // opening tags
                    .rule("<\\s*/\\s*" + NAME + "\\s*>", NAME_TAG)) // closing tags
            .state("tag_end", s -> s
                    .mixin("tag_end_end")
                    .rule(NAME, r -> {
                        r.token(NAME_TAG);
                        r.go("tag_end_end");
                    }))
            .state("tag_end_end", s -> s
                    .rule("\\s+", TEXT)
                    .rule(">", NAME_TAG, POP))
            .state("tag_start", s -> s
                    .rule("\\s+", TEXT)
                    .rule(NAME, r -> {
                        r.token(NAME_TAG);
                        r.go("tag");
                    })
                    .rule("", r -> r.go("tag")))
            .state("comment", s -> s
                    .rule("[^-]+", COMMENT)
                    .rule("-->", COMMENT, POP)
                    .rule("-", COMMENT))
            .state("tag", s -> s
                    .rule("\\s+", TEXT)
                    .rule("[\\p{L}:_\\[\\]()*.-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·\\[\\]()*-]*\\s*=\\s*", NAME_ATTRIBUTE, "attr")
                    .rule("[\\p{L}:_*#-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·*#-]*", NAME_ATTRIBUTE)
                    .rule("/?\\s*>", NAME_TAG, POP))
            .state("attr", s -> s
                    .rule("\"", r -> {
                        r.token(STR);
                        r.go("dq");
                    })
                    .rule("'", r -> {
                        r.token(STR);
                        r.go("sq");
                    })
                    .rule("[^\\s>]+", STR, POP))
            .state("dq", s -> s
                    .rule("\"", STR, POP)
                    .rule("[^\"]+", STR))
            .state("sq", s -> s
                    .rule("'", STR, POP)
                    .rule("[^']+", STR))
            .state("script_content", s -> s
                    .rule("[^<]+", r -> r.delegate(embedded(r).javascript, r.match()))
                    .rule("<\\s*/\\s*script\\s*>", NAME_TAG, POP)
                    .rule("<", r -> r.delegate(embedded(r).javascript, r.match())))
            .state("style_content", s -> s
                    .rule("[^<]+", r -> r.delegate(embedded(r).lang, r.match()))
                    .rule("<\\s*/\\s*style\\s*>", NAME_TAG, POP)
                    .rule("<", r -> r.delegate(embedded(r).lang, r.match())))
            .build();
}
