package dev.colophon.html.liquid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liqp.LValue;
import liqp.PlainBigDecimal;
import liqp.TemplateContext;
import liqp.filters.Filter;

/**
 * The filters Jekyll adds to Liquid that liqp lacks, or has in a form that differs from Jekyll's.
 */
final class JekyllFilters {

    private static final DateTimeFormatter XMLSCHEMA = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter RUBY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx");
    private static final DateTimeFormatter RFC822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);

    private JekyllFilters() {
    }

    static List<Filter> all() {
        return List.of(
                dateFilter("date_to_xmlschema", (date, params) -> XMLSCHEMA.format(date)),
                dateFilter("date_to_rfc822", (date, params) -> RFC822.format(date)),
                dateFilter("date_to_string", (date, params) -> readable(date, "MMM", params)),
                dateFilter("date_to_long_string", (date, params) -> readable(date, "MMMM", params)),
                stringFilter("xml_escape", JekyllFilters::xmlEscape),
                stringFilter("cgi_escape", s -> URLEncoder.encode(s, StandardCharsets.UTF_8)),
                stringFilter("uri_escape", Urls::escapeUri),
                // liqp's downcase and upcase follow the JVM's default locale: under Turkish, "TITLE" | downcase
                // was "tıtle". Ruby's case mapping is the same everywhere.
                stringFilter("downcase", s -> s.toLowerCase(Locale.ROOT)),
                stringFilter("upcase", s -> s.toUpperCase(Locale.ROOT)),
                // liqp's round formats with the JVM's default locale: under a locale with decimal commas (de,
                // tr, fr...) 3.14159 | round: 2 became "3,14", which liqp then failed to read back, failing the
                // build. Same rounding (half up), always with a decimal point, as Ruby's.
                new Filter("round") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        if (!canBeDouble(value)) {
                            return 0;
                        }
                        long digits = params.length > 0 && canBeDouble(params[0]) ? asNumber(params[0]).longValue() : 0;
                        DecimalFormat format = new DecimalFormat(digits > 0 ? "0." + "0".repeat((int) digits) : "0",
                                DecimalFormatSymbols.getInstance(Locale.ROOT));
                        format.setRoundingMode(RoundingMode.HALF_UP);
                        return new PlainBigDecimal(format.format(asNumber(value).doubleValue()));
                    }
                },
                new Filter("number_of_words") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String mode = params.length > 0 ? asString(params[0], context) : "";
                        return Words.count(asString(value, context), mode);
                    }
                },
                new Filter("slugify") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String mode = params.length > 0 ? asString(params[0], context) : "default";
                        boolean cased = params.length > 1 && asBoolean(params[1]);
                        return Slugs.slugify(asString(value, context), mode, cased);
                    }
                },
                new Filter("relative_url") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return value == null ? null : Urls.relative(asString(value, context), siteValue(context, "baseurl"));
                    }
                },
                new Filter("absolute_url") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return value == null ? null : Urls.absolute(asString(value, context), siteValue(context, "url"),
                                siteValue(context, "baseurl"));
                    }
                },
                new Filter("sort") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return Sorting.sort(this, value, context, params);
                    }
                },
                new Filter("tag_url") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        Taxonomies tags = Taxonomies.tags(siteMap(context));
                        return tags.enabled() ? tags.urlOf(asString(value, context)) : "";
                    }
                },
                new Filter("category_url") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        Taxonomies categories = Taxonomies.categories(siteMap(context));
                        return categories.enabled() ? categories.urlOf(asString(value, context)) : "";
                    }
                },
                new Filter("jsonify") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        return Json.write(value);
                    }
                },
                new Filter("array_to_sentence_string") {
                    @Override
                    public Object apply(Object value, TemplateContext context, Object... params) {
                        String connector = params.length > 0 ? asString(params[0], context) : "and";
                        Object[] items = asArray(value, context);
                        return switch (items.length) {
                            case 0 -> "";
                            case 1 -> asString(items[0], context);
                            case 2 -> asString(items[0], context) + " " + connector + " " + asString(items[1], context);
                            default -> {
                                StringBuilder out = new StringBuilder();
                                for (int i = 0; i < items.length - 1; i++) {
                                    out.append(asString(items[i], context)).append(", ");
                                }
                                yield out.append(connector).append(' ').append(asString(items[items.length - 1], context))
                                        .toString();
                            }
                        };
                    }
                });
    }

    /** {@code 07 Nov 2008}, or with {@code "ordinal"}: {@code 7th Nov 2008} (UK) / {@code Nov 7th, 2008} (US). */
    private static String readable(ZonedDateTime date, String month, List<String> params) {
        String monthName = DateTimeFormatter.ofPattern(month, Locale.ENGLISH).format(date);
        if (params.isEmpty() || !params.get(0).equals("ordinal")) {
            return DateTimeFormatter.ofPattern("dd " + month + " uuuu", Locale.ENGLISH).format(date);
        }
        int day = date.getDayOfMonth();
        String ordinal = day + ordinalSuffix(day);
        if (params.size() > 1 && params.get(1).equals("US")) {
            return monthName + " " + ordinal + ", " + date.getYear();
        }
        return ordinal + " " + monthName + " " + date.getYear();
    }

    private static String ordinalSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** A date value as {@code date_to_xmlschema} writes it, or empty when it is not a date. */
    static String xmlschema(Object value) {
        if (value instanceof java.time.temporal.TemporalAccessor t) {
            return XMLSCHEMA.format(t);
        }
        return "";
    }

    static String xmlEscape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<?, ?> siteMap(TemplateContext context) {
        return context.get("site") instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String siteValue(TemplateContext context, String key) {
        Object site = context.get("site");
        if (site instanceof Map<?, ?> map && map.get(key) != null) {
            return map.get(key).toString();
        }
        return "";
    }

    private interface DateFormat {
        String format(ZonedDateTime date, List<String> params);
    }

    private static Filter dateFilter(String name, DateFormat format) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                ZonedDateTime date = toDate(BuildTime.ifNow(value, context), context);
                if (date == null) {
                    return value;
                }
                date = inSiteZone(date, context);
                List<String> args = java.util.Arrays.stream(params).map(p -> asString(p, context)).toList();
                return format.format(date, args);
            }
        };
    }

    /**
     * Jekyll's filters show a time in the process's zone, which is the site's {@code timezone:} when set:
     * {@code "08:46 -0400"} is {@code 12:46+00:00} on a UTC site. Without the setting, as written.
     */
    private static ZonedDateTime inSiteZone(ZonedDateTime date, TemplateContext context) {
        String zone = siteValue(context, "timezone");
        if (zone.isEmpty()) {
            return date;
        }
        try {
            return date.withZoneSameInstant(java.time.ZoneId.of(zone));
        } catch (java.time.DateTimeException e) {
            // An unknown zone is reported where the configuration is read; here the date stays as it is.
            return date;
        }
    }

    private static ZonedDateTime toDate(Object value, TemplateContext context) {
        if (value == null) {
            return null;
        }
        if (LValue.isTemporal(value)) {
            return LValue.asRubyDate(value, context);
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        TemporalAccessor parsed = context.getDateParser().parse(text, context.getParser().locale,
                context.getParser().defaultTimeZone);
        return parsed == null ? null : LValue.asRubyDate(parsed, context);
    }

    private interface StringFunction {
        String apply(String input);
    }

    private static Filter stringFilter(String name, StringFunction function) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return value == null ? "" : function.apply(asString(value, context));
            }
        };
    }

    /** Jekyll's jsonify: maps and lists as JSON, dates as Ruby's {@code Time#to_s} writes them. */
    static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(new SimpleModule().addSerializer(TemporalAccessor.class,
                        new StdSerializer<TemporalAccessor>(TemporalAccessor.class) {
                            @Override
                            public void serialize(TemporalAccessor value, JsonGenerator out, SerializerProvider p)
                                    throws java.io.IOException {
                                out.writeString(RUBY_TIME.format(value));
                            }
                        }));

        private Json() {
        }

        static String write(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
            }
        }
    }
}
