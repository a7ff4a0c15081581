package dev.colophon.liquid.tag;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {% capture name %}…{% endcapture %}}: what the body renders, as a variable. */
record Capture(String name, BodyNode body) implements Node {

    private static final Pattern SYNTAX = Pattern.compile("((?:\\(?[\\w\\-.\\[\\]]\\)?)+)");

    static Node parse(TagInput input) {
        Matcher m = SYNTAX.matcher(input.markup());
        if (!m.find()) {
            throw input.error("Syntax Error in 'capture' - Valid syntax: capture [var]");
        }
        return new Capture(m.group(1), input.body(Set.of("endcapture")).node());
    }

    @Override
    public void render(Context context, StringBuilder out) {
        StringBuilder captured = new StringBuilder();
        context.enter();
        try {
            body.render(context, captured);
        } finally {
            context.leave();
        }
        context.assign(name, captured.toString());
    }

    @Override
    public boolean blank() {
        return true;
    }
}
