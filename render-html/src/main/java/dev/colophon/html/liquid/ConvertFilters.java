package dev.colophon.html.liquid;

import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Texts;
import dev.colophon.spi.TemplateSetup;
import java.util.Map;

/**
 * Filters that run the site's content parsers: markdownify, smartify, sassify, scssify. Without a parser
 * for the format the text is returned as it is.
 */
final class ConvertFilters {

    private ConvertFilters() {
    }

    static void register(Map<String, Filter> filters, TemplateSetup setup) {
        filters.put("markdownify", converting("md", setup));
        filters.put("sassify", converting("sass", setup));
        filters.put("scssify", converting("scss", setup));
        // Jekyll's smartify applies only SmartyPants: typography of one line, no paragraph.
        filters.put("smartify", JekyllFilters.text((in, c) -> {
            try {
                return setup.converter().smartify(Texts.toS(in));
            } catch (SourceException e) {
                throw atFilter(e);
            }
        }));
    }

    private static Filter converting(String extension, TemplateSetup setup) {
        return JekyllFilters.text((in, c) -> {
            String text = Texts.toS(in);
            try {
                return setup.converter().convert(extension, text).orElse(text);
            } catch (SourceException e) {
                throw atFilter(e);
            }
        });
    }

    /** The converter names its input "(mdify)": its error belongs at the filter, in the file using it. */
    private static LiquidException atFilter(SourceException e) {
        Diagnostic d = e.diagnostic();
        return LiquidException.argument(d.message() + (d.position().line() > 0 ? " (at line " + d.position().line()
                + " of the filter's input)" : ""));
    }
}
