package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Expression;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;
import dev.colophon.liquid.Texts;

/** {@code {% echo value | filters %}}: an output written as a tag, as in {@code {% liquid %}}. */
record Echo(Expression value) implements Node {

    static Node parse(TagInput input) {
        return new Echo(input.output(input.markup()));
    }

    @Override
    public void render(Context context, StringBuilder out) {
        out.append(Texts.output(value.evaluate(context)));
    }
}
