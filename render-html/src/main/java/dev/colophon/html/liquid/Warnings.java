package dev.colophon.html.liquid;

import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Template;
import dev.colophon.spi.TemplateSetup;

/**
 * What parsing a template forgave, as the build's warnings: unknown filters and tags (errors with
 * {@code strict_filters} or {@code error_mode: strict}), and markup only the lax parser could read.
 */
final class Warnings {

    private Warnings() {
    }

    /**
     * @param firstLine the line of the file the template's text starts on
     * @throws SourceException for an unknown filter when filters are strict
     */
    static void report(TemplateSetup setup, JekyllLiquid.LiquidSettings settings, Template template, String path,
            int firstLine) {
        for (LiquidException warning : template.warnings()) {
            SourcePosition at = new SourcePosition(path, firstLine + Math.max(1, warning.line()) - 1,
                    Math.max(1, warning.column()));
            switch (warning.kind()) {
                case UNDEFINED_FILTER -> {
                    String name = warning.detail().substring("undefined filter ".length());
                    String message = "unknown Liquid filter '" + name + "'";
                    String hint = "check its name, or add the plugin that provides it";
                    if (settings.strictFilters()) {
                        throw new SourceException(at, message, hint);
                    }
                    setup.warnings().accept(Diagnostic.warning(at, message + ", left as it is", hint));
                }
                case UNDEFINED_TAG -> setup.warnings().accept(Diagnostic.warning(at, warning.detail()
                        + ", left as it is", "check its name, or add the plugin that provides it"));
                default -> setup.warnings().accept(Diagnostic.warning(at, "Liquid: " + warning.detail()
                        + " (read leniently, as Jekyll does)", "fix the markup; liquid: {error_mode: strict} makes"
                        + " this an error"));
            }
        }
    }
}
