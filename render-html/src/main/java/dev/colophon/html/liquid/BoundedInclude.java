package dev.colophon.html.liquid;

import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Include;

/**
 * Jekyll's {@code include}, with a depth limit: an include that includes itself would otherwise end in a
 * stack overflow instead of an error naming the include.
 */
final class BoundedInclude extends Include {

    static final int MAX_DEPTH = 64;

    BoundedInclude() {
        super("include");
    }


    /** Per thread: templates render on several threads at once, each with its own nesting. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        int[] level = depth.get();
        if (level[0] >= MAX_DEPTH) {
            String name = super.asString(nodes[0].render(context), context);
            throw new IncludeCycleException("includes nest more than " + MAX_DEPTH + " deep at '" + name
                    + "': an include probably includes itself");
        }
        level[0]++;
        try {
            return super.render(context, nodes);
        } finally {
            level[0]--;
        }
    }

    /** Thrown through liqp's own wrapping, and recognised by {@link LiquidTemplate}. */
    static final class IncludeCycleException extends RuntimeException {
        IncludeCycleException(String message) {
            super(message, null, false, false);
        }
    }
}
