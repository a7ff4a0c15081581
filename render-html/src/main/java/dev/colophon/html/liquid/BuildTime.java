package dev.colophon.html.liquid;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.filter.StandardFilters;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * Liquid's {@code "now"} and {@code "today"} as the build time, read from {@code site.time}. The engine's
 * clock ({@code Context.now()}) would give the same time, but reading it through the site is what tells the
 * build that a page shows the build time, so that it is rebuilt by the next build rather than kept as
 * unchanged.
 */
final class BuildTime {

    private BuildTime() {
    }

    /** Liquid's standard {@code date}, with "now" and "today" read as {@link #ifNow} does. */
    static Filter date() {
        Filter standard = StandardFilters.all().get("date");
        return (input, args, options, context) -> {
            Object time = ifNow(input, context);
            Object out = standard.apply(time, args, options, context);
            // An empty format gives its input back: the text the template wrote, not the time it stood for.
            return out == time ? input : out;
        };
    }

    /** {@code site.time} when {@code value} is "now" or "today" (any case) and the site has a time; else the value. */
    static Object ifNow(Object value, Context context) {
        if (value instanceof CharSequence text) {
            String word = text.toString().strip().toLowerCase(Locale.ROOT);
            if (word.equals("now") || word.equals("today")) {
                Object time = context.get("site") instanceof Map<?, ?> site ? site.get("time") : null;
                return time instanceof TemporalAccessor ? time : value;
            }
        }
        return value;
    }
}
