package dev.colophon.liquid;

/**
 * A tag, {@code {% name markup %}}, or a block, {@code {% name %}…{% endname %}}. Registered by name with
 * {@link Liquid.Builder#tag}; its {@link #parse} runs once per use when a template is parsed, and returns the
 * node that renders it.
 */
@FunctionalInterface
public interface Tag {

    /**
     * Parses one use of the tag. A block reads its body through {@link TagInput#body}; a tag that reads none
     * is a plain tag.
     *
     * @throws LiquidException of kind SYNTAX when the markup is not what the tag takes
     */
    Node parse(TagInput input);
}
