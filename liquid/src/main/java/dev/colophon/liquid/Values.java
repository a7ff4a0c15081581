package dev.colophon.liquid;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZonedDateTime;
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
 * included), {@link Map} (Hash), {@link Drop}, and dates ({@link TemporalAccessor}, Time). Here: their kinds,
 * truth, equality and order, items and properties; {@link Numbers} reads numbers, {@link Texts} writes text.
 */
public final class Values {

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

    /**
     * Liquid's {@code Utils.to_date}: a time as it is (a date alone at midnight in the render's zone),
     * {@code now}/{@code today} as the render's clock, epoch seconds, or text as Ruby's {@code Time.parse}
     * reads it; null where Ruby gives nil.
     */
    public static ZonedDateTime toDate(Object value, Context context) {
        return dev.colophon.liquid.filter.StandardFilters.toDate(value, context);
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
            return Numbers.compareNumbers((Number) a, (Number) b) == 0;
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

    /**
     * Ruby's {@code <=>} where it is defined (numbers with numbers, strings with strings, by code point);
     * an error {@code comparison of Integer with String failed} elsewhere.
     */
    public static int compare(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return Numbers.compareNumbers((Number) a, (Number) b);
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
        return immediate ? (b == null ? "nil" : Texts.inspect(b)) : typeName(b);
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

    // ---- collections

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
     * Ruby's {@code Array(value)} after {@code flatten}, as list filters read their input (Liquid's
     * InputIterator): a new list, arrays in it opened, a range as its numbers but a range inside an array kept
     * whole (Ruby's flatten opens arrays only), another collection as its items, nil as none, anything else
     * (a hash too) as itself alone.
     */
    public static List<Object> flatList(Object value) {
        List<Object> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof Range range) {
            out.addAll(range);
        } else if (value instanceof List<?> list) {
            flatten(list, out, 0);
        } else if (value instanceof Collection<?> collection) {
            out.addAll(collection);
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
            if (item instanceof List<?> inner && !(item instanceof Range)) {
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
