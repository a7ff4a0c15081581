package dev.colophon.html.liquid;

import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.Tag;
import dev.colophon.liquid.TagInput;
import dev.colophon.spi.TemplateSetup;
import java.util.Set;

/**
 * A tag no plugin provides, from a Jekyll plugin the site uses that Colophon lacks. Jekyll stops on it; a
 * site built here should still build, so in the default mode it is a warning and renders nothing (the
 * body of such a block renders as it is; its end tag renders nothing). With
 * {@code liquid: {error_mode: strict}} it is an error at its line.
 */
final class UnknownTag implements Tag {

    /** Delimiters of the standard blocks: out of place, they are syntax errors, never a plugin's tag. */
    private static final Set<String> MISPLACED = Set.of("else", "elsif", "when", "endif", "endunless", "endfor",
            "endcase", "endcapture", "endcomment", "endraw", "endtablerow", "endifchanged", "endhighlight");
    private static final Node NOTHING = (context, out) -> { };

    private final boolean strict;

    UnknownTag(TemplateSetup setup, boolean strict) {
        this.strict = strict;
    }

    @Override
    public Node parse(TagInput input) {
        String name = input.name();
        if (MISPLACED.contains(name)) {
            throw input.error(name.startsWith("end") ? "'" + name + "' closes a block that is not open here"
                    : "Unexpected '" + name + "' tag outside of a block that takes it");
        }
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
