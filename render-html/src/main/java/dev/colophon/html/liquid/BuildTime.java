package dev.colophon.html.liquid;

import java.util.Locale;
import java.util.Map;
import liqp.TemplateContext;

/**
 * Liquid's {@code "now"} and {@code "today"} as the build time, {@code site.time}, instead of the clock at
 * the moment a filter runs: every page of a build shows the same time, a build made with a given time
 * ({@link dev.colophon.BuildOptions#now()}) gives the same pages whenever it runs, and reading the time
 * through the site tells the build that its pages show it.
 */
final class BuildTime {

    private BuildTime() {
    }

    /** The build time when {@code value} is Liquid's "now" or "today" (any case, as Ruby's Liquid has it). */
    static Object ifNow(Object value, TemplateContext context) {
        if (value instanceof String text) {
            String word = text.strip().toLowerCase(Locale.ROOT);
            if (word.equals("now") || word.equals("today")) {
                Object time = context.get("site") instanceof Map<?, ?> site ? site.get("time") : null;
                return time == null ? value : time;
            }
        }
        return value;
    }

    /** liqp's {@code date} filter, reading "now" as the build time. Named Date: liqp names filters by class. */
    static final class Date extends liqp.filters.Date {

        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            return super.apply(ifNow(value, context), context, params);
        }
    }
}
