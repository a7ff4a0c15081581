package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.Signature.arg;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filters that test each item's property: {@code where}, {@code reject}, {@code has}, {@code find},
 * {@code find_index}. With a value, an item matches when its property equals it; without one (or with nil),
 * when its property is truthy. As in Ruby Liquid, an item without {@code []} (nil, a number) makes the whole
 * filter give nil.
 */
final class SelectFilters {

    private SelectFilters() {
    }

    private enum Mode { WHERE, REJECT, HAS, FIND, FIND_INDEX }

    static void register(Map<String, Filter> filters) {
        filters.put("where", select(Mode.WHERE));
        filters.put("reject", select(Mode.REJECT));
        filters.put("has", select(Mode.HAS));
        filters.put("find", select(Mode.FIND));
        filters.put("find_index", select(Mode.FIND_INDEX));
    }

    private static Filter select(Mode mode) {
        return Signature.of(1, 1, (input, args, context) -> apply(mode, input, args, context));
    }

    private static Object apply(Mode mode, Object input, List<Object> args, Context context) {
        List<Object> items = Items.of(input);
        if (items.isEmpty()) {
            return switch (mode) {
                case WHERE, REJECT -> new ArrayList<>();
                case HAS -> false;
                case FIND, FIND_INDEX -> null;
            };
        }
        Object property = args.get(0);
        Object target = arg(args, 1);
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            Object value = Items.index(item, property);
            if (value == Items.NO_METHOD) {
                return null;
            }
            boolean match = target == null ? Values.truthy(value) : Values.equal(value, target);
            switch (mode) {
                case WHERE -> {
                    if (match) {
                        kept.add(item);
                    }
                }
                case REJECT -> {
                    if (!match) {
                        kept.add(item);
                    }
                }
                case HAS -> {
                    if (match) {
                        return true;
                    }
                }
                case FIND -> {
                    if (match) {
                        return item;
                    }
                }
                case FIND_INDEX -> {
                    if (match) {
                        return (long) i;
                    }
                }
            }
        }
        return switch (mode) {
            case WHERE, REJECT -> kept;
            case HAS -> false;
            case FIND, FIND_INDEX -> null;
        };
    }
}
