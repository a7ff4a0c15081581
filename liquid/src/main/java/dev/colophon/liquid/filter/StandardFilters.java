package dev.colophon.liquid.filter;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Range;
import dev.colophon.liquid.Values;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ruby Liquid's standard filters, as Shopify's Liquid 5 defines them (with the filters and changes up to
 * 5.11 that Golden Liquid tests: {@code sum}, {@code has}, {@code find}, {@code find_index}, {@code reject},
 * {@code squish}, the URL-safe Base64 pair). Each filter checks its number of arguments as Ruby does, the
 * keyword arguments counting as one last argument, and converts its input as its Ruby method does.
 */
public final class StandardFilters {

    private static final Map<String, Filter> ALL = build();

    private StandardFilters() {
    }

    /** Every standard filter by name; an unmodifiable map of stateless filters, shared by every render. */
    public static Map<String, Filter> all() {
        return ALL;
    }

    /** Liquid's {@code Utils.to_date}, as the {@code date} filter reads its input; null where it gives nil. */
    public static java.time.ZonedDateTime toDate(Object input, Context context) {
        return DateFilter.toDate(input, context);
    }

    /** Liquid's {@code strip_html}, in linear time whatever the text (tags that never close included). */
    public static String stripHtml(String html) {
        return HtmlFilters.stripHtml(html);
    }

    private static Map<String, Filter> build() {
        Map<String, Filter> filters = new HashMap<>();
        StringFilters.register(filters);
        HtmlFilters.register(filters);
        EncodingFilters.register(filters);
        ArrayFilters.register(filters);
        SelectFilters.register(filters);
        SortFilters.register(filters);
        MathFilters.register(filters);
        DateFilter.register(filters);
        filters.put("default", Signature.of(0, 2, StandardFilters::defaultValue));
        return Map.copyOf(filters);
    }

    /**
     * The default when the input is nil, false or empty; with {@code allow_false: true}, false is kept. The
     * keyword hash is Ruby's third positional argument, so a hash given in its place is the options too.
     */
    private static Object defaultValue(Object input, List<Object> args, Context context) {
        Object fallback = args.isEmpty() ? "" : args.get(0);
        boolean allowFalse = args.size() > 1 && args.get(1) instanceof Map<?, ?> options
                && Values.truthy(options.get("allow_false"));
        boolean missing = allowFalse ? input == null : !Values.truthy(input);
        boolean empty = !(input instanceof Range) && Values.isEmpty(input);
        return missing || empty ? fallback : input;
    }
}
