package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.Signature.arg;
import static dev.colophon.liquid.filter.Signature.given;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Range;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The filters of arrays: joining, taking items, reshaping, and the size of anything. */
final class ArrayFilters {

    private ArrayFilters() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("size", Signature.of(0, 0, (in, a, c) -> size(in)));
        filters.put("join", Signature.of(0, 1, ArrayFilters::join));
        filters.put("first", Signature.of(0, 0, (in, a, c) -> first(in)));
        filters.put("last", Signature.of(0, 0, (in, a, c) -> last(in)));
        filters.put("reverse", Signature.of(0, 0, (in, a, c) -> reverse(Items.of(in))));
        filters.put("concat", Signature.of(1, 0, ArrayFilters::concat));
        filters.put("map", Signature.of(1, 0, ArrayFilters::map));
        filters.put("compact", Signature.of(0, 1, ArrayFilters::compact));
        filters.put("uniq", Signature.of(0, 1, ArrayFilters::uniq));
    }

    /** {@code input.size} where Ruby has it: characters, items, entries, an integer's bytes; 0 elsewhere. */
    private static Object size(Object input) {
        if (input instanceof CharSequence text) {
            return (long) RubyText.length(text.toString());
        }
        if (input instanceof Collection<?> items) {
            return (long) items.size();
        }
        if (input instanceof Map<?, ?> map) {
            return (long) map.size();
        }
        if (input instanceof BigInteger big) {
            return (long) Math.max(8, (big.abs().bitLength() + 7) / 8);
        }
        return Values.isInteger(input) ? 8L : 0L;
    }

    private static Object join(Object input, List<Object> args, Context context) {
        String glue = given(args, 0) ? Texts.toS(args.get(0)) : " ";
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object item : Items.of(input)) {
            if (!first) {
                out.append(glue);
            }
            first = false;
            out.append(Texts.toS(item));
            if (context != null) {
                // A long glue between many items makes far more than the list holds.
                context.making(out.length());
            }
        }
        return out.toString();
    }

    /** A string's first character, an array's or range's first item, a hash's first entry as a pair. */
    private static Object first(Object input) {
        if (input instanceof CharSequence text) {
            return text.length() == 0 ? "" : RubyText.chars(text.toString(), 0, 1);
        }
        if (input instanceof List<?> list) {
            return list.isEmpty() ? null : list.get(0);
        }
        if (input instanceof Map<?, ?> map) {
            return Values.property(map, "first", true);
        }
        return null;
    }

    /** A string's last character, an array's or range's last item; hashes have no {@code last}. */
    private static Object last(Object input) {
        if (input instanceof CharSequence text) {
            String s = text.toString();
            return s.isEmpty() ? "" : s.substring(s.offsetByCodePoints(s.length(), -1));
        }
        if (input instanceof List<?> list) {
            return list.isEmpty() ? null : list.get(list.size() - 1);
        }
        return null;
    }

    private static List<Object> reverse(List<Object> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (int i = items.size() - 1; i >= 0; i--) {
            out.add(items.get(i));
        }
        return out;
    }

    /** The input's items and then the argument's, which must be an array (a range is not one in Ruby). */
    private static Object concat(Object input, List<Object> args, Context context) {
        if (!(args.get(0) instanceof List<?> more) || more instanceof Range) {
            throw LiquidException.argument("concat filter requires an array argument");
        }
        List<Object> out = Items.of(input);
        out.addAll(more);
        return out;
    }

    private static Object map(Object input, List<Object> args, Context context) {
        Object property = args.get(0);
        List<Object> out = new ArrayList<>();
        for (Object item : Items.of(input)) {
            if ("to_liquid".equals(property)) {
                out.add(item);
            } else {
                Object value = Items.index(item, property);
                out.add(value == Items.NO_METHOD ? null : value);
            }
        }
        return out;
    }

    /** Without a property, the items that are not nil; with one, the items whose property is not nil. */
    private static Object compact(Object input, List<Object> args, Context context) {
        List<Object> items = Items.of(input);
        Object property = arg(args, 0);
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            Object value = property == null ? item : Items.index(item, property);
            if (value == Items.NO_METHOD) {
                return null;
            }
            if (value != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** The first of each group of items equal as Ruby's {@code eql?} tells them (by a property when given). */
    private static Object uniq(Object input, List<Object> args, Context context) {
        List<Object> items = Items.of(input);
        Object property = arg(args, 0);
        if (items.size() <= 1) {
            return items; // Ruby's uniq calls its block only when there are two items or more
        }
        Set<RubyKey> seen = new LinkedHashSet<>();
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            Object key = property == null ? item : Items.index(item, property);
            if (key == Items.NO_METHOD) {
                return null;
            }
            if (seen.add(new RubyKey(key))) {
                out.add(item);
            }
        }
        return out;
    }

    /** {@code array.slice(start, length)}, or an empty array where Ruby gives nil. */
    static List<Object> slice(List<?> list, long start, long length) {
        int size = list.size();
        if (start < 0) {
            start += size;
        }
        if (start < 0 || start > size || length < 0) {
            return new ArrayList<>();
        }
        long end = Math.min(size, start + Math.min(length, size));
        return new ArrayList<>(list.subList((int) start, (int) end));
    }
}
