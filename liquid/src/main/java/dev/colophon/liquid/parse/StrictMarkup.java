package dev.colophon.liquid.parse;

/** Ruby Liquid's strict grammar, for tags that read their markup with it ({@code for}, {@code tablerow}). */
public final class StrictMarkup {

    private final Markup p;

    public StrictMarkup(String markup) {
        this.p = new Markup(markup);
    }

    /** An identifier, or a syntax error. */
    public String id() {
        return p.consume(Lexer.Type.ID);
    }

    /** Consumes the identifier {@code word} when it is next. */
    public boolean word(String word) {
        return p.id(word);
    }

    /** One value's markup, for {@code Expressions.parse}. */
    public String expression() {
        return p.expression();
    }

    /** Whether {@code name:} comes next. */
    public boolean attributeNext() {
        return p.look(Lexer.Type.ID) && p.look(Lexer.Type.COLON, 1);
    }

    public void colon() {
        p.consume(Lexer.Type.COLON);
    }

    /** Consumes a comma when it is next. */
    public boolean comma() {
        return p.consumeIf(Lexer.Type.COMMA) != null;
    }

    /** The end of the markup, or a syntax error. */
    public void end() {
        p.end();
    }
}
