package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {% assign name = value | filters %}}: a variable for the rest of the render. */
record Assign(String name, Expression value) implements Node {

    private static final Pattern SYNTAX = Pattern.compile("((?:\\(?[\\w\\-.\\[\\]]\\)?)+)\\s*=\\s*(.*)\\s*", Pattern.DOTALL);

    static Node parse(TagInput input) {
        Matcher m = SYNTAX.matcher(input.markup());
        if (!m.find()) {
            throw input.error("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
        }
        return new Assign(m.group(1), input.output(m.group(2)));
    }

    @Override
    public void render(Context context, StringBuilder out) {
        context.assign(name, value.evaluate(context));
    }

    @Override
    public boolean blank() {
        return true;
    }
}
