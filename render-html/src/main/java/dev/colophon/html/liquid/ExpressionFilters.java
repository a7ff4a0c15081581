package dev.colophon.html.liquid;

import static dev.colophon.html.liquid.JekyllFilters.args;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Template;
import dev.colophon.liquid.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

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

    /** Conditions by their text, as templates {@code {% if EXPR %}true{% endif %}} of the site's engine. */
    private final Map<String, Template> conditions = new ConcurrentHashMap<>();
    /** Values by their text. */
    private final Map<String, Expression> values = new ConcurrentHashMap<>();

    void register(Map<String, Filter> filters) {
        filters.put("where_exp", (in, args, options, context) -> {
            List<Object> a = args(args, options, 2, 0);
            if (!CollectionFilters.selectable(in)) {
                return in;
            }
            Template condition = condition("where_exp", Values.toS(a.get(1)), context);
            List<Object> kept = new ArrayList<>();
            for (Object item : CollectionFilters.selectItems(in)) {
                if (test(condition, Values.toS(a.get(0)), item, context)) {
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
            Template condition = condition("find_exp", Values.toS(a.get(1)), context);
            for (Object item : CollectionFilters.selectItems(in)) {
                if (test(condition, Values.toS(a.get(0)), item, context)) {
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
            Expression value = value(Values.toS(a.get(1)));
            String variable = Values.toS(a.get(0));
            return CollectionFilters.groups(CollectionFilters.groupItems(in),
                    item -> withItem(context, variable, item, () -> value.evaluate(context)));
        });
    }

    private static boolean test(Template condition, String variable, Object item, Context context) {
        return withItem(context, variable, item, () -> {
            StringBuilder out = new StringBuilder(4);
            condition.render(context, out);
            return out.length() > 0;
        });
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

    private Template condition(String filter, String expression, Context context) {
        return kept(conditions, expression,
                text -> context.engine().parse("{% if " + text + " %}true{% endif %}", filter));
    }

    private Expression value(String expression) {
        return kept(values, expression, ExpressionFilters::parseValue);
    }

    /**
     * Parses a value with its filters, as Jekyll's {@code Liquid::Variable.new} does (laxly), through a tag
     * of a throwaway engine that hands over what it parsed. Only parses: the value is evaluated in the
     * render's context, whose engine supplies the filters.
     */
    private static Expression parseValue(String text) {
        AtomicReference<Expression> parsed = new AtomicReference<>();
        Liquid.builder()
                .tag("value", input -> {
                    parsed.set(input.output(input.markup()));
                    return (context, out) -> { };
                })
                .build()
                .parse("{% value " + text + " %}", "group_by_exp");
        if (parsed.get() == null) {
            throw LiquidException.argument("group_by_exp: cannot read the expression '" + text + "'");
        }
        return parsed.get();
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
