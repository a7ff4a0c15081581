/** Jekyll's layouts, includes, filters and plugins on the Liquid engine: plugins only, nothing exported. */
module dev.colophon.html {
    requires dev.colophon.core;
    requires dev.colophon.liquid;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static com.google.auto.service;

    provides dev.colophon.spi.TemplateEngine with dev.colophon.html.liquid.LiquidEngine;
    provides dev.colophon.spi.Renderer with dev.colophon.html.layout.PagesRenderer;
    provides dev.colophon.spi.Generator with dev.colophon.html.layout.Archives, dev.colophon.html.layout.Redirects,
            dev.colophon.html.layout.TaxonomyGenerator, dev.colophon.html.layout.ThemeGenerator;
}
