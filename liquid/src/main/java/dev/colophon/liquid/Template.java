package dev.colophon.liquid;

import java.util.List;
import java.util.Map;

/**
 * A parsed template: immutable, rendered from any number of threads at once.
 */
public final class Template {

    private final Liquid engine;
    private final String name;
    private final BodyNode root;
    private final List<LiquidException> warnings;

    Template(Liquid engine, String name, BodyNode root, List<LiquidException> warnings) {
        this.engine = engine;
        this.name = name;
        this.root = root;
        this.warnings = List.copyOf(warnings);
    }

    /** The name given when parsing, or null. */
    public String name() {
        return name;
    }

    /** What lax parsing forgave in {@link ErrorMode#WARN}: markup read although it breaks the grammar. */
    public List<LiquidException> warnings() {
        return warnings;
    }

    /** The parsed nodes. */
    public BodyNode root() {
        return root;
    }

    /**
     * Renders with these variables and {@link RenderOptions#defaults()}.
     *
     * @throws LiquidException on an error while rendering, with its line and column
     */
    public String render(Map<String, ?> variables) {
        return render(variables, RenderOptions.defaults());
    }

    /**
     * Renders with these variables and options.
     *
     * @throws LiquidException on an error while rendering, with its line and column
     */
    public String render(Map<String, ?> variables, RenderOptions options) {
        @SuppressWarnings("unchecked")
        Map<String, Object> globals = (Map<String, Object>) variables;
        Context context = new Context(engine, globals, options, name);
        StringBuilder out = new StringBuilder(256);
        render(context, out);
        return out.toString();
    }

    /** Renders into {@code out} in a context of the caller's: an include, a layout around a page. */
    public void render(Context context, StringBuilder out) {
        try {
            root.render(context, out);
        } catch (StackOverflowError e) {
            throw new LiquidException(LiquidException.Kind.STACK_LEVEL, "Nesting too deep", name, 0, 0, null);
        }
    }
}
