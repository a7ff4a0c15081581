package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;

/** {@code break} and {@code continue}: stop the rest of the loop's body, and the loop or this turn of it. */
record Interrupt(Context.Interrupt kind) implements Node {

    static Node parse(TagInput input, Context.Interrupt kind) {
        return new Interrupt(kind);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        context.interrupt(kind);
    }
}
