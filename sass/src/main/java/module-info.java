/**
 * Sass and SCSS through Dart Sass's embedded protocol: a plugin only, nothing exported.
 *
 * <p>The sass-embedded-host jars publish no module names: they are automatic modules named after their files.
 */
module dev.colophon.sass {
    requires dev.colophon.core;
    requires sass.embedded.host;
    requires sass.embedded.protocol;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static com.google.auto.service;

    provides dev.colophon.spi.ContentParser with dev.colophon.sass.SassParser;
}
