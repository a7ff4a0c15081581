package dev.colophon.html.liquid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Jekyll's {@code sort}: {@code array | sort}, {@code array | sort: "property"}, and
 * {@code array | sort: "property", "last"} — items without the property go first (or last, as asked)
 * instead of failing the build, and numbers compare as numbers.
 */
final class Sorting {

    private Sorting() {
    }

    static Object sort(Filter filter, Object value, TemplateContext context, Object... params) {
        if (value == null) {
            return null;
        }
        if (!filter.isArray(value)) {
            return value;
        }
        List<Object> items = new ArrayList<>(Arrays.asList(filter.asArray(value, context)));
        String property = params.length > 0 && params[0] != null ? filter.asString(params[0], context) : null;
        boolean nilsLast = params.length > 1 && "last".equals(filter.asString(params[1], context));
        Comparator<Object> values = Comparator.nullsFirst(Sorting::compare);
        if (nilsLast) {
            values = Comparator.nullsLast(Sorting::compare);
        }
        if (property == null) {
            items.sort(values);
        } else {
            Comparator<Object> byProperty = values;
            items.sort((a, b) -> byProperty.compare(property(a, property), property(b, property)));
        }
        return items;
    }

    private static Object property(Object item, String property) {
        return item instanceof Map<?, ?> map ? map.get(property) : null;
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (a instanceof java.time.temporal.TemporalAccessor && b instanceof java.time.temporal.TemporalAccessor) {
            return java.time.Instant.from((java.time.temporal.TemporalAccessor) a)
                    .compareTo(java.time.Instant.from((java.time.temporal.TemporalAccessor) b));
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
