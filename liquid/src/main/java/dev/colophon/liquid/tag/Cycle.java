package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.parse.Output;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {% cycle 'a', 'b' %}} and {@code {% cycle group: 'a', 'b' %}}: the next value at each use. */
final class Cycle implements Node {

    private static final Pattern SIMPLE = Pattern.compile("\\A(?:" + For.QUOTED_FRAGMENT + ")+");
    /**
     * The group's name must give back its colon ({@code g2: 1} has the run {@code g2:}), so its fragment
     * backtracks, as Ruby's does; a long name overflows the stack, which the parser reports at the tag.
     */
    private static final Pattern NAMED = Pattern.compile("\\A(" + Output.QUOTED_FRAGMENT_BACKTRACKING
            + ")\\s*:\\s*(.*)", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("\\s*(" + For.QUOTED_FRAGMENT + ")\\s*");

    private final Expression name;
    private final Expression[] values;

    private Cycle(Expression name, List<Expression> values) {
        this.name = name;
        this.values = values.toArray(new Expression[0]);
    }

    static Node parse(TagInput input) {
        String markup = input.markup();
        Matcher named = NAMED.matcher(markup);
        if (named.find()) {
            return new Cycle(input.expression(named.group(1)), values(input, named.group(2)));
        }
        if (SIMPLE.matcher(markup).find()) {
            List<Expression> values = values(input, markup);
            // Ruby names an unnamed cycle after its values' inspect, so two cycles of the same values share.
            String key = "cycle:" + markup.strip().replaceAll("\\s*,\\s*", ",");
            return new Cycle(context -> key, values);
        }
        throw input.error("Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]");
    }

    private static List<Expression> values(TagInput input, String markup) {
        List<Expression> out = new ArrayList<>();
        for (String part : markup.split(",", -1)) {
            Matcher m = VALUE.matcher(part);
            // Ruby's parse_expression makes the literal nil nothing, and the list is compacted: it is dropped.
            if (m.find() && !m.group(1).equals("nil") && !m.group(1).equals("null")) {
                out.add(input.expression(m.group(1)));
            }
        }
        return out;
    }

    @Override
    public void render(Context context, StringBuilder out) {
        if (values.length == 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Object, Integer> positions = (Map<Object, Integer>) context.registers().computeIfAbsent("cycle",
                k -> new HashMap<Object, Integer>());
        Object key = name.evaluate(context);
        // A group used with more values elsewhere may be past this use's last value: then it writes nothing.
        int position = positions.getOrDefault(key, 0);
        if (position < values.length) {
            out.append(Texts.output(values[position].evaluate(context)));
        }
        positions.put(key, position + 1 >= values.length ? 0 : position + 1);
    }
}
