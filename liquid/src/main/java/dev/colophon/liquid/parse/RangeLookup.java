package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Range;
import dev.colophon.liquid.Values;

/** {@code (a..b)} with a variable at either end, made a {@link Range} when rendered. */
record RangeLookup(Expression start, Expression end) implements Expression {

    @Override
    public Object evaluate(Context context) {
        return new Range(toInteger(start.evaluate(context)), toInteger(end.evaluate(context)));
    }

    /** As Ruby Liquid's RangeLookup: nil and strings by {@code to_i}, floats truncated, others as integers. */
    static long toInteger(Object value) {
        if (value == null) {
            return 0;
        }
        if (Values.isInteger(value)) {
            return ((Number) value).longValue();
        }
        if (value instanceof CharSequence s) {
            return Numbers.toI(s.toString()).longValue();
        }
        if (Values.isFloat(value)) {
            return (long) ((Number) value).doubleValue();
        }
        return Numbers.toInteger(value);
    }
}
