package dev.colophon.liquid.parse;

import dev.colophon.liquid.LiquidException;
import java.util.List;

/**
 * Ruby Liquid's strict parser over the {@link Lexer}'s tokens. As in Ruby, it checks the grammar and gives
 * back each value's markup, which {@link Expressions#parse} then reads, so strict and lax parsing agree on
 * what a value means.
 */
final class Markup {

    private final List<Lexer.Lexeme> tokens;
    private int p;

    Markup(String markup) {
        this.tokens = Lexer.tokenize(markup);
    }

    Lexer.Lexeme peek(int ahead) {
        int i = Math.min(p + ahead, tokens.size() - 1);
        return tokens.get(i);
    }

    boolean look(Lexer.Type type) {
        return peek(0).type() == type;
    }

    boolean look(Lexer.Type type, int ahead) {
        return peek(ahead).type() == type;
    }

    String consume() {
        Lexer.Lexeme token = tokens.get(p);
        if (token.type() == Lexer.Type.END) {
            throw LiquidException.syntax("Expected something but found end_of_string");
        }
        p++;
        return token.text();
    }

    String consume(Lexer.Type type) {
        Lexer.Lexeme token = tokens.get(p);
        if (token.type() != type) {
            throw LiquidException.syntax("Expected " + name(type) + " but found " + name(token.type()));
        }
        p++;
        return token.text();
    }

    /** The token's text when it is of this type (and consumed), else null. */
    String consumeIf(Lexer.Type type) {
        Lexer.Lexeme token = tokens.get(p);
        if (token.type() != type) {
            return null;
        }
        p++;
        return token.text();
    }

    /** True, consuming it, when the next token is the identifier {@code word}. */
    boolean id(String word) {
        Lexer.Lexeme token = tokens.get(p);
        if (token.type() != Lexer.Type.ID || !token.text().equals(word)) {
            return false;
        }
        p++;
        return true;
    }

    void end() {
        consume(Lexer.Type.END);
    }

    /** One value's markup: a literal, a lookup, a range. */
    String expression() {
        Lexer.Lexeme token = tokens.get(p);
        switch (token.type()) {
            case ID: {
                String out = consume();
                return out + lookups();
            }
            case OPEN_SQUARE: {
                String out = consume() + expression() + consume(Lexer.Type.CLOSE_SQUARE);
                return out + lookups();
            }
            case STRING:
            case NUMBER:
                return consume();
            case OPEN_ROUND: {
                consume();
                String first = expression();
                consume(Lexer.Type.DOTDOT);
                String last = expression();
                consume(Lexer.Type.CLOSE_ROUND);
                return "(" + first + ".." + last + ")";
            }
            default:
                throw LiquidException.syntax(describe(token) + " is not a valid expression");
        }
    }

    /** A filter argument: a value, or {@code name: value}. */
    String argument() {
        String out = "";
        if (look(Lexer.Type.ID) && look(Lexer.Type.COLON, 1)) {
            out = consume() + consume() + " ";
        }
        return out + expression();
    }

    private String lookups() {
        StringBuilder out = new StringBuilder();
        while (true) {
            if (look(Lexer.Type.OPEN_SQUARE)) {
                out.append(consume()).append(expression()).append(consume(Lexer.Type.CLOSE_SQUARE));
            } else if (look(Lexer.Type.DOT)) {
                out.append(consume()).append(consume(Lexer.Type.ID));
            } else {
                return out.toString();
            }
        }
    }

    private static String describe(Lexer.Lexeme token) {
        return "[:" + name(token.type()) + (token.type() == Lexer.Type.END ? "" : ", \"" + token.text() + "\"") + "]";
    }

    private static String name(Lexer.Type type) {
        return type == Lexer.Type.END ? "end_of_string" : type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
