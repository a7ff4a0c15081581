package dev.colophon.html.liquid;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.colophon.liquid.Context;
import dev.colophon.liquid.Drop;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Range;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import dev.colophon.spi.TemplateSetup;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters Jekyll adds to Liquid, or defines differently from Ruby Liquid's (where, find, sort), as Jekyll
 * 4.3 writes them: {@link #all} is the one entry point. This file holds the filters on text and URLs; dates,
 * arrays and the converters are in {@link JekyllDates}, {@link CollectionFilters}, {@link ExpressionFilters},
 * {@link Sorting} and {@link ConvertFilters}.
 */
final class JekyllFilters {

    private JekyllFilters() {
    }

    /**
     * Every Jekyll filter by name, to register over Liquid's standard ones. Each call makes new instances:
     * {@code jsonify} and the {@code *_exp} filters keep caches, one set per engine.
     */
    static Map<String, Filter> all(TemplateSetup setup) {
        Map<String, Filter> filters = new HashMap<>();
        JekyllDates.register(filters);
        CollectionFilters.register(filters);
        new ExpressionFilters().register(filters);
        ConvertFilters.register(filters, setup);
        filters.put("sort", Sorting::sort);
        ThemeFilters.register(filters, setup);
        filters.put("xml_escape", text((in, c) -> in == null ? "" : rubyXmlEscape(Texts.toS(in))));
        // Ruby's CGI.escape: like Java's form encoding, except that it escapes '*' and keeps '~'.
        filters.put("cgi_escape", text((in, c) -> URLEncoder.encode(Texts.toS(in), StandardCharsets.UTF_8)
                .replace("*", "%2A").replace("%7E", "~")));
        filters.put("uri_escape", text((in, c) -> Urls.escapeUri(Texts.toS(in))));
        filters.put("normalize_whitespace", text((in, c) -> normalizeWhitespace(Texts.toS(in))));
        filters.put("number_of_words", (in, args, options, c) ->
                Words.count(Texts.toS(in), Texts.toS(arg(args(args, options, 0, 1), 0))));
        // Jekyll's filter takes a mode only; the third argument, keep the case, is Colophon's (Utils.slugify's cased).
        filters.put("slugify", (in, args, options, c) -> {
            List<Object> a = args(args, options, 0, 2);
            Object mode = arg(a, 0);
            return in == null ? null : Slugs.slugify(Texts.toS(in), mode == null ? "default" : Texts.toS(mode),
                    Values.truthy(arg(a, 1)));
        });
        filters.put("relative_url", text((in, c) -> in == null ? null
                : Urls.relative(urlOf(in), siteText(c, "baseurl"))));
        filters.put("absolute_url", text((in, c) -> in == null ? null
                : Urls.absolute(urlOf(in), siteText(c, "url"), siteText(c, "baseurl"))));
        filters.put("strip_index", text((in, c) -> in == null || Texts.toS(in).isEmpty() ? null
                : Texts.toS(in).replaceFirst("/index\\.html?$", "/")));
        filters.put("tag_url", text((in, c) -> taxonomyUrl(Taxonomies.tags(site(c)), in)));
        filters.put("category_url", text((in, c) -> taxonomyUrl(Taxonomies.categories(site(c)), in)));
        filters.put("jsonify", new Json());
        filters.put("array_to_sentence_string", (in, args, options, c) ->
                sentence(in, Texts.toS(args(args, options, 0, 1).isEmpty() ? "and" : args.get(0))));
        filters.put("inspect", text((in, c) -> rubyXmlEscape(Texts.inspect(in))));
        filters.put("to_integer", text((in, c) -> toInteger(in)));
        return filters;
    }

    // ---- helpers for the other filter files

    /**
     * Ruby's positional arguments of a filter, keyword arguments last as one hash, checked against what the
     * filter takes with Ruby's message: {@code wrong number of arguments (given 2, expected 3)}.
     */
    static List<Object> args(List<Object> args, Map<String, Object> options, int required, int optional) {
        List<Object> all = args;
        if (options != null && !options.isEmpty()) {
            all = new ArrayList<>(args);
            all.add(options);
        }
        int given = all.size();
        if (given < required || given > required + optional) {
            throw LiquidException.argument("wrong number of arguments (given " + (given + 1) + ", expected "
                    + (required + 1) + (optional > 0 ? ".." + (required + optional + 1) : "") + ")");
        }
        return all;
    }

    /** The argument at {@code index}, or null when not given. */
    static Object arg(List<Object> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }

    /** A filter of its input alone: no arguments. */
    static Filter text(java.util.function.BiFunction<Object, Context, Object> body) {
        return (in, args, options, context) -> {
            args(args, options, 0, 0);
            return body.apply(in, context);
        };
    }

    /** Whether a value is a Ruby Array: a list, but not a range (which Ruby keeps apart). */
    static boolean isArray(Object value) {
        return value instanceof List<?> && !(value instanceof Range);
    }

    /** The {@code site} variable as a map, empty when there is none. */
    static Map<?, ?> site(Context context) {
        return context.get("site") instanceof Map<?, ?> map ? map : Map.of();
    }

    /** A setting of {@code site} as text, empty when unset. */
    static String siteText(Context context, String key) {
        Object value = site(context).get(key);
        return value == null ? "" : Texts.toS(value);
    }

    // ---- used elsewhere in this package (feeds, highlighting, SEO)

    /** A date value as {@code date_to_xmlschema} writes it, or empty when it is not a date. */
    static String xmlschema(Object value) {
        return value instanceof TemporalAccessor t ? JekyllDates.XMLSCHEMA.format(t) : "";
    }

    /** Escapes text for XML and HTML, apostrophes as {@code &#39;} (which HTML 4 also reads). */
    static String xmlEscape(String text) {
        return escape(text, "&#39;");
    }

    // ---- the filters' bodies

    /** Ruby's {@code encode(xml: :attr)} without its quotes, as Jekyll's xml_escape and inspect write. */
    private static String rubyXmlEscape(String text) {
        return escape(text, "&apos;");
    }

    private static String escape(String text, String apostrophe) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(apostrophe);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Runs of ASCII white space (Ruby's {@code \s}) as one space, none at either end. */
    private static String normalizeWhitespace(String text) {
        String spaced = text.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ");
        int start = spaced.startsWith(" ") ? 1 : 0;
        int end = spaced.endsWith(" ") && spaced.length() > start ? spaced.length() - 1 : spaced.length();
        return spaced.substring(start, Math.max(start, end));
    }

    /** Jekyll takes the {@code url} of what has one (a post, a page) and the text of anything else. */
    private static String urlOf(Object input) {
        Object url = input instanceof Drop drop ? drop.get("url") : input instanceof Map<?, ?> map ? map.get("url") : null;
        return Texts.toS(url != null ? url : input);
    }

    private static String taxonomyUrl(Taxonomies taxonomy, Object name) {
        return taxonomy.enabled() ? taxonomy.urlOf(Texts.toS(name)) : "";
    }

    /** {@code a, b, and c}: Jekyll joins the items but the last with commas (nested arrays opened), Ruby's to_s each. */
    private static String sentence(Object input, String connector) {
        List<?> items = input == null ? List.of() : isArray(input) ? (List<?>) input : List.of(input);
        int n = items.size();
        return switch (n) {
            case 0 -> "";
            case 1 -> Texts.toS(items.get(0));
            case 2 -> Texts.toS(items.get(0)) + " " + connector + " " + Texts.toS(items.get(1));
            default -> {
                StringBuilder out = new StringBuilder();
                for (Object item : Values.flatList(items.subList(0, n - 1))) {
                    out.append(Texts.toS(item)).append(", ");
                }
                yield out.append(connector).append(' ').append(Texts.toS(items.get(n - 1))).toString();
            }
        };
    }

    /** Jekyll's to_integer: true 1, false 0, anything else Ruby's {@code to_i}. */
    private static Object toInteger(Object input) {
        if (input == null || Boolean.FALSE.equals(input)) {
            return 0L;
        }
        if (Boolean.TRUE.equals(input)) {
            return 1L;
        }
        if (Values.isInteger(input)) {
            return Numbers.fromNumber((Number) input);
        }
        if (input instanceof BigDecimal d) {
            return Numbers.integer(d.toBigInteger());
        }
        if (input instanceof Double || input instanceof Float) {
            double d = ((Number) input).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new LiquidException(LiquidException.Kind.FLOAT_DOMAIN, Texts.floatToS(d));
            }
            return Numbers.integer(new BigDecimal(d).toBigInteger());
        }
        if (input instanceof CharSequence text) {
            return Numbers.toI(text.toString());
        }
        if (input instanceof ZonedDateTime time) {
            return time.toEpochSecond();
        }
        if (input instanceof TemporalAccessor time && time.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
            return Instant.from(time).getEpochSecond();
        }
        throw LiquidException.argument("undefined method `to_i' for " + Texts.inspect(input));
    }

    /**
     * Jekyll's jsonify: maps and lists as JSON, dates as Ruby's {@code Time#to_s} writes them. The mapper is
     * made once per filter and only read after: Jackson's mappers are thread-safe once configured.
     */
    private static final class Json implements Filter {
        private final ObjectMapper mapper = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(new SimpleModule()
                        .addSerializer(TemporalAccessor.class, new StdSerializer<>(TemporalAccessor.class) {
                            @Override
                            public void serialize(TemporalAccessor value, JsonGenerator out, SerializerProvider p)
                                    throws IOException {
                                out.writeString(Texts.timeToS(value));
                            }
                        })
                        // Ruby's float text (1.0e+16), not Java's (1.0E16).
                        .addSerializer(Double.class, new StdSerializer<>(Double.class) {
                            @Override
                            public void serialize(Double value, JsonGenerator out, SerializerProvider p)
                                    throws IOException {
                                out.writeNumber(Texts.floatToS(value));
                            }
                        }));

        @Override
        public Object apply(Object input, List<Object> args, Map<String, Object> options, Context context) {
            args(args, options, 0, 0);
            try {
                return mapper.writeValueAsString(input);
            } catch (JsonProcessingException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof StreamConstraintsException) {
                        // Arrays in arrays a thousand deep, as a loop makes them: the same error as inspect's.
                        throw new LiquidException(LiquidException.Kind.STACK_LEVEL, "Nesting too deep");
                    }
                }
                throw LiquidException.argument("jsonify: cannot write as JSON: " + e.getOriginalMessage());
            }
        }
    }
}
