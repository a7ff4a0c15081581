package dev.colophon.spi;

import dev.colophon.model.SiteConfig;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
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
 * @param outputPath where the converted text will be written, relative to the destination, e.g.
 *     {@code assets/main.css}; empty when it is not written as a file of its own (an excerpt, a filter)
 * @param environment the build's environment, as {@code jekyll.environment}: {@code development} unless
 *     {@code JEKYLL_ENV} or the API says otherwise
 * @param sidecars takes another file to write with this one, as (output path, text): a Sass source map
 *     beside its stylesheet. Ignored when {@code outputPath} is empty.
 */
public record ParseContext(String path, int bodyLine, SiteConfig config, Function<String, Optional<byte[]>> files,
        Highlighting highlighting, String outputPath, String environment, BiConsumer<String, String> sidecars) {

    /** Jekyll's environment when none is given. */
    public static final String DEVELOPMENT = "development";

    public ParseContext {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(highlighting, "highlighting");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(sidecars, "sidecars");
    }

    /** A context for text that is not written as a file of its own: no output path, no sidecars. */
    public ParseContext(String path, int bodyLine, SiteConfig config, Function<String, Optional<byte[]>> files,
            Highlighting highlighting) {
        this(path, bodyLine, config, files, highlighting, "", DEVELOPMENT, (p, text) -> { });
    }

    /** A context with no other files to read and no highlighting, e.g. for text that is not in a site. */
    public ParseContext(String path, int bodyLine, SiteConfig config) {
        this(path, bodyLine, config, p -> Optional.empty(), Highlighting.NONE);
    }
}
