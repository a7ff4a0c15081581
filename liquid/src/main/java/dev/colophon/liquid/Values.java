package dev.colophon.liquid;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Ruby's meaning of Liquid's values, for the engine and for filters. Values are Java's: null (nil),
 * {@link Boolean}, {@link Long} and the other integer types (Integer), {@link Double} (Float),
 * {@link BigDecimal} (what number filters compute with), {@link String}, {@link List} (Array, {@link Range}
 * included), {@link Map} (Hash), {@link Drop}, and dates ({@link TemporalAccessor}, Time).
 */
public final class Values {

    private static final DateTimeFormatter RUBY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx");

    private Values() {
    }

    // ---- kinds

    /** Ruby's Integer: the Java integer types. */
    public static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    /** Ruby's Float: Double, Float, and BigDecimal. */
    public static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }

    public static boolean isNumber(Object value) {
        return isInteger(value) || isFloat(value);
    }

    /** Ruby's class name of a value, for messages: {@code comparison of Integer with String failed}. */
    public static String typeName(Object value) {
        if (value == null) {
            return "NilClass";
        }
        if (value instanceof Boolean b) {
            return b ? "TrueClass" : "FalseClass";
        }
        if (isInteger(value)) {
            return "Integer";
        }
        if (value instanceof BigDecimal) {
            return "BigDecimal";
        }
        if (isFloat(value)) {
            return "Float";
        }
        if (value instanceof CharSequence) {
            return "String";
        }
        if (value instanceof Range) {
            return "Range";
        }
        if (value instanceof List<?>) {
            return "Array";
        }
        if (value instanceof Map<?, ?>) {
            return "Hash";
        }
        if (value instanceof TemporalAccessor) {
            return "Time";
        }
        return value.getClass().getSimpleName();
    }

    // ---- truth, emptiness

    /** Liquid's truth: everything but nil and false. */
    public static boolean truthy(Object value) {
        return value != null && value != Boolean.FALSE && !(value instanceof Boolean b && !b);
    }

    /** Liquid's {@code empty}: an empty string, array or hash. */
    public static boolean isEmpty(Object value) {
        if (value instanceof CharSequence s) {
            return s.length() == 0;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        return false;
    }

    /** Liquid's {@code blank}: nil, false, a string of white space only, an empty array or hash. */
    public static boolean isBlank(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return true;
        }
        if (value instanceof CharSequence s) {
            return s.toString().isBlank();
        }
        return isEmpty(value);
    }

    // ---- text

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
        if (value instanceof Range || value instanceof Boolean || isInteger(value)) {
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

    private static void inspect(Object value, StringBuilder out, int depth) {
        if (depth > 100) {
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

    /**
     * Liquid's {@code Utils.to_date}: a time as it is (a date alone at midnight in the render's zone),
     * {@code now}/{@code today} as the render's clock, epoch seconds, or text as Ruby's {@code Time.parse}
     * reads it; null where Ruby gives nil.
     */
    public static ZonedDateTime toDate(Object value, Context context) {
        return dev.colophon.liquid.filter.StandardFilters.toDate(value, context);
    }

    // ---- numbers

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
        if (isInteger(value)) {
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
        if (isInteger(value)) {
            return ((Number) value).longValue();
        }
        String text = toS(value).strip();
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

    // ---- comparison

    /** Ruby's {@code ==} for Liquid values: numbers by value across kinds, lists and maps by content. */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers((Number) a, (Number) b) == 0;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().equals(y.toString());
        }
        if (a instanceof Range || b instanceof Range) {
            return a.equals(b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
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

    /**
     * Ruby's {@code <=>} where it is defined (numbers with numbers, strings with strings, by code point);
     * an error {@code comparison of Integer with String failed} elsewhere.
     */
    public static int compare(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers((Number) a, (Number) b);
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return compareStrings(x.toString(), y.toString());
        }
        if (a instanceof TemporalAccessor x && b instanceof TemporalAccessor y
                && x instanceof Comparable<?> && x.getClass() == y.getClass()) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) x;
            return c.compareTo(y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        throw LiquidException.argument("comparison of " + typeName(a) + " with " + cmperrName(b) + " failed");
    }

    /**
     * How Ruby's {@code rb_cmperr} names the right operand: immediate values (nil, booleans, fixnums, floats)
     * inspected, any other object by its class ({@code comparison of Integer with String failed}).
     */
    private static String cmperrName(Object b) {
        boolean fixnum = (b instanceof Long || b instanceof Integer || b instanceof Short || b instanceof Byte)
                && ((Number) b).longValue() >= -(1L << 62) && ((Number) b).longValue() < (1L << 62);
        boolean immediate = b == null || b instanceof Boolean || fixnum || b instanceof Double || b instanceof Float;
        return immediate ? (b == null ? "nil" : inspect(b)) : typeName(b);
    }

    /** Ruby's String comparison: by bytes of UTF-8, which is by code point. */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(i);
            if (x != y) {
                return Integer.compare(x, y);
            }
            if (Character.isSupplementaryCodePoint(x)) {
                i++;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Whether {@code <}, {@code >} and the others are defined between two values (Ruby raises otherwise). */
    public static boolean comparable(Object a, Object b) {
        return isNumber(a) && isNumber(b) || a instanceof CharSequence && b instanceof CharSequence;
    }

    // ---- collections

    /** The number of items, characters or entries; null for values without a size. */
    public static Object size(Object value) {
        if (value instanceof CharSequence s) {
            return (long) s.toString().codePointCount(0, s.length());
        }
        if (value instanceof Collection<?> c) {
            return (long) c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return (long) m.size();
        }
        return null;
    }

    /**
     * The items a {@code for} loop or a list filter walks: a list as it is, a hash as its entries as
     * {@code [key, value]} pairs, a string as itself alone (none when empty), anything else none.
     */
    public static List<Object> items(Object value) {
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) list;
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            List<Object> exact = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                List<Object> pair = new ArrayList<>(2);
                pair.add(e.getKey());
                pair.add(e.getValue());
                exact.add(pair);
            }
            return exact;
        }
        if (value instanceof CharSequence s) {
            return s.length() == 0 ? List.of() : List.of(s.toString());
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> out = new ArrayList<>();
            for (Iterator<?> i = iterable.iterator(); i.hasNext(); ) {
                out.add(i.next());
            }
            return out;
        }
        return List.of();
    }

    /**
     * Ruby's {@code Array(value)} after {@code flatten}, as list filters read their input: a list flattened,
     * nil as none, a hash as itself alone, anything else as itself alone.
     */
    public static List<Object> flatList(Object value) {
        List<Object> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof List<?> list) {
            flatten(list, out, 0);
        } else {
            out.add(value);
        }
        return out;
    }

    private static void flatten(List<?> list, List<Object> out, int depth) {
        if (depth > 100) {
            throw new LiquidException(LiquidException.Kind.STACK_LEVEL, "Nesting too deep");
        }
        for (Object item : list) {
            if (item instanceof List<?> inner) {
                flatten(inner, out, depth + 1);
            } else {
                out.add(item);
            }
        }
    }

    /**
     * A property of an object, as {@code object.key} or {@code object["key"]} reads it: a hash's entry, a
     * drop's property, an array's item at an integer index (negative from the end). {@code size},
     * {@code first} and {@code last} are commands of arrays, hashes and strings when not in square brackets
     * (and, for hashes, when the hash has no such key). Null when there is none.
     */
    public static Object property(Object object, Object key, boolean command) {
        if (object instanceof Map<?, ?> map) {
            Object value = map.get(key instanceof CharSequence s ? s.toString() : key);
            if (value != null || map.containsKey(key)) {
                return value;
            }
            if (isInteger(key) && map.containsKey(key.toString())) {
                return map.get(key.toString());
            }
            if (command && key instanceof String name) {
                switch (name) {
                    case "size":
                        return (long) map.size();
                    case "first":
                        if (map.isEmpty()) {
                            return null;
                        }
                        Map.Entry<?, ?> e = map.entrySet().iterator().next();
                        List<Object> pair = new ArrayList<>(2);
                        pair.add(e.getKey());
                        pair.add(e.getValue());
                        return pair;
                    default:
                        return null;
                }
            }
            return null;
        }
        if (object instanceof Drop drop) {
            if (key instanceof CharSequence s) {
                return drop.get(s.toString());
            }
            return isInteger(key) ? drop.get(key.toString()) : null;
        }
        if (object instanceof List<?> list) {
            if (isInteger(key)) {
                long index = ((Number) key).longValue();
                if (index < 0) {
                    index += list.size();
                }
                return index >= 0 && index < list.size() ? list.get((int) index) : null;
            }
            if (command && key instanceof String name) {
                return switch (name) {
                    case "size" -> (long) list.size();
                    case "first" -> list.isEmpty() ? null : list.get(0);
                    case "last" -> list.isEmpty() ? null : list.get(list.size() - 1);
                    default -> null;
                };
            }
            return null;
        }
        if (object instanceof CharSequence s && command && "size".equals(key)) {
            return (long) s.toString().codePointCount(0, s.length());
        }
        return null;
    }
}
