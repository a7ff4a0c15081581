package dev.colophon.liquid.filter;

import dev.colophon.liquid.Drop;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Range;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * How list filters see their input and its items: Liquid's {@code InputIterator} (an array flattened, a hash
 * as one item, nil as none, anything else as one item) and Ruby's {@code item[property]}.
 */
final class Items {

    /** What {@code item[property]} gives when the item has no {@code []} at all (Ruby's NoMethodError). */
    static final Object NO_METHOD = new Object();

    private Items() {
    }

    /** Liquid's {@code InputIterator}: a new list, never the input itself ({@link Values#flatList}). */
    static List<Object> of(Object input) {
        return Values.flatList(input);
    }

    /**
     * Ruby's {@code item[property]}: a hash's value, a drop's property, a string's substring or character, an
     * array's item, an integer's bit; {@link #NO_METHOD} for items without {@code []}; Liquid's
     * {@code cannot select the property} error where Ruby raises a TypeError.
     */
    /** Whether Ruby's item would respond to {@code []}: whether {@link #index} gives other than NO_METHOD. */
    static boolean hasIndex(Object item) {
        return item instanceof Map<?, ?> || item instanceof Drop || item instanceof CharSequence
                || item instanceof List<?> && !(item instanceof Range) || Values.isInteger(item);
    }

    static Object index(Object item, Object property) {
        if (item instanceof Map<?, ?> map) {
            return hashGet(map, property);
        }
        if (item instanceof Drop drop) {
            return drop.get(Texts.toS(property));
        }
        if (item instanceof CharSequence text) {
            return stringIndex(text.toString(), property);
        }
        if (item instanceof List<?> list && !(item instanceof Range)) {
            long at = integerIndex(property);
            if (at < 0) {
                at += list.size();
            }
            return at >= 0 && at < list.size() ? list.get((int) at) : null;
        }
        if (Values.isInteger(item)) {
            long bit = integerIndex(property);
            BigInteger value = item instanceof BigInteger b ? b : BigInteger.valueOf(((Number) item).longValue());
            return bit < 0 ? 0L : value.testBit((int) Math.min(bit, Integer.MAX_VALUE)) ? 1L : 0L;
        }
        return NO_METHOD;
    }

    private static Object hashGet(Map<?, ?> map, Object key) {
        Object k = key instanceof CharSequence s ? s.toString() : key;
        Object value = map.get(k);
        if (value != null || k == null || map.containsKey(k)) {
            return value;
        }
        // Ruby's Integer keys are one kind; Java's data may hold them as Integer or Long.
        if (k instanceof Long l && l == l.intValue()) {
            return map.get(l.intValue());
        }
        if (k instanceof Integer i) {
            return map.get(i.longValue());
        }
        return null;
    }

    private static Object stringIndex(String s, Object property) {
        if (property instanceof CharSequence sub) {
            return s.contains(sub) ? sub.toString() : null;
        }
        long at = integerIndex(property);
        String c = RubyText.slice(s, at, 1);
        return c == null || c.isEmpty() ? null : c;
    }

    /** A property used as an integer index, as Ruby converts it; the property error when it cannot be. */
    private static long integerIndex(Object property) {
        if (Values.isInteger(property)) {
            return ((Number) property).longValue();
        }
        if (property instanceof Double || property instanceof Float || property instanceof java.math.BigDecimal) {
            return (long) ((Number) property).doubleValue();
        }
        throw propertyError(property);
    }

    static LiquidException propertyError(Object property) {
        return LiquidException.argument("cannot select the property '" + Texts.toS(property) + "'");
    }
}
