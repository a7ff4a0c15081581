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
 */
public record TemplateSetup(SiteConfig config, Function<String, Optional<Template>> includes) {

    public TemplateSetup {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(includes, "includes");
    }
}
