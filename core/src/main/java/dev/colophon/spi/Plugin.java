package dev.colophon.spi;

/**
 * What every plugin has: a unique id and an order. Plugins are found with {@link java.util.ServiceLoader}
 * (register them with {@code @AutoService}) or given to {@code Colophon.builder().plugin(...)}.
 *
 * <p>Implementations must be thread-safe: one instance serves every build and every thread.
 */
public interface Plugin {

    /** A stable id, unique among all plugins, e.g. {@code "markdown"}. */
    String id();

    /**
     * Where this plugin stands among plugins of its kind: lower runs first and wins a claim on the
     * same file extension. Built-in plugins use 0; use a negative order to take over from one.
     */
    default int order() {
        return 0;
    }
}
