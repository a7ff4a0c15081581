package dev.colophon.liquid;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of nodes: a template, or the body of a block. Stops after a node that interrupted the
 * render ({@code break}, {@code continue}) so the loop around it can act.
 */
public final class BodyNode implements Node {

    private final Node[] nodes;
    private final boolean blank;

    public BodyNode(List<Node> nodes, boolean blank) {
        this.nodes = nodes.toArray(new Node[0]);
        this.blank = blank;
    }

    @Override
    public void render(Context context, StringBuilder out) {
        boolean inline = context.options().inlineErrors();
        for (Node node : nodes) {
            if (inline) {
                renderInline(node, context, out);
            } else {
                node.render(context, out);
            }
            if (context.interrupt() != Context.Interrupt.NONE) {
                return;
            }
        }
        context.wrote(out);
    }

    /**
     * Ruby Liquid's {@code render}: an error's message written in place of the node, except for undefined
     * names and in blank tags ({@code assign}), which write nothing; limits still stop the render.
     */
    private static void renderInline(Node node, Context context, StringBuilder out) {
        int length = out.length();
        try {
            node.render(context, out);
        } catch (LiquidException e) {
            switch (e.kind()) {
                case LIMIT -> throw e;
                case UNDEFINED_VARIABLE, UNDEFINED_FILTER -> out.setLength(length);
                default -> {
                    out.setLength(length);
                    if (!node.blank()) {
                        out.append(e.getMessage());
                    }
                }
            }
        }
    }

    @Override
    public boolean blank() {
        return blank;
    }

    /** The nodes. */
    public List<Node> nodes() {
        return List.of(nodes);
    }

    /**
     * The body without its text, for a block that renders nothing but white space: Ruby Liquid drops that
     * white space, so {@code {% if x %}⏎  {% assign y = 1 %}⏎{% endif %}} writes no blank lines.
     */
    public BodyNode withoutText() {
        List<Node> kept = new ArrayList<>(nodes.length);
        for (Node node : nodes) {
            if (!(node instanceof TextNode)) {
                kept.add(node);
            }
        }
        return new BodyNode(kept, blank);
    }

    /** Literal text between tags. */
    public record TextNode(String text) implements Node {
        @Override
        public void render(Context context, StringBuilder out) {
            out.append(text);
        }
    }
}
