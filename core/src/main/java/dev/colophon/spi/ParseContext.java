package dev.colophon.spi;

import dev.colophon.model.SiteConfig;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link ContentParser} may know about the file it converts.
 *
 * @param path the source file relative to the site source, for messages
 * @param bodyLine the 1-based line of the file the body starts on
 * @param config the site's settings
 * @param files reads another file of the site (its theme's included), by path relative to the site root,
 *     e.g. {@code _sass/base.scss}; empty when there is no such file
 * @param highlighting colours code blocks, or declines
 */
public record ParseContext(String path, int bodyLine, SiteConfig config, Function<String, Optional<byte[]>> files,
        Highlighting highlighting) {

    public ParseContext {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(highlighting, "highlighting");
    }

    /** A context with no other files to read and no highlighting, e.g. for text that is not in a site. */
    public ParseContext(String path, int bodyLine, SiteConfig config) {
        this(path, bodyLine, config, p -> Optional.empty(), Highlighting.NONE);
    }
}
