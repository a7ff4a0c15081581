package dev.colophon.html.liquid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Include;

/**
 * Jekyll's {@code include}, with a depth limit (an include that includes itself would otherwise end in a
 * stack overflow instead of an error naming the include), and each include parsed once.
 *
 * <p>liqp's own tag parses the include's file on every render: a theme's head and footer were parsed
 * again for every page of the site. Here each include is parsed and its node tree built once
 * ({@link Nodes}), and shared by every thread; one tag serves one parser, so one build's includes.
 */
final class BoundedInclude extends Include {

    static final int MAX_DEPTH = IncludeDepth.MAX_DEPTH;

    BoundedInclude() {
        super("include");
    }

    private final IncludeDepth depth = new IncludeDepth();
    private final Map<String, Nodes> parsed = new ConcurrentHashMap<>();

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        return depth.nest(() -> "includes nest more than " + MAX_DEPTH + " deep at '"
                + super.asString(nodes[0].render(context), context) + "': an include probably includes itself",
                () -> renderParsedOnce(context, nodes));
    }

    /** liqp's {@code Include.render}, with the parsed include kept. */
    private Object renderParsedOnce(TemplateContext context, LNode... nodes) {
        try {
            String name = super.asString(nodes[0].render(context), context);
            Nodes include = parsed.computeIfAbsent(name, n -> parse(context, n));
            Map<String, Object> variables = new HashMap<>();
            if (nodes.length > 1) {
                if (context.getParser().liquidStyleInclude) {
                    context.put(name, nodes[1].render(context));
                } else {
                    // Jekyll's {% include file.html key=value %}: the values as include.key
                    Map<String, Object> values = new HashMap<>();
                    variables.put("include", values);
                    for (int i = 1; i < nodes.length; i++) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> more = (Map<String, Object>) nodes[i].render(context);
                        values.putAll(more);
                    }
                }
            }
            return include.render(variables, context);
        } catch (IncludeCycleException e) {
            throw e;
        } catch (Exception e) {
            if (context.getParser().showExceptionsFromInclude) {
                throw new RuntimeException("problem with evaluating include", e);
            }
            return "";
        }
    }

    private Nodes parse(TemplateContext context, String name) {
        try {
            return new Nodes(context.getParser(), context.getParser().parse(detectSource(context, name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown through liqp's own wrapping, and recognised by {@link LiquidTemplate}. */
    static final class IncludeCycleException extends RuntimeException {
        IncludeCycleException(String message) {
            super(message, null, false, false);
        }
    }
}
