package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.Signature.arg;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code sort} (Ruby's {@code <=>}) and {@code sort_natural} (case-insensitive, on the items' text). Nil sorts
 * last; items Ruby cannot compare are an error. With a property, every item must have {@code []}, or the
 * filter gives nil.
 */
final class SortFilters {

    private SortFilters() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("sort", Signature.of(0, 1, (in, a, c) -> sort(in, a, SortFilters::compare)));
        filters.put("sort_natural", Signature.of(0, 1, (in, a, c) -> sort(in, a, SortFilters::casecmp)));
    }

    private static Object sort(Object input, List<Object> args, Comparator<Object> order) {
        try {
            return sorted(input, args, order);
        } catch (IllegalArgumentException e) {
            // Java's sort noticed an order that is not one, which only values Ruby cannot compare make.
            throw LiquidException.argument("cannot sort values of incompatible types");
        }
    }

    private static Object sorted(Object input, List<Object> args, Comparator<Object> order) {
        List<Object> items = Items.of(input);
        Object property = arg(args, 0);
        if (items.isEmpty()) {
            return items;
        }
        if (property == null) {
            items.sort(order);
            return items;
        }
        // Ruby asks every item for [] first, then sorts: one item is never compared, so never indexed.
        if (!items.stream().allMatch(Items::hasIndex)) {
            return null;
        }
        if (items.size() == 1) {
            return items;
        }
        List<Object> keys = new ArrayList<>(items.size());
        for (Object item : items) {
            keys.add(Items.index(item, property));
        }
        List<Integer> positions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            positions.add(i);
        }
        positions.sort((x, y) -> order.compare(keys.get(x), keys.get(y)));
        List<Object> out = new ArrayList<>(items.size());
        for (int i : positions) {
            out.add(items.get(i));
        }
        return out;
    }

    /** Liquid's {@code nil_safe_compare}. */
    private static int compare(Object a, Object b) {
        Integer result = spaceship(a, b, 0);
        if (result != null) {
            return result;
        }
        if (a == null) {
            return 1;
        }
        if (b == null) {
            return -1;
        }
        throw LiquidException.argument("cannot sort values of incompatible types");
    }

    /** Liquid's {@code nil_safe_casecmp}. */
    private static int casecmp(Object a, Object b) {
        if (a != null && b != null) {
            return RubyText.casecmp(Texts.toS(a), Texts.toS(b));
        }
        return a == null && b == null ? 0 : a == null ? 1 : -1;
    }

    /** Ruby's {@code a <=> b}: null where Ruby gives nil (the values cannot be compared). */
    private static Integer spaceship(Object a, Object b, int depth) {
        if (Values.isNumber(a) && Values.isNumber(b)) {
            if (Double.isNaN(((Number) a).doubleValue()) || Double.isNaN(((Number) b).doubleValue())) {
                return null;
            }
            return Integer.signum(Numbers.compareNumbers((Number) a, (Number) b));
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return Integer.signum(Values.compareStrings(x.toString(), y.toString()));
        }
        if (a instanceof List<?> x && b instanceof List<?> y && depth < 100) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                Integer c = spaceship(x.get(i), y.get(i), depth + 1);
                if (c == null || c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof TemporalAccessor && b instanceof TemporalAccessor) {
            try {
                return Integer.signum(Values.compare(a, b));
            } catch (LiquidException e) {
                return null;
            }
        }
        // Object#<=>: equal objects are 0, anything else cannot be compared.
        return Values.equal(a, b) ? 0 : null;
    }
}
