package dev.colophon.liquid.filter;

import dev.colophon.liquid.Values;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A value as a key of a Ruby hash, as {@code uniq} groups items: equal when Ruby's {@code eql?} says so, so
 * {@code 1} and {@code 1.0} differ while arrays and hashes compare by content.
 */
final class RubyKey {

    private final Object value;

    RubyKey(Object value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RubyKey key && eql(value, key.value, 0);
    }

    @Override
    public int hashCode() {
        return hash(value, 0);
    }

    private static boolean eql(Object a, Object b, int depth) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || depth > 100) {
            return false;
        }
        if (Values.isInteger(a) || Values.isInteger(b)) {
            return Values.isInteger(a) && Values.isInteger(b) && big(a).equals(big(b));
        }
        if (Values.isFloat(a) || Values.isFloat(b)) {
            return Values.isFloat(a) && Values.isFloat(b)
                    && Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue()) == 0;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().equals(y.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!eql(x.get(i), y.get(i), depth + 1)) {
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
                if (!y.containsKey(e.getKey()) || !eql(e.getValue(), y.get(e.getKey()), depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static int hash(Object v, int depth) {
        if (v == null || depth > 100) {
            return 0;
        }
        if (Values.isInteger(v)) {
            return big(v).hashCode();
        }
        if (Values.isFloat(v)) {
            return Double.hashCode(((Number) v).doubleValue());
        }
        if (v instanceof CharSequence s) {
            return s.toString().hashCode();
        }
        if (v instanceof List<?> list) {
            int h = 1;
            for (Object item : list) {
                h = 31 * h + hash(item, depth + 1);
            }
            return h;
        }
        if (v instanceof Map<?, ?> map) {
            int h = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                h += hash(e.getKey(), depth + 1) ^ hash(e.getValue(), depth + 1);
            }
            return h;
        }
        return v.hashCode();
    }

    private static BigInteger big(Object integer) {
        return integer instanceof BigInteger b ? b : BigInteger.valueOf(((Number) integer).longValue());
    }
}
