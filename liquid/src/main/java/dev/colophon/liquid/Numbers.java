package dev.colophon.liquid;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Ruby's numbers for Liquid's values: reading a number from any value as Liquid's filters do, and comparing
 * numbers of any kind by value. Integers are Long (BigInteger past a long), floats Double, and what number
 * filters compute with BigDecimal, as Ruby Liquid computes with BigDecimal.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * Liquid's {@code Utils.to_number}: numbers as they are (floats as BigDecimal), a string of the form
     * {@code -1.5} as a BigDecimal, any other string as Ruby's {@code to_i} reads it, anything else 0.
     */
    public static Number toNumber(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return d;
            }
            return new BigDecimal(Double.toString(d));
        }
        if (value instanceof BigDecimal || value instanceof Long || value instanceof BigInteger) {
            return (Number) value;
        }
        if (Values.isInteger(value)) {
            return ((Number) value).longValue();
        }
        if (value instanceof CharSequence s) {
            String text = s.toString().strip();
            if (text.matches("-?\\d+\\.\\d+")) {
                return new BigDecimal(text);
            }
            return toI(text);
        }
        return 0L;
    }

    /** Ruby's {@code String#to_i}: the leading integer, after white space; 0 when there is none. */
    public static Number toI(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < n && (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128
                || text.charAt(i) == '_' && i > digits && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        if (i == digits) {
            return 0L;
        }
        return integer(new BigInteger(text.substring(start, i).replace("_", "")));
    }

    /** A BigInteger as a Long when it fits. */
    public static Number integer(BigInteger value) {
        return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }

    /**
     * Liquid's {@code Utils.to_integer}: an integer as it is, anything else read from its text as Ruby's
     * {@code Integer()} does, or an error {@code invalid integer}.
     */
    public static long toInteger(Object value) {
        if (Values.isInteger(value)) {
            return ((Number) value).longValue();
        }
        String text = Texts.toS(value).strip();
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw LiquidException.argument("invalid integer");
        }
    }

    /** A computed number as a Liquid value: integers as Long, BigDecimal as Double (Ruby's {@code to_f}). */
    public static Object fromNumber(Number n) {
        if (n instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (n instanceof BigInteger b) {
            return integer(b);
        }
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        return n;
    }

    /** Numbers of any kind compared by value; NaN is above everything, as a total order needs. */
    public static int compareNumbers(Number a, Number b) {
        if (a instanceof Long && b instanceof Long) {
            return Long.compare(a.longValue(), b.longValue());
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.compare(x, y);
        }
        return toBig(a).compareTo(toBig(b));
    }

    private static BigDecimal toBig(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}
