package dev.colophon.liquid.filter;

import dev.colophon.liquid.Liquid;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.RenderOptions;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/** Renders templates and calls filters for the filter tests; expected values are Ruby Liquid's. */
final class FilterTesting {

    private static final Liquid LIQUID = Liquid.builder().build();

    private FilterTesting() {
    }

    static String render(String template) {
        return render(template, Map.of());
    }

    static String render(String template, Map<String, ?> data) {
        return LIQUID.parse(template).render(data);
    }

    static String render(String template, Map<String, ?> data, ZonedDateTime now, ZoneId zone) {
        return LIQUID.parse(template).render(data, RenderOptions.defaults().withClock(now, zone));
    }

    /** A filter called directly, without a render (for filters that do not read their context). */
    static Object call(String filter, Object input, Object... args) {
        return StandardFilters.all().get(filter).apply(input, List.of(args), Map.of(), null);
    }

    /** The message of the error rendering raises. */
    static String error(String template, Map<String, ?> data) {
        return Assertions.assertThrows(LiquidException.class, () -> render(template, data)).detail();
    }

    static String error(String template) {
        return error(template, Map.of());
    }
}
