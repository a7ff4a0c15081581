package dev.colophon.html.liquid;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.LiquidException;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jekyll's date filters: {@code date_to_xmlschema}, {@code date_to_rfc822}, {@code date_to_string},
 * {@code date_to_long_string}. As Jekyll's {@code time(input)}: the input read by Liquid's {@code to_date}
 * ("now" as the build time), shown in the site's zone; an empty input is given back, anything else that is
 * not a date is an error, as in Jekyll.
 */
final class JekyllDates {

    static final DateTimeFormatter XMLSCHEMA = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter RFC822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss xx", Locale.ENGLISH);

    /** What the standard date filter is asked to write, to read its parse back exactly: seconds, nanos, offset. */

    private JekyllDates() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("date_to_xmlschema", date(0, (time, args) -> XMLSCHEMA.format(time)));
        filters.put("date_to_rfc822", date(0, (time, args) -> RFC822.format(time)));
        filters.put("date_to_string", date(2, (time, args) -> readable(time, "MMM", args)));
        filters.put("date_to_long_string", date(2, (time, args) -> readable(time, "MMMM", args)));
    }

    private interface Format {
        String apply(ZonedDateTime time, List<Object> args);
    }

    private static Filter date(int optional, Format format) {
        return (input, args, options, context) -> {
            List<Object> a = JekyllFilters.args(args, options, 0, optional);
            if (Texts.toS(input).isEmpty()) {
                return input;
            }
            ZonedDateTime time = toDate(input, context);
            if (time == null) {
                throw LiquidException.argument("Invalid Date: '" + Texts.inspect(input)
                        + "' is not a valid datetime.");
            }
            return format.apply(inSiteZone(time, context), a);
        };
    }

    /** {@code 07 Nov 2008}, or with "ordinal": {@code 7th Nov 2008}, and with "US" too: {@code Nov 7th, 2008}. */
    private static String readable(ZonedDateTime time, String month, List<Object> args) {
        String monthName = DateTimeFormatter.ofPattern(month, Locale.ENGLISH).format(time);
        if (!"ordinal".equals(JekyllFilters.arg(args, 0))) {
            return DateTimeFormatter.ofPattern("dd " + month + " uuuu", Locale.ENGLISH).format(time);
        }
        int day = time.getDayOfMonth();
        String ordinal = day + ordinalSuffix(day);
        if ("US".equals(JekyllFilters.arg(args, 1))) {
            return monthName + " " + ordinal + ", " + time.getYear();
        }
        return ordinal + " " + monthName + " " + time.getYear();
    }

    private static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * Jekyll shows a time in the process's zone, which is the site's {@code timezone:} when set:
     * {@code "08:46 -0400"} is {@code 14:46+02:00} on a Berlin site. Without the setting, as written.
     */
    private static ZonedDateTime inSiteZone(ZonedDateTime time, Context context) {
        String zone = JekyllFilters.siteText(context, "timezone");
        if (zone.isEmpty()) {
            return time;
        }
        try {
            return time.withZoneSameInstant(ZoneId.of(zone));
        } catch (DateTimeException e) {
            // An unknown zone is reported where the configuration is read; here the time stays as it is.
            return time;
        }
    }

    /** Liquid's {@code Utils.to_date}, or null where it gives nil: one reader of dates for every filter. */
    static ZonedDateTime toDate(Object input, Context context) {
        return Values.toDate(input, context);
    }
}
