package dev.colophon.html.liquid;

import static dev.colophon.html.liquid.JekyllFilters.args;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Jekyll's filters that run a Liquid expression on each item, the item bound to a variable:
 * {@code where_exp} and {@code find_exp} test a condition as {@code if} does ({@code p.age > 30 and p.team ==
 * "a"}), {@code group_by_exp} groups by a value with filters ({@code p.date | date: "%Y"}), the groups' names
 * keeping the value's type as in Jekyll ({@code 2}, not {@code "2"}).
 *
 * <p>Each expression is parsed once per filter set and kept: a site's templates use a handful, rendered for
 * thousands of pages. The caches are bounded, since a template may build its expressions.
 */
final class ExpressionFilters {

    /** Expressions kept beyond this many are parsed each time without being kept. */
    private static final int KEPT = 256;

    /** Conditions by their text. */
    private final Map<String, Predicate<Context>> conditions = new ConcurrentHashMap<>();
    /** Values by their text. */
    private final Map<String, Expression> values = new ConcurrentHashMap<>();

    void register(Map<String, Filter> filters) {
        filters.put("where_exp", (in, args, options, context) -> {
            List<Object> a = args(args, options, 2, 0);
            if (!CollectionFilters.selectable(in)) {
                return in;
            }
            Predicate<Context> condition = condition(Texts.toS(a.get(1)), context);
            List<Object> kept = new ArrayList<>();
            for (Object item : CollectionFilters.selectItems(in)) {
                if (test(condition, Texts.toS(a.get(0)), item, context)) {
                    kept.add(item);
                }
            }
            return kept;
        });
        filters.put("find_exp", (in, args, options, context) -> {
            List<Object> a = args(args, options, 2, 0);
            if (!CollectionFilters.selectable(in)) {
                return in;
            }
            Predicate<Context> condition = condition(Texts.toS(a.get(1)), context);
            for (Object item : CollectionFilters.selectItems(in)) {
                if (test(condition, Texts.toS(a.get(0)), item, context)) {
                    return item;
                }
            }
            return null;
        });
        filters.put("group_by_exp", (in, args, options, context) -> {
            List<Object> a = args(args, options, 2, 0);
            if (!CollectionFilters.groupable(in)) {
                return in;
            }
            Expression value = value(Texts.toS(a.get(1)), context);
            String variable = Texts.toS(a.get(0));
            return CollectionFilters.groups(CollectionFilters.groupItems(in),
                    item -> withItem(context, variable, item, () -> value.evaluate(context)));
        });
    }

    private static boolean test(Predicate<Context> condition, String variable, Object item, Context context) {
        return withItem(context, variable, item, () -> condition.test(context));
    }

    /** Runs {@code body} with {@code variable} set to the item in a scope of its own. */
    private static <T> T withItem(Context context, String variable, Object item, java.util.function.Supplier<T> body) {
        Map<String, Object> scope = new HashMap<>(2);
        scope.put(variable, item);
        context.push(scope);
        try {
            return body.get();
        } finally {
            context.pop();
        }
    }

    private Predicate<Context> condition(String expression, Context context) {
        return kept(conditions, expression, text -> context.engine().condition(text));
    }

    private Expression value(String expression, Context context) {
        return kept(values, expression, text -> context.engine().expression(text));
    }

    private static <T> T kept(Map<String, T> cache, String key, Function<String, T> parse) {
        T parsed = cache.get(key);
        if (parsed == null) {
            parsed = parse.apply(key);
            if (cache.size() < KEPT) {
                cache.putIfAbsent(key, parsed);
            }
        }
        return parsed;
    }
}
