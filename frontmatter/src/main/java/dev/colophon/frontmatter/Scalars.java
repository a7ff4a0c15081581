package dev.colophon.frontmatter;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules that turn scalar text into values, kept narrow so that scalars stay as written. */
final class Scalars {

    /** Longer numbers stay strings: such digits are ids rather than amounts, and this bounds parsing. */
    private static final int MAX_NUMBER_LENGTH = 64;

    private static final Pattern INTEGER = Pattern.compile("[-+]?(?:0|[1-9][0-9_]*)");

    /** Decimal floats; at most three exponent digits, so that {@code toPlainString()} stays short. */
    private static final Pattern DECIMAL = Pattern.compile(
            "[-+]?(?:(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?|\\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]{1,3})?");

    private static final Pattern INFINITY_OR_NAN = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");

    private Scalars() {
    }

    /**
     * The value of a plain (unquoted, untagged) scalar: {@code null}, a {@link Boolean}, a {@link Long}, a
     * {@link BigDecimal} built from the text, or else the text itself, so dates, {@code yes}, {@code .inf}
     * and integers too big for a long stay as written.
     */
    static Object plain(String text) {
        if (NULLS.contains(text)) {
            return null;
        }
        Boolean bool = bool(text);
        if (bool != null) {
            return bool;
        }
        if (INTEGER.matcher(text).matches()) {
            Object number = integer(text);
            return number instanceof Long ? number : text;
        }
        BigDecimal number = decimal(text);
        return number != null ? number : text;
    }

    /**
     * A boolean as Jekyll's YAML (Ruby's Psych) reads one, else {@code null}: {@code true}, {@code yes} and
     * {@code on} are true, {@code false}, {@code no} and {@code off} false, in any case; {@code y} and {@code n}
     * stay text. Sites are written for Jekyll: {@code show_excerpts: off} must be false, not a true string.
     */
    static Boolean bool(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on":
                return Boolean.TRUE;
            case "false", "no", "off":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** A decimal integer: a {@link Long}, a {@link BigDecimal} when too big for a long, else {@code null}. */
    static Object integer(String text) {
        if (text.length() > MAX_NUMBER_LENGTH || !INTEGER.matcher(text).matches()) {
            return null;
        }
        String digits = text.replace("_", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException tooBig) {
            return new BigDecimal(digits);
        }
    }

    /** A decimal integer or float as a {@link BigDecimal} that keeps the digits written, else {@code null}. */
    static BigDecimal decimal(String text) {
        if (text.length() > MAX_NUMBER_LENGTH || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace("_", ""));
    }

    /** Whether the text is YAML's infinity or not-a-number, which have no {@link BigDecimal}. */
    static boolean isInfinityOrNan(String text) {
        return INFINITY_OR_NAN.matcher(text).matches();
    }
}
