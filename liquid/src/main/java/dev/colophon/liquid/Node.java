package dev.colophon.liquid;

/**
 * One part of a parsed template: text, an output, a tag. Immutable: all render state is in the
 * {@link Context}, so one node renders on many threads at once.
 */
public interface Node {

    /** Appends what this node renders to {@code out}. */
    void render(Context context, StringBuilder out);

    /**
     * Whether the node renders nothing whatever the variables ({@code assign}, {@code comment}): a block
     * holding only such nodes and white space renders nothing, white space included, as in Ruby Liquid.
     */
    default boolean blank() {
        return false;
    }
}
