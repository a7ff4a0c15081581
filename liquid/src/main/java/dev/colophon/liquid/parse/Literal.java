package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;

/** A constant: a string, a number, true, false, nil, a range of constants. */
record Literal(Object value) implements Expression {

    static final Literal NIL = new Literal(null);

    @Override
    public Object evaluate(Context context) {
        return value;
    }
}
