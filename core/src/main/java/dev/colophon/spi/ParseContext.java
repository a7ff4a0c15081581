package dev.colophon.spi;

import dev.colophon.model.SiteConfig;
import java.util.Objects;

/**
 * What a {@link ContentParser} may know about the file it converts.
 *
 * @param path the source file relative to the site source, for messages
 * @param bodyLine the 1-based line of the file the body starts on
 * @param config the site's settings
 */
public record ParseContext(String path, int bodyLine, SiteConfig config) {

    public ParseContext {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(config, "config");
    }
}
