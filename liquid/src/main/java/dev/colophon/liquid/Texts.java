package dev.colophon.liquid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Liquid's values as Ruby writes them: {@code to_s} (what filters read as text), what an output writes
 * (arrays joined), {@code inspect}, and Float's and Time's own forms.
 */
public final class Texts {

    private static final DateTimeFormatter RUBY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx");

    private Texts() {
    }

    /** Ruby's {@code to_s}: arrays and hashes as {@code inspect} writes them. */
    public static String toS(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return floatToS(d);
        }
        if (value instanceof Float f) {
            return floatToS(f.doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return floatToS(d.doubleValue());
        }
        if (value instanceof Range || value instanceof Boolean || Values.isInteger(value)) {
            return value.toString();
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return inspect(value);
        }
        if (value instanceof TemporalAccessor t) {
            return timeToS(t);
        }
        return value.toString();
    }

    /** What {@code {{ value }}} writes: {@link #toS}, except that arrays are joined, their arrays too. */
    public static String output(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list && !(value instanceof Range)) {
            StringBuilder out = new StringBuilder();
            join(list, out);
            return out.toString();
        }
        return toS(value);
    }

    private static void join(List<?> list, StringBuilder out) {
        for (Object item : list) {
            if (item instanceof List<?> inner && !(item instanceof Range)) {
                join(inner, out);
            } else {
                out.append(toS(item));
            }
        }
    }

    /** Ruby's {@code inspect}: {@code ["a", 1, nil]}, {@code {"a"=>1}}. */
    public static String inspect(Object value) {
        StringBuilder out = new StringBuilder();
        inspect(value, out, 0);
        return out.toString();
    }

    /**
     * How deep {@code inspect} goes into arrays in arrays: as deep as a data file may nest (JSON's 1,000
     * levels) and as {@code jsonify} goes, far above any real value, and a clear error instead of a stack
     * overflow for the arrays a loop nests without end.
     */
    private static final int INSPECT_DEPTH = 1_000;

    private static void inspect(Object value, StringBuilder out, int depth) {
        if (depth > INSPECT_DEPTH) {
            throw new LiquidException(LiquidException.Kind.STACK_LEVEL, "Nesting too deep");
        }
        if (value == null) {
            out.append("nil");
        } else if (value instanceof CharSequence s) {
            quote(s.toString(), out);
        } else if (value instanceof Range) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                inspect(list.get(i), out, depth + 1);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                inspect(e.getKey(), out, depth + 1);
                out.append("=>");
                inspect(e.getValue(), out, depth + 1);
            }
            out.append('}');
        } else {
            out.append(toS(value));
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\u000b' -> out.append("\\v");
                case '\u0007' -> out.append("\\a");
                case '\u001b' -> out.append("\\e");
                case '\b' -> out.append("\\b");
                case '#' -> {
                    char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                    out.append(next == '{' || next == '$' || next == '@' ? "\\#" : "#");
                }
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Ruby's {@code Float#to_s}: {@code 1.0}, {@code 0.1}, {@code 1.0e+16}, {@code 1.0e-05}. */
    public static String floatToS(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = exact.unscaledValue().toString();
        // value = 0.DIGITS x 10^decimalPoint
        int decimalPoint = digits.length() - exact.scale();
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (decimalPoint > 0 && decimalPoint <= 16) {
            if (digits.length() <= decimalPoint) {
                out.append(digits).append("0".repeat(decimalPoint - digits.length())).append(".0");
            } else {
                out.append(digits, 0, decimalPoint).append('.').append(digits, decimalPoint, digits.length());
            }
        } else if (decimalPoint <= 0 && decimalPoint > -4) {
            out.append("0.").append("0".repeat(-decimalPoint)).append(digits);
        } else {
            out.append(digits.charAt(0)).append('.').append(digits.length() > 1 ? digits.substring(1) : "0");
            int exponent = decimalPoint - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            String e = Integer.toString(Math.abs(exponent));
            out.append(e.length() < 2 ? "0" + e : e);
        }
        return out.toString();
    }

    /** Ruby's {@code Time#to_s}: {@code 2021-03-26 09:30:00 +0100}; a date alone as {@code 2021-03-26}. */
    public static String timeToS(TemporalAccessor time) {
        if (time instanceof LocalDate date) {
            return date.toString();
        }
        if (time instanceof LocalDateTime local) {
            return RUBY_TIME.format(local.atZone(java.time.ZoneOffset.UTC));
        }
        if (time instanceof ZonedDateTime || time instanceof OffsetDateTime) {
            return RUBY_TIME.format(time);
        }
        return time.toString();
    }
}
