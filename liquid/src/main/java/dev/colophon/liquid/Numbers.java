package dev.colophon.liquid;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Ruby's numbers for Liquid's values: reading a number from any value as Liquid's filters do, and comparing
 * numbers of any kind by value. Integers are Long (BigInteger past a long), floats Double, and what number
 * filters compute with BigDecimal, as Ruby Liquid computes with BigDecimal.
 */
public final class Numbers {

    /**
     * The most digits an integer may be written with. Java reads and multiplies big integers in quadratic
     * time (a million digits take half a minute to read), so a template could stall a build with one long
     * string of digits or a number squared in a loop; no site needs more digits than this (Python bounds
     * its integers' text the same way, to 4,300 digits).
     */
    public static final int MAX_DIGITS = 10_000;

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
                checkDigits(text.length());
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
        return integer(parseInteger(text.substring(start, i).replace("_", ""), 10));
    }

    /**
     * An integer's digits (with an optional sign) in a radix, as Java's BigInteger reads them; an error past
     * {@link #MAX_DIGITS}.
     *
     * @throws NumberFormatException when the text is not an integer
     */
    public static BigInteger parseInteger(String digits, int radix) {
        checkDigits(digits.length());
        return new BigInteger(digits, radix);
    }

    /**
     * A BigInteger as a Long when it fits; an error when it has more than {@link #MAX_DIGITS} digits, as a
     * number squared in a loop soon has.
     */
    public static Number integer(BigInteger value) {
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        // log2(10) is about 3.32: a cheap bound on the digits, without writing them.
        checkDigits((int) (value.bitLength() / 3.3219280948873626));
        return value;
    }

    private static void checkDigits(int count) {
        if (count > MAX_DIGITS) {
            throw new LiquidException(LiquidException.Kind.LIMIT,
                    "a number of more than " + MAX_DIGITS + " digits");
        }
    }

    /**
     * Liquid's {@code Utils.to_integer}: an integer as it is, anything else read from its text as Ruby's
     * {@code Integer()} does, or an error {@code invalid integer}.
     */
    public static long toInteger(Object value) {
        if (value instanceof BigInteger big) {
            // A Bignum as a loop's limit or offset: clamped, as no list is that long.
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
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
