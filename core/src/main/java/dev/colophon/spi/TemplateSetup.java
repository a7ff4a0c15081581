package dev.colophon.spi;

import dev.colophon.model.SiteConfig;
import dev.colophon.model.Template;
import java.util.Objects;
import java.util.Optional;
import dev.colophon.diagnostic.Diagnostic;
import java.util.function.Consumer;
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
 * @param files reads a file of the site (theme included) by root-relative path, for
 *     {@code {% include_relative %}}; empty when there is none; throws a
 *     {@link dev.colophon.diagnostic.ColophonException} saying why when the site keeps the file from
 *     templates (its configuration, a hidden file, in safe mode an excluded one)
 * @param warnings where templates report problems that do not stop the build (an unknown filter in
 *     Jekyll's default, lax mode)
 */
public record TemplateSetup(SiteConfig config, Function<String, Optional<Template>> includes, Converter converter,
        Highlighting highlighting, Function<String, Optional<byte[]>> files, Consumer<Diagnostic> warnings) {

    public TemplateSetup {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(includes, "includes");
        Objects.requireNonNull(converter, "converter");
        Objects.requireNonNull(highlighting, "highlighting");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(warnings, "warnings");
    }

    /** A setup that converts, highlights and reads nothing, and drops warnings. */
    public TemplateSetup(SiteConfig config, Function<String, Optional<Template>> includes) {
        this(config, includes, (extension, text) -> Optional.empty(), Highlighting.NONE, p -> Optional.empty(),
                d -> { });
    }

    /** Converts text with the content parser of a file extension. */
    @FunctionalInterface
    public interface Converter {

        Optional<String> convert(String extension, String text);

        /**
         * Jekyll's {@code smartify}: typographic quotes, dashes and ellipses in one line of text, and
         * nothing else (no emphasis, links or paragraphs), as HTML. Uses the Markdown parser's typography;
         * without one the text comes back escaped but otherwise as it was.
         */
        default String smartify(String text) {
            return Smartify.apply(text, this);
        }
    }
}
