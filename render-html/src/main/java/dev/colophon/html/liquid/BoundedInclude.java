package dev.colophon.html.liquid;

import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Include;

/**
 * Jekyll's {@code include}, with a depth limit: an include that includes itself would otherwise end in a
 * stack overflow instead of an error naming the include.
 */
final class BoundedInclude extends Include {

    static final int MAX_DEPTH = IncludeDepth.MAX_DEPTH;

    BoundedInclude() {
        super("include");
    }


    private final IncludeDepth depth = new IncludeDepth();

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        return depth.nest(() -> "includes nest more than " + MAX_DEPTH + " deep at '"
                + super.asString(nodes[0].render(context), context) + "': an include probably includes itself",
                () -> super.render(context, nodes));
    }

    /** Thrown through liqp's own wrapping, and recognised by {@link LiquidTemplate}. */
    static final class IncludeCycleException extends RuntimeException {
        IncludeCycleException(String message) {
            super(message, null, false, false);
        }
    }
}
