package dev.colophon.liquid.tag;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.TagInput;

/** {@code {% raw %}…{% endraw %}}: the text as written, tags and outputs included. */
record Raw(String text) implements Node {

    static Node parse(TagInput input) {
        if (!input.markup().isBlank()) {
            throw input.error("Syntax Error in 'raw' - Valid syntax: raw");
        }
        return new Raw(input.raw("endraw"));
    }

    @Override
    public void render(Context context, StringBuilder out) {
        out.append(text);
    }

    @Override
    public boolean blank() {
        return text.isEmpty();
    }
}
