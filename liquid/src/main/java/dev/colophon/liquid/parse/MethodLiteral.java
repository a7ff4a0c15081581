package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Values;

/**
 * {@code blank} and {@code empty} in a condition: {@code x == empty} asks whether x is empty rather than
 * whether it equals a value. Anywhere else they are the empty string.
 */
enum MethodLiteral implements Expression {
    BLANK, EMPTY;

    @Override
    public Object evaluate(Context context) {
        return "";
    }

    boolean test(Object value) {
        return this == BLANK ? Values.isBlank(value) : Values.isEmpty(value);
    }
}
