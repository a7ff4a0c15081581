package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Template;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {% render 'name', key: value %}}, {@code with value as alias}, {@code for items as item}: another
 * template rendered apart, seeing only what it is given.
 */
final class Render implements Node {

    /** Set in a render's registers while a render renders: {@code include} is refused inside. */
    static final String INSIDE_RENDER = "inside_render";
    private static final String QUOTED_STRING = dev.colophon.liquid.parse.Output.QUOTED_STRING;
    private static final Pattern SYNTAX = Pattern.compile("((?:" + QUOTED_STRING + ")+)(\\s+(with|for)\\s+((?:"
            + For.QUOTED_FRAGMENT + ")+))?(\\s+(?:as)\\s+([\\w-]+))?");

    private final String name;
    private final Expression variable;
    private final boolean isFor;
    private final String alias;
    private final Map<String, Expression> attributes;

    private Render(String name, Expression variable, boolean isFor, String alias, Map<String, Expression> attributes) {
        this.name = name;
        this.variable = variable;
        this.isFor = isFor;
        this.alias = alias;
        this.attributes = attributes;
    }

    static Node parse(TagInput input) {
        Matcher m = SYNTAX.matcher(input.markup());
        if (!m.find()) {
            throw input.error("Syntax error in tag 'render' - Template name must be a quoted string");
        }
        Map<String, Expression> attributes = new LinkedHashMap<>();
        Matcher a = For.TAG_ATTRIBUTES.matcher(input.markup());
        while (a.find()) {
            attributes.put(a.group(1), input.expression(a.group(2)));
        }
        // The name is a quoted string, so its expression is a constant: evaluated without a context.
        Object name = input.expression(m.group(1)).evaluate(null);
        return new Render(String.valueOf(name), m.group(4) == null ? null : input.expression(m.group(4)),
                "for".equals(m.group(3)), m.group(6), attributes);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        Template partial = context.engine().partial(name);
        String as = alias != null ? alias : name.substring(name.lastIndexOf('/') + 1);
        Object value = variable == null ? null : variable.evaluate(context);
        if (isFor && value instanceof Collection<?> items) {
            ForLoop loop = new ForLoop(name, items.size(), null);
            for (Object item : items) {
                context.iterate(Context.PARTIAL_TURNS);
                renderOne(context, out, partial, as, item, loop);
                loop.index++;
            }
        } else {
            context.iterate(Context.PARTIAL_TURNS);
            renderOne(context, out, partial, as, value, null);
        }
    }

    private void renderOne(Context context, StringBuilder out, Template partial, String as, Object value,
            ForLoop loop) {
        Context inner = context.isolated(name);
        if (loop != null) {
            inner.assign("forloop", loop);
        }
        for (Map.Entry<String, Expression> e : attributes.entrySet()) {
            inner.assign(e.getKey(), e.getValue().evaluate(context));
        }
        if (value != null) {
            inner.assign(as, value);
        }
        Object before = inner.registers().put(INSIDE_RENDER, Boolean.TRUE);
        inner.enter();
        try {
            partial.render(inner, out);
        } finally {
            inner.leave();
            inner.registers().put(INSIDE_RENDER, before);
        }
    }
}
