package dev.colophon.spi;

import java.util.Map;

/**
 * Compiles and renders templates: the Liquid in post and page bodies, layouts and includes.
 * The engine with the lowest {@link #order()} is used.
 */
public interface TemplateEngine extends Plugin {

    /**
     * Compiles one template.
     *
     * @param source the template text and the file it came from
     * @param firstLine the 1-based line of that file the text starts on, for error positions
     * @param setup what the template may reach beyond its variables: includes, settings
     * @throws dev.colophon.diagnostic.SourceException on a syntax error, with its position
     */
    Compiled compile(SourceText source, int firstLine, TemplateSetup setup);

    /**
     * Gets ready to compile, whatever the site: a build calls it once, on one of its threads, as it starts
     * reading the site, so that the engine's own start-up (loading its classes, building what every site
     * needs) overlaps the reading instead of delaying the first page. It may still be running when the first
     * {@link #compile} comes. Optional: what it throws is ignored, and {@code compile} must work without it.
     */
    default void prepare() {
    }

    /**
     * A compiled template. Rendering may be called from any thread; an engine whose compiled form is not
     * thread-safe must guard it itself.
     */
    interface Compiled {

        /**
         * Renders with the given variables ({@code site}, {@code page}, {@code content}, ...): plain maps,
         * lists, strings, numbers, booleans and {@link java.time.ZonedDateTime}s.
         *
         * @throws dev.colophon.diagnostic.SourceException on an error while rendering, with its position
         */
        String render(Map<String, Object> variables);
    }
}
