package dev.colophon.html.liquid;

import dev.colophon.spi.TemplateSetup;
import java.util.List;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * Filters that run the site's content parsers: markdownify, smartify, sassify, scssify. Without a parser
 * for the format the text is returned as it is.
 */
final class ConvertFilters {

    private ConvertFilters() {
    }

    static List<Filter> all(TemplateSetup setup) {
        return List.of(
                converting("markdownify", "md", setup),
                converting("sassify", "sass", setup),
                converting("scssify", "scss", setup),
                new Filter("smartify") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        // Jekyll's smartify applies only SmartyPants: typography of one line, no paragraph.
                        return setup.converter().smartify(asString(value, context));
                    }
                });
    }

    private static Filter converting(String name, String extension, TemplateSetup setup) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                String text = asString(value, context);
                return setup.converter().convert(extension, text).orElse(text);
            }
        };
    }
}
