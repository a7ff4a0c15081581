package dev.colophon.html.liquid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.filters.Filter;

/** Jekyll's filters on arrays that liqp lacks: find, find_exp, group_by, group_by_exp, sample; and inspect. */
final class CollectionFilters {

    private CollectionFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new Filter("find") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String property = asString(params[0], context);
                        String wanted = params.length > 1 ? asString(params[1], context) : "";
                        for (Object item : items(this, value, context)) {
                            if (item instanceof Map<?, ?> map && wanted.equals(asString(map.get(property), context))) {
                                return item;
                            }
                        }
                        return null;
                    }
                },
                new Filter("find_exp") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        Template expression = expression(context, asString(params[1], context));
                        String variable = asString(params[0], context);
                        for (Object item : items(this, value, context)) {
                            if ("true".equals(evaluate(expression, context, variable, item))) {
                                return item;
                            }
                        }
                        return null;
                    }
                },
                new Filter("group_by") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String property = asString(params[0], context);
                        return groups(items(this, value, context), item ->
                                item instanceof Map<?, ?> map ? asString(map.get(property), context) : "");
                    }
                },
                new Filter("group_by_exp") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        Template expression = expression(context, asString(params[1], context));
                        String variable = asString(params[0], context);
                        return groups(items(this, value, context),
                                item -> evaluate(expression, context, variable, item));
                    }
                },
                new Filter("sample") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        List<Object> items = new ArrayList<>(items(this, value, context));
                        if (params.length == 0) {
                            return items.isEmpty() ? null : items.get(ThreadLocalRandom.current().nextInt(items.size()));
                        }
                        Collections.shuffle(items, ThreadLocalRandom.current());
                        return items.subList(0, Math.min(items.size(), asNumber(params[0]).intValue()));
                    }
                },
                new Filter("inspect") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return inspect(value);
                    }
                });
    }

    private static List<Object> items(Filter filter, Object value, TemplateContext context) {
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.values());
        }
        if (filter.isArray(value)) {
            return List.of(filter.asArray(value, context));
        }
        return value == null ? List.of() : List.of(value);
    }

    /** Jekyll's group_by result: a list of {name, items, size}, groups in order of first appearance. */
    private static List<Object> groups(List<Object> items, java.util.function.Function<Object, String> key) {
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<Object> out = new ArrayList<>();
        groups.forEach((name, members) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", name);
            group.put("items", members);
            group.put("size", (long) members.size());
            out.add(group);
        });
        return out;
    }

    /** An expression such as {@code item.year > 2014}, compiled the way liqp's where_exp does. */
    private static Template expression(TemplateContext context, String text) {
        return new TemplateParser.Builder(context.getParser()).withEvaluateInOutputTag(true).build()
                .parse("{{ " + text + " }}");
    }

    private static String evaluate(Template expression, TemplateContext context, String variable, Object item) {
        return expression.renderUnguarded(Collections.singletonMap(variable, item), context, false);
    }

    /** Ruby's inspect, which Jekyll's inspect filter shows: strings quoted, nil, arrays, hashes with =>. */
    static String inspect(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(inspect(String.valueOf(k)) + "=>" + inspect(v)));
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(CollectionFilters::inspect).toList()) + "]";
        }
        if (value instanceof Object[] array) {
            return inspect(List.of(array));
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
