package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Template;
import dev.colophon.liquid.Texts;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby Liquid's {@code {% include 'name' with value as alias, key: value %}}: another template rendered in
 * this one's variables (what it assigns stays assigned). Jekyll's {@code include} replaces this tag.
 */
final class Include implements Node {

    private static final Pattern SYNTAX = Pattern.compile("((?:" + For.QUOTED_FRAGMENT + ")+)(\\s+(?:with|for)\\s+((?:"
            + For.QUOTED_FRAGMENT + ")+))?(\\s+(?:as)\\s+([\\w-]+))?");

    private final Expression name;
    private final Expression variable;
    private final String alias;
    private final Map<String, Expression> attributes;

    private Include(Expression name, Expression variable, String alias, Map<String, Expression> attributes) {
        this.name = name;
        this.variable = variable;
        this.alias = alias;
        this.attributes = attributes;
    }

    static Node parse(TagInput input) {
        Matcher m = SYNTAX.matcher(input.markup());
        if (!m.find()) {
            throw input.error("Error in tag 'include' - Valid syntax: include '[template]' (with|for) [object|collection]");
        }
        Map<String, Expression> attributes = new LinkedHashMap<>();
        Matcher a = For.TAG_ATTRIBUTES.matcher(input.markup());
        while (a.find()) {
            attributes.put(a.group(1), input.expression(a.group(2)));
        }
        return new Include(input.expression(m.group(1)), m.group(3) == null ? null : input.expression(m.group(3)),
                m.group(5), attributes);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        if (Boolean.TRUE.equals(context.registers().get(Render.INSIDE_RENDER))) {
            throw new LiquidException(LiquidException.Kind.SYNTAX, "include usage is not allowed in this context");
        }
        Object nameValue = name.evaluate(context);
        if (nameValue == null) {
            throw LiquidException.argument("Argument error in tag 'include' - Illegal template name");
        }
        String templateName = Texts.toS(nameValue);
        Template partial = context.engine().partial(templateName);
        // Counted as a loop turn: a template that includes itself twice per level renders 2^depth times.
        context.iterate(Context.PARTIAL_TURNS);
        String as = alias != null ? alias : templateName.substring(templateName.lastIndexOf('/') + 1);
        Object value = variable != null ? variable.evaluate(context) : context.get(templateName);
        String outerName = context.templateName();
        Map<String, Object> scope = new HashMap<>();
        context.push(scope);
        try {
            context.templateName(templateName);
            for (Map.Entry<String, Expression> e : attributes.entrySet()) {
                scope.put(e.getKey(), e.getValue().evaluate(context));
            }
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    scope.put(as, item);
                    partial.render(context, out);
                }
            } else {
                scope.put(as, value);
                partial.render(context, out);
            }
        } finally {
            context.templateName(outerName);
            context.pop();
        }
    }
}
