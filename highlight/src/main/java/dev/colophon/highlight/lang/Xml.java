package dev.colophon.highlight.lang;

import static dev.colophon.highlight.lexer.RegexLexer.POP;
import static dev.colophon.highlight.lexer.Tok.*;

import dev.colophon.highlight.lexer.RegexLexer;

/** Rouge's {@code xml} lexer (rouge/lexers/xml.rb). */
public final class Xml {

    private Xml() {
    }

    private static final String NAME = "[\\p{L}:_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·-]*";

    public static final RegexLexer LEXER = RegexLexer.builder("xml")
            .state("root", s -> s
                    .rule("[^<&]+", TEXT)
                    .rule("&\\S*?;", NAME_ENTITY)
                    .rule("<!\\[CDATA\\[.*?\\]\\]>", COMMENT_PREPROC)
                    .rule("<!--", COMMENT, "comment")
                    .rule("<\\?.*?\\?>", COMMENT_PREPROC)
                    .rule("<![^>]*>", COMMENT_PREPROC)
                    .rule("<\\s*" + NAME, NAME_TAG, "tag") // open tags
                    .rule("<\\s*/\\s*" + NAME + "\\s*>", NAME_TAG)) // closing tags
            .state("comment", s -> s
                    .rule("[^-]+", COMMENT)
                    .rule("-->", COMMENT, POP)
                    .rule("-", COMMENT))
            .state("tag", s -> s
                    .rule("\\s+", TEXT)
                    .rule(NAME + "\\s*=", NAME_ATTRIBUTE, "attr")
                    .rule("/?\\s*>", NAME_TAG, POP))
            .state("attr", s -> s
                    .rule("\\s+", TEXT)
                    .rule("(?s)\".*?\"|'.*?'|[^\\s>]+", STR, POP))
            .build();
}
