package dev.colophon.liquid.tag;

import dev.colophon.liquid.BodyNode;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import java.util.Set;

/** {@code {% ifchanged %}…{% endifchanged %}}: the body, unless it renders what it rendered last time. */
record IfChanged(BodyNode body) implements Node {

    static Node parse(TagInput input) {
        return new IfChanged(input.body(Set.of("endifchanged")).node());
    }

    @Override
    public void render(Context context, StringBuilder out) {
        StringBuilder rendered = new StringBuilder();
        body.render(context, rendered);
        String text = rendered.toString();
        if (!text.equals(context.registers().get("ifchanged"))) {
            context.registers().put("ifchanged", text);
            out.append(text);
        }
    }
}
