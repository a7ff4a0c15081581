package dev.colophon.liquid.tag;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.Drop;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {% tablerow item in items cols: 3 %}}: table rows and cells, with {@code tablerowloop}. */
final class TableRow implements Node {

    private static final Pattern SYNTAX = Pattern.compile("(\\w+)\\s+in\\s+((?:" + For.QUOTED_FRAGMENT + ")+)");

    private final String variable;
    private final Expression collection;
    private final Map<String, Expression> attributes;
    private final BodyNode body;

    private TableRow(String variable, Expression collection, Map<String, Expression> attributes, BodyNode body) {
        this.variable = variable;
        this.collection = collection;
        this.attributes = attributes;
        this.body = body;
    }

    static Node parse(TagInput input) {
        Matcher m = SYNTAX.matcher(input.markup());
        if (!m.find()) {
            throw input.error("Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3");
        }
        Map<String, Expression> attributes = new LinkedHashMap<>();
        Matcher a = For.TAG_ATTRIBUTES.matcher(input.markup());
        while (a.find()) {
            attributes.put(a.group(1), input.expression(a.group(2)));
        }
        BodyNode body = input.body(Set.of("endtablerow")).node();
        return new TableRow(m.group(1), input.expression(m.group(2)), attributes, body);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        Object items = collection.evaluate(context);
        if (items == null) {
            return;
        }
        long from = attributes.containsKey("offset") ? toI(attributes.get("offset").evaluate(context)) : 0;
        Long to = attributes.containsKey("limit") ? from + toI(attributes.get("limit").evaluate(context)) : null;
        List<Object> segment = For.slice(items, from, to);
        long cols = attributes.containsKey("cols") ? toI(attributes.get("cols").evaluate(context)) : 0;
        Loop loop = new Loop(segment.size(), cols);
        out.append("<tr class=\"row1\">\n");
        Map<String, Object> scope = new HashMap<>(4);
        context.push(scope);
        try {
            scope.put("tablerowloop", loop);
            for (Object item : segment) {
                context.iterate();
                scope.put(variable, item);
                out.append("<td class=\"col").append(loop.col()).append("\">");
                body.render(context, out);
                out.append("</td>");
                if (loop.colLast() && !loop.last()) {
                    out.append("</tr>\n<tr class=\"row").append(loop.row() + 1).append("\">");
                }
                loop.index++;
                if (context.endTurn()) {
                    break;
                }
            }
        } finally {
            context.pop();
        }
        out.append("</tr>\n");
    }

    /** Ruby's {@code to_i} of an attribute. */
    private static long toI(Object value) {
        if (value == null) {
            return 0;
        }
        if (Values.isNumber(value)) {
            return ((Number) value).longValue();
        }
        return Numbers.toI(Texts.toS(value)).longValue();
    }

    /** {@code tablerowloop}. */
    private static final class Loop implements Drop {
        private final long length;
        private final long cols;
        long index;

        Loop(long length, long cols) {
            this.length = length;
            this.cols = cols;
        }

        long col() {
            return cols <= 0 ? index + 1 : index % cols + 1;
        }

        long row() {
            return cols <= 0 ? 1 : index / cols + 1;
        }

        /** Without {@code cols}, every cell is in the first row, whose last column is the last cell. */
        boolean colLast() {
            return cols <= 0 ? last() : col() == cols;
        }

        boolean last() {
            return index == length - 1;
        }

        @Override
        public Object get(String key) {
            return switch (key) {
                case "length" -> length;
                case "index" -> index + 1;
                case "index0" -> index;
                case "rindex" -> length - index;
                case "rindex0" -> length - index - 1;
                case "first" -> index == 0;
                case "last" -> last();
                case "col" -> col();
                case "col0" -> col() - 1;
                case "col_first" -> col() == 1;
                case "col_last" -> colLast();
                case "row" -> row();
                default -> null;
            };
        }
    }
}
