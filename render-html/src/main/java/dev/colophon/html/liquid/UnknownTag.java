package dev.colophon.html.liquid;

import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.Tag;
import dev.colophon.liquid.TagInput;

/**
 * A tag no plugin provides, from a Jekyll plugin the site uses that Colophon lacks. Jekyll stops on it; a
 * site built here should still build, so in the default mode it is a warning and renders nothing (the
 * body of such a block renders as it is; its end tag renders nothing). With
 * {@code liquid: {error_mode: strict}} it is an error at its line.
 */
final class UnknownTag implements Tag {

    private static final Node NOTHING = (context, out) -> { };

    private final boolean strict;

    UnknownTag(boolean strict) {
        this.strict = strict;
    }

    @Override
    public Node parse(TagInput input) {
        // The parser keeps else, elsif, when and the end tags of known blocks for itself: out of place they are
        // its syntax errors, so what comes here is a plugin's tag, or the end of one.
        String name = input.name();
        if (name.startsWith("end")) {
            // The end of an unknown block, already reported at its start.
            return NOTHING;
        }
        if (strict) {
            throw new LiquidException(LiquidException.Kind.UNDEFINED_TAG, "unknown Liquid tag '" + name + "'");
        }
        input.warn(LiquidException.Kind.UNDEFINED_TAG, "unknown Liquid tag '" + name + "'");
        return NOTHING;
    }
}
