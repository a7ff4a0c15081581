/**
 * Colophon's engine: the API ({@link dev.colophon.Colophon}), the model, diagnostics and the SPI that plugins
 * implement. Everything under {@code dev.colophon.internal} stays inside the module.
 *
 * <p>Named {@code dev.colophon.core} rather than after its root package {@code dev.colophon}: the plugin
 * modules are {@code dev.colophon.markdown} and so on, and a module named {@code dev.colophon} would read
 * as the whole project.
 */
module dev.colophon.core {
    exports dev.colophon;
    exports dev.colophon.diagnostic;
    exports dev.colophon.model;
    exports dev.colophon.spi;
    exports dev.colophon.url;

    // Every plugin kind Plugins.of looks up with ServiceLoader.
    uses dev.colophon.spi.FrontMatterReader;
    uses dev.colophon.spi.DataReader;
    uses dev.colophon.spi.ContentParser;
    uses dev.colophon.spi.TemplateEngine;
    uses dev.colophon.spi.Generator;
    uses dev.colophon.spi.Highlighter;
    uses dev.colophon.spi.Renderer;
}
