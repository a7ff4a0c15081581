package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Range;
import dev.colophon.liquid.Values;
import java.math.BigInteger;

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
        if (value instanceof BigInteger big) {
            // A Bignum end: clamped, which loops as far as any limit lets a loop go.
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (Values.isInteger(value)) {
            return ((Number) value).longValue();
        }
        if (value instanceof CharSequence s) {
            return toInteger(Numbers.toI(s.toString()));
        }
        if (Values.isFloat(value)) {
            return (long) ((Number) value).doubleValue();
        }
        return Numbers.toInteger(value);
    }
}
