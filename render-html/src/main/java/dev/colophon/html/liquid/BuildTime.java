package dev.colophon.html.liquid;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import liqp.LValue;
import liqp.TemplateContext;
import ua.co.k.strftime.StrftimeFormatter;

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

    /**
     * liqp's {@code date} filter, reading "now" as the build time, and keeping the formatter of each format:
     * liqp parses the strftime pattern again for every date it writes (an archive of 10,000 posts wrote
     * 10,000 dates with one pattern). Named Date: liqp names filters by class.
     */
    static final class Date extends liqp.filters.Date {

        /** Formats seen beyond this many are formatted without being kept: a template may build them. */
        private static final int KEPT = 256;

        private record Pattern(String format, Locale locale) {
            // Written out: a record's own equals and hashCode are linked through method handles when first
            // called, which took 15-20 ms of a cold build's CPU for this key alone.
            @Override
            public boolean equals(Object other) {
                return other instanceof Pattern p && p.format.equals(format) && p.locale.equals(locale);
            }

            @Override
            public int hashCode() {
                return 31 * format.hashCode() + locale.hashCode();
            }
        }

        private final Map<Pattern, StrftimeFormatter> formatters = new ConcurrentHashMap<>();

        /** As liqp's {@code Date.apply} (0.9.2.3), but with {@link #ifNow} and the formatters kept. */
        @Override
        public Object apply(Object value, TemplateContext context, Object... params) {
            Object date = ifNow(value, context);
            Locale locale = context.getParser().locale;
            if (isArray(date) && asArray(date, context).length == 1) {
                date = asArray(date, context)[0];
            }
            try {
                TemporalAccessor temporal;
                String text = asString(date, context);
                if ("now".equals(text) || "today".equals(text)) {
                    temporal = ZonedDateTime.now();
                } else if (LValue.isTemporal(date)) {
                    temporal = LValue.asTemporal(date, context);
                } else if (isNumber(date)) {
                    temporal = ZonedDateTime.ofInstant(Instant.ofEpochMilli(asNumber(date).longValue() * 1000),
                            context.getParser().defaultTimeZone);
                } else {
                    temporal = context.getDateParser().parse(text, locale, context.getParser().defaultTimeZone);
                }
                if (temporal == null) {
                    return date;
                }
                String format = asString(get(0, params), context);
                if (format == null || format.trim().isEmpty()) {
                    return date;
                }
                return formatter(format, locale).format(temporal);
            } catch (Exception e) {
                return date;
            }
        }

        private StrftimeFormatter formatter(String format, Locale locale) {
            Pattern pattern = new Pattern(format, locale);
            StrftimeFormatter kept = formatters.get(pattern);
            if (kept != null) {
                return kept;
            }
            StrftimeFormatter made = StrftimeFormatter.ofSafePattern(format, locale);
            if (formatters.size() < KEPT) {
                formatters.putIfAbsent(pattern, made);
            }
            return made;
        }
    }
}
