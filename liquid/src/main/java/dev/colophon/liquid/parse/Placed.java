package dev.colophon.liquid.parse;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Node;
import dev.colophon.liquid.Texts;

/** Nodes that know where they are in their template, so that what fails while rendering says where. */
final class Placed {

    private Placed() {
    }

    /** Places the errors a tag raises at render at the tag. */
    record TagNode(Node node, String template, int line, int column) implements Node {
        @Override
        public void render(Context context, StringBuilder out) {
            try {
                node.render(context, out);
            } catch (LiquidException e) {
                throw e.at(template, line, column);
            } catch (StackOverflowError e) {
                throw new LiquidException(LiquidException.Kind.STACK_LEVEL, "Nesting too deep", template, line, column,
                        null);
            }
        }

        @Override
        public boolean blank() {
            return node.blank();
        }
    }

    /** {@code {{ … }}}: the value, written as Ruby Liquid writes it (arrays joined, nil as nothing). */
    record OutputNode(Output output, String template, int line, int column) implements Node {
        @Override
        public void render(Context context, StringBuilder out) {
            try {
                out.append(Texts.output(output.evaluate(context)));
            } catch (LiquidException e) {
                throw e.at(template, line, column);
            } catch (StackOverflowError e) {
                // An array nested in itself thousands deep, written or given to a filter.
                throw new LiquidException(LiquidException.Kind.STACK_LEVEL, "Nesting too deep", template, line, column,
                        null);
            }
        }
    }
}
