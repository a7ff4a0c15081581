package dev.colophon.html.liquid;

import static dev.colophon.html.liquid.JekyllFilters.arg;
import static dev.colophon.html.liquid.JekyllFilters.args;
import static dev.colophon.html.liquid.JekyllFilters.isArray;

import dev.colophon.liquid.Drop;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Jekyll's filters on arrays of items by a property: {@code where}, {@code find}, {@code group_by}; and its
 * copies of Ruby's Array methods: {@code pop}, {@code push}, {@code shift}, {@code unshift}, {@code sample}.
 * Jekyll's {@code where} and {@code find} differ from Ruby Liquid's: they compare the property's text
 * ({@code to_s}), match an array property holding the value, and read dotted properties.
 */
final class CollectionFilters {

    private static final Pattern INTEGER_LIKE = Pattern.compile("\\s*-?\\d+\\s*");
    private static final Pattern FLOAT_LIKE = Pattern.compile("\\s*-?(?:\\d+\\.?\\d*|\\.\\d+)\\s*");

    private CollectionFilters() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("where", (in, args, options, c) -> {
            List<Object> a = args(args, options, 2, 0);
            return where(in, a.get(0), a.get(1));
        });
        filters.put("find", (in, args, options, c) -> {
            List<Object> a = args(args, options, 2, 0);
            return find(in, a.get(0), a.get(1));
        });
        filters.put("group_by", (in, args, options, c) -> {
            String property = Texts.toS(args(args, options, 1, 0).get(0));
            return groupable(in) ? groups(groupItems(in), item -> Texts.toS(property(item, property))) : in;
        });
        filters.put("pop", (in, args, options, c) -> remove(in, args(args, options, 0, 1), false));
        filters.put("shift", (in, args, options, c) -> remove(in, args(args, options, 0, 1), true));
        filters.put("push", (in, args, options, c) -> add(in, args(args, options, 1, 0).get(0), false));
        filters.put("unshift", (in, args, options, c) -> add(in, args(args, options, 1, 0).get(0), true));
        filters.put("sample", (in, args, options, c) -> sample(in, args(args, options, 0, 1)));
    }

    // ---- where, find

    /** Jekyll's where: the items whose property, as text, is the value's text (or holds it, for an array). */
    private static Object where(Object input, Object property, Object value) {
        if (property == null || isArray(value) || value instanceof Map<?, ?> || !selectable(input)) {
            return input;
        }
        List<Object> kept = new ArrayList<>();
        for (Object item : selectItems(input)) {
            if (matches(property(item, Texts.toS(property)), value)) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** Jekyll's find: the first item where would keep, or nil. */
    private static Object find(Object input, Object property, Object value) {
        if (property == null || isArray(value) || value instanceof Map<?, ?> || !selectable(input)) {
            return input;
        }
        for (Object item : selectItems(input)) {
            if (matches(property(item, Texts.toS(property)), value)) {
                return item;
            }
        }
        return null;
    }

    /** Jekyll's compare_property_vs_target. */
    private static boolean matches(Object property, Object target) {
        if (target == null) {
            return property == null;
        }
        String text = Texts.toS(target);
        if (property instanceof CharSequence s) {
            return s.toString().equals(text);
        }
        for (Object each : property == null ? List.of() : isArray(property) ? (List<?>) property : List.of(property)) {
            if (Texts.toS(each).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** What Ruby's {@code select} and {@code find} work on: arrays and hashes. */
    static boolean selectable(Object input) {
        return isArray(input) || input instanceof Map<?, ?>;
    }

    /** The items Jekyll selects from: an array's, a hash's values. */
    static List<Object> selectItems(Object input) {
        if (input instanceof Map<?, ?> map) {
            return new ArrayList<>(map.values());
        }
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) input;
        return items;
    }

    // ---- group_by

    /** What Ruby's {@code group_by} works on: arrays, and hashes as their {@code [key, value]} pairs. */
    static boolean groupable(Object input) {
        return selectable(input);
    }

    static List<Object> groupItems(Object input) {
        return Values.items(input);
    }

    /** Jekyll's grouped_array: {name, items, size} for each group, in the order the groups first appear. */
    static List<Object> groups(List<Object> items, Function<Object, Object> key) {
        Map<RubyKey, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : items) {
            groups.computeIfAbsent(new RubyKey(key.apply(item)), k -> new ArrayList<>()).add(item);
        }
        List<Object> out = new ArrayList<>(groups.size());
        groups.forEach((name, members) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", name.value());
            group.put("items", members);
            group.put("size", (long) members.size());
            out.add(group);
        });
        return out;
    }

    /** A group's name as Ruby's Hash tells names apart: {@code 1} and {@code 1.0} are one, "1" another. */
    private record RubyKey(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof RubyKey k && Values.typeName(k.value).equals(Values.typeName(value))
                    && Values.equal(k.value, value);
        }

        @Override
        public int hashCode() {
            return Values.isNumber(value) ? Double.hashCode(((Number) value).doubleValue())
                    : value == null ? 0 : Texts.toS(value).hashCode();
        }
    }

    // ---- item_property

    /**
     * Jekyll's item_property: {@code item[property]}, a dotted property followed key by key (false where a
     * step has no {@code []}, as Ruby's {@code respond_to?(:[]) && ...} gives), and text that looks like a
     * number read as one, so that {@code "10"} sorts after {@code "9"}.
     */
    static Object property(Object item, String property) {
        Object value;
        if (property.indexOf('.') < 0) {
            value = index(item, property);
        } else {
            value = item;
            for (String key : property.split("\\.", -1)) {
                value = indexable(value) ? index(value, key) : Boolean.FALSE;
            }
        }
        return numberLike(value);
    }

    private static boolean indexable(Object value) {
        return value instanceof Map<?, ?> || value instanceof Drop || value instanceof List<?> || value instanceof CharSequence;
    }

    private static Object index(Object item, String key) {
        if (item instanceof Map<?, ?> map) {
            return map.get(key);
        }
        if (item instanceof Drop drop) {
            return drop.get(key);
        }
        if (item instanceof CharSequence text) {
            return text.toString().contains(key) ? key : null;
        }
        if (item instanceof List<?> list) {
            throw LiquidException.argument("no implicit conversion of String into Integer");
        }
        return null;
    }

    /** Jekyll's parse_sort_input. */
    private static Object numberLike(Object value) {
        if (value == null) {
            return null;
        }
        String text = Texts.toS(value);
        if (INTEGER_LIKE.matcher(text).matches()) {
            return Numbers.toI(text);
        }
        if (FLOAT_LIKE.matcher(text).matches()) {
            return Double.parseDouble(text.strip());
        }
        return value;
    }

    // ---- Array methods

    /** pop and shift: a copy without the last (first) {@code n} items, one by default. */
    private static Object remove(Object input, List<Object> args, boolean first) {
        if (!isArray(input)) {
            return input;
        }
        long n = args.isEmpty() ? 1 : Numbers.toInteger(args.get(0));
        if (n < 0) {
            throw LiquidException.argument("negative array size");
        }
        List<?> list = (List<?>) input;
        int drop = (int) Math.min(n, list.size());
        return new ArrayList<Object>(first ? list.subList(drop, list.size()) : list.subList(0, list.size() - drop));
    }

    /** push and unshift: a copy with the item added at the end (start). */
    private static Object add(Object input, Object item, boolean first) {
        if (!isArray(input)) {
            return input;
        }
        List<Object> out = new ArrayList<>((List<?>) input);
        out.add(first ? 0 : out.size(), item);
        return out;
    }

    /** One random item (nil for none), or with a count other than 1, that many in random order. */
    private static Object sample(Object input, List<Object> args) {
        if (!isArray(input)) {
            return input;
        }
        List<Object> items = new ArrayList<>((List<?>) input);
        long n;
        try {
            n = args.isEmpty() ? 1 : Numbers.toInteger(arg(args, 0));
        } catch (LiquidException e) {
            n = 1; // Jekyll: "num = Liquid::Utils.to_integer(num) rescue 1"
        }
        if (n == 1) {
            return items.isEmpty() ? null : items.get(ThreadLocalRandom.current().nextInt(items.size()));
        }
        if (n < 0) {
            throw LiquidException.argument("negative sample number");
        }
        Collections.shuffle(items, ThreadLocalRandom.current());
        return new ArrayList<>(items.subList(0, (int) Math.min(items.size(), n)));
    }
}
