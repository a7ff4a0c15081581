/** Colophon used as a library, through its public API only, with a plugin of its own. */
module dev.colophon.examples {
    requires dev.colophon.core;
    requires static com.google.auto.service;

    provides dev.colophon.spi.Renderer with dev.colophon.examples.PostsTxtRenderer;
}
