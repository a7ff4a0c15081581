package dev.colophon.html.liquid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import liqp.Template;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Include;

/**
 * Jekyll's {@code include}, with a depth limit (an include that includes itself would otherwise end in a
 * stack overflow instead of an error naming the include), and each include parsed once per thread.
 *
 * <p>liqp's own tag parses the include's file on every render: a theme's head and footer were parsed
 * again for every page of the site. A parsed {@link Template} keeps render state in a field, so parsed
 * includes are kept per thread, and an include rendered inside itself (a recursive menu) gets a fresh one.
 * One tag serves one parser, so one build's includes.
 */
final class BoundedInclude extends Include {

    static final int MAX_DEPTH = IncludeDepth.MAX_DEPTH;

    BoundedInclude() {
        super("include");
    }

    private final IncludeDepth depth = new IncludeDepth();
    private final ThreadLocal<Map<String, Template>> parsed = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<Set<String>> rendering = ThreadLocal.withInitial(HashSet::new);

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
            boolean outermost = rendering.get().add(name);
            try {
                Template template = outermost ? parsed.get().computeIfAbsent(name, n -> parse(context, n))
                        : parse(context, name);
                Map<String, Object> variables = new HashMap<>();
                if (nodes.length > 1) {
                    if (context.getParser().liquidStyleInclude) {
                        context.put(name, nodes[1].render(context));
                    } else {
                        // Jekyll's {% include file.html key=value %}: the values as include.key
                        Map<String, Object> include = new HashMap<>();
                        variables.put("include", include);
                        for (int i = 1; i < nodes.length; i++) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> values = (Map<String, Object>) nodes[i].render(context);
                            include.putAll(values);
                        }
                    }
                }
                return template.renderToObjectUnguarded(variables, context, true);
            } finally {
                if (outermost) {
                    rendering.get().remove(name);
                }
            }
        } catch (IncludeCycleException e) {
            throw e;
        } catch (Exception e) {
            if (context.getParser().showExceptionsFromInclude) {
                throw new RuntimeException("problem with evaluating include", e);
            }
            return "";
        }
    }

    private Template parse(TemplateContext context, String name) {
        try {
            return context.getParser().parse(detectSource(context, name));
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
