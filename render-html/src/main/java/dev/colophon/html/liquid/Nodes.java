package dev.colophon.html.liquid;

import java.util.Map;
import java.util.function.Consumer;
import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.LNode;
import liqp.parser.v4.NodeVisitor;
import liqp.spi.BasicTypesSupport;

/**
 * A parsed template's node tree, built once. liqp 0.9 builds the tree from the parse tree again at every
 * render, which was half the time of rendering a layout; the nodes hold no render state (that is in the
 * {@link TemplateContext}), so one tree serves every render on every thread. Renders as liqp's
 * {@code Template.renderToObjectUnguarded(variables, parent, true)} does.
 */
final class Nodes {

    private final TemplateParser parser;
    private final LNode root;

    Nodes(TemplateParser parser, Template template) {
        this.parser = parser;
        this.root = (LNode) new NodeVisitor(parser.insertions, parser.filters, parser.liquidStyleInclude)
                .visit(template.getParseTree());
    }

    /** Renders with {@code variables}, in a context of its own or, for an include, a child of {@code parent}. */
    Object render(Map<String, Object> variables, TemplateContext parent) {
        BasicTypesSupport.clearReferences();
        Map<String, Object> evaluated = parser.evaluate(parser.mapper, variables);
        TemplateContext context;
        if (parent == null) {
            context = new TemplateContext(parser, evaluated);
            Consumer<Map<String, Object>> environment = parser.getEnvironmentMapConfigurator();
            if (environment != null) {
                environment.accept(context.getEnvironmentMap());
            }
        } else {
            context = parent.newChildContext(evaluated);
        }
        return parser.getRenderTransformer().transformObject(context, root.render(context));
    }
}
