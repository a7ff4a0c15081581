package dev.colophon.html.liquid;

import static dev.colophon.html.liquid.JekyllFilters.arg;
import static dev.colophon.html.liquid.JekyllFilters.args;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Jekyll's {@code sort}: {@code array | sort}, {@code array | sort: "property"}, and
 * {@code array | sort: "property", "last"}. By a property, items without it go first (or last, as asked)
 * instead of failing the build, text that looks like a number sorts as one, and values Ruby cannot compare
 * are compared as text. Without a property, Ruby's own sort: values of different kinds are an error.
 */
final class Sorting {

    private Sorting() {
    }

    static Object sort(Object input, List<Object> args, Map<String, Object> options, Context context) {
        List<Object> a = args(args, options, 0, 2);
        if (input == null) {
            throw LiquidException.argument("Cannot sort a null object.");
        }
        if (!JekyllFilters.isArray(input) && !(input instanceof Map<?, ?>)) {
            throw LiquidException.argument("undefined method `sort' for " + Texts.inspect(input));
        }
        List<Object> items = new ArrayList<>(Values.items(input));
        Object property = arg(a, 0);
        if (property == null) {
            items.sort(Values::compare);
            return items;
        }
        Object nils = a.size() > 1 ? a.get(1) : "first";
        int order;
        if ("first".equals(nils)) {
            order = -1;
        } else if ("last".equals(nils)) {
            order = 1;
        } else {
            throw LiquidException.argument("Invalid nils order: '" + Texts.toS(nils)
                    + "' is not a valid nils order. It must be 'first' or 'last'.");
        }
        String name = Texts.toS(property);
        // Each item's property read once, as Jekyll's Schwartzian transform does.
        List<Object[]> keyed = new ArrayList<>(items.size());
        for (Object item : items) {
            keyed.add(new Object[] {CollectionFilters.property(item, name), item});
        }
        keyed.sort(Comparator.comparing((Object[] pair) -> pair[0], (x, y) -> compare(x, y, order)));
        List<Object> sorted = new ArrayList<>(keyed.size());
        for (Object[] pair : keyed) {
            sorted.add(pair[1]);
        }
        return sorted;
    }

    /** Jekyll's sort_input: nils before (order -1) or after (order 1); else Ruby's {@code <=>}, or as text. */
    private static int compare(Object a, Object b, int order) {
        if (a != null && b == null) {
            return -order;
        }
        if (a == null && b != null) {
            return order;
        }
        if (a == null) {
            return 0;
        }
        try {
            return Values.compare(a, b);
        } catch (LiquidException e) {
            return Values.compareStrings(Texts.toS(a), Texts.toS(b));
        }
    }
}
