package dev.colophon.liquid.filter;

import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.math.BigInteger;

/**
 * Liquid's {@code Utils.to_integer}: an integer as it is, anything else through Ruby's {@code Integer(text)},
 * which takes a sign, underscores between digits, and the prefixes {@code 0x}, {@code 0b}, {@code 0o} and
 * {@code 0} (octal). Values past a long are clamped, as Liquid clamps slice indexes.
 */
final class RubyInteger {

    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private RubyInteger() {
    }

    static long of(Object value) {
        if (value instanceof BigInteger big) {
            return big.max(MIN).min(MAX).longValue();
        }
        if (Values.isInteger(value)) {
            return ((Number) value).longValue();
        }
        BigInteger parsed = parse(RubyText.strip(Texts.toS(value)));
        if (parsed == null) {
            throw LiquidException.argument("invalid integer");
        }
        return parsed.max(MIN).min(MAX).longValue();
    }

    private static BigInteger parse(String text) {
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i++) == '-';
        }
        int radix = 10;
        if (text.startsWith("0", i) && i + 1 < text.length()) {
            char p = Character.toLowerCase(text.charAt(i + 1));
            radix = switch (p) {
                case 'x' -> 16;
                case 'b' -> 2;
                case 'o' -> 8;
                case 'd' -> 10;
                default -> 8;
            };
            // A bare leading 0 means octal and stays among the digits ("0_7" is 7).
            i += "xbod".indexOf(p) >= 0 ? 2 : 0;
        }
        String digits = text.substring(i);
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) {
            return null;
        }
        try {
            BigInteger value = Numbers.parseInteger(digits.replace("_", ""), radix);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
