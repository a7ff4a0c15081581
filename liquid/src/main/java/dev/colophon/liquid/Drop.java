package dev.colophon.liquid;

/**
 * An object whose properties are computed when a template reads them, as Ruby Liquid's drops are:
 * {@code forloop}, or a page whose body is converted only if a layout asks for it.
 */
public interface Drop {

    /** The property's value, or null when it has none. */
    Object get(String key);

    /** Whether the drop has this property, so that {@code drop.size} can be told from a property {@code size}. */
    default boolean has(String key) {
        return get(key) != null;
    }
}
