package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.TagInput;

/**
 * {@code {% increment x %}} writes x's counter then adds one; {@code {% decrement x %}} takes one then
 * writes it. Counters are apart from variables an {@code assign} makes.
 */
record Counter(String name, int step) implements Node {

    static Node parse(TagInput input, int step) {
        return new Counter(input.markup().strip(), step);
    }

    @Override
    public void render(Context context, StringBuilder out) {
        Object current = context.counters().get(name);
        if (current == null) {
            current = context.global(name);
        }
        long value = current == null ? 0 : Numbers.toInteger(current);
        if (step > 0) {
            out.append(value);
            context.counters().put(name, value + 1);
        } else {
            value--;
            context.counters().put(name, value);
            out.append(value);
        }
    }
}
