package dev.colophon.liquid.filter;

import dev.colophon.liquid.Context;
import dev.colophon.liquid.Filter;
import dev.colophon.liquid.Numbers;
import dev.colophon.liquid.Texts;
import dev.colophon.liquid.Values;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * {@code date}: a time written with Ruby's strftime. The input is read as Liquid's {@code Utils.to_date} reads
 * it: a time as it is, {@code now} and {@code today} as the render's clock, an integer or a string of digits
 * as seconds since the epoch, other text as Ruby's {@code Time.parse} reads it. An input that is none of these
 * is given back unchanged, as is any input when the format is empty.
 */
final class DateFilter {

    private DateFilter() {
    }

    static void register(Map<String, Filter> filters) {
        filters.put("date", Signature.of(1, 0, (in, a, c) -> date(in, Texts.toS(a.get(0)), c)));
    }

    private static Object date(Object input, String format, Context context) {
        if (format.isEmpty()) {
            return input;
        }
        ZonedDateTime time = toDate(input, context);
        return time == null ? input : Strftime.format(time, format);
    }

    /** Liquid's {@code Utils.to_date}; null where it gives nil. */
    static ZonedDateTime toDate(Object input, Context context) {
        ZoneId zone = context == null ? ZoneOffset.UTC : context.zone();
        try {
            if (input instanceof TemporalAccessor time) {
                return toZoned(time, zone);
            }
            if (Values.isInteger(input)) {
                return epoch(input instanceof BigInteger b ? b : BigInteger.valueOf(((Number) input).longValue()), zone);
            }
            if (!(input instanceof CharSequence chars) || chars.length() == 0) {
                return null;
            }
            String text = chars.toString().toLowerCase(Locale.ROOT);
            if (text.equals("now") || text.equals("today")) {
                return context == null ? ZonedDateTime.now(zone) : context.now();
            }
            if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return epoch(Numbers.parseInteger(text, 10), zone);
            }
            return TimeParser.parse(text, zone, () -> context == null ? ZonedDateTime.now(zone) : context.now());
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static ZonedDateTime epoch(BigInteger seconds, ZoneId zone) {
        return Instant.ofEpochSecond(seconds.longValueExact()).atZone(zone);
    }

    private static ZonedDateTime toZoned(TemporalAccessor time, ZoneId zone) {
        if (time instanceof ZonedDateTime zoned) {
            return zoned;
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.toZonedDateTime();
        }
        if (time instanceof LocalDateTime local) {
            return local.atZone(zone);
        }
        if (time instanceof LocalDate date) {
            return date.atStartOfDay(zone);
        }
        if (time instanceof Instant instant) {
            return instant.atZone(zone);
        }
        return ZonedDateTime.from(time);
    }
}
