package dev.colophon.highlight.lang;

import dev.colophon.highlight.lexer.Lexer;
import dev.colophon.highlight.lexer.Tok;
import dev.colophon.highlight.lexer.TokenSink;

/**
 * Rouge's {@code plaintext} ({@code text}): the whole input as one token, by default plain text, which
 * the formatter leaves unwrapped. The console lexer uses it with {@link Tok#GENERIC_OUTPUT}.
 */
public final class PlainText implements Lexer {

    public static final PlainText LEXER = new PlainText(Tok.TEXT);

    private final String token;

    public PlainText(String token) {
        this.token = token;
    }

    @Override
    public String name() {
        return "plaintext";
    }

    @Override
    public Run start() {
        return new Run() {
            @Override
            public void lex(String text, TokenSink sink) {
                sink.token(token, text);
            }

            @Override
            public void reset() {
            }
        };
    }
}
