package dev.colophon.spi;

import dev.colophon.model.SiteConfig;
import dev.colophon.model.Template;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What compiled templates may reach besides their variables.
 *
 * @param config the site's settings (time zone, base URL)
 * @param includes finds an include by the name used in {@code {% include NAME %}}: the site's own
 *     first, then the theme's
 * @param converter converts text as a file of the given extension would be ({@code md} for
 *     {@code markdownify}, {@code scss} for {@code scssify}); empty when no parser handles it
 * @param highlighting colours code for {@code {% highlight %}}, or declines
 */
public record TemplateSetup(SiteConfig config, Function<String, Optional<Template>> includes, Converter converter,
        Highlighting highlighting) {

    public TemplateSetup {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(includes, "includes");
        Objects.requireNonNull(converter, "converter");
        Objects.requireNonNull(highlighting, "highlighting");
    }

    /** A setup that converts and highlights nothing. */
    public TemplateSetup(SiteConfig config, Function<String, Optional<Template>> includes) {
        this(config, includes, (extension, text) -> Optional.empty(), Highlighting.NONE);
    }

    /** Converts text with the content parser of a file extension. */
    @FunctionalInterface
    public interface Converter {
        Optional<String> convert(String extension, String text);
    }
}
