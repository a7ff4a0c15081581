/**
 * The plugin SPI: one interface per plugin kind ({@link dev.colophon.spi.FrontMatterReader},
 * {@link dev.colophon.spi.DataReader}, {@link dev.colophon.spi.ContentParser},
 * {@link dev.colophon.spi.TemplateEngine}, {@link dev.colophon.spi.Renderer}), and the small values they
 * exchange with the pipeline.
 */
package dev.colophon.spi;
