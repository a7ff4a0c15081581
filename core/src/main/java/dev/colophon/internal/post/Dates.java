package dev.colophon.internal.post;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads front matter dates as Jekyll does, and gives them in the site's time zone, as Jekyll's
 * {@code Utils.parse_date} ({@code Time.parse(text).localtime}) does with {@code TZ} set to the site's
 * {@code timezone:} — UTC by default, the zone GitHub Pages builds in. So a date written with another
 * offset moves to the site's zone, and may move to another day: {@code 2021-03-26 23:30:00 -0800} is
 * 27 March in UTC, and its URL says so, as on GitHub Pages.
 *
 * <p>Two readers, as in Jekyll: a value with the form of a YAML timestamp ({@code 2021-03-26 10:20:30},
 * seconds required) is read as Psych reads unquoted YAML, where no zone means UTC (not the site's zone);
 * anything else as Ruby's {@code Time.parse} reads it (see {@link RubyTimeParse}), where no zone means the
 * site's zone. Front matter readers keep scalars as text without saying whether they were quoted, so a
 * quoted timestamp is read as an unquoted one; this differs from Jekyll only for a timestamp without zone
 * in a site whose {@code timezone:} is not UTC.
 *
 * <p>Stricter than Ruby where Ruby would silently publish something else: a day that does not exist
 * ({@code 2021-02-30}, which Ruby rolls over to 2 March) and a date without a year (which Ruby completes
 * with the current year, so the URL would change every year) are errors.
 */
public final class Dates {

    /** Thrown message of a day that does not exist, e.g. 2021-02-30. */
    public static final String NOT_A_REAL_DAY = "is not a real day";
    /** Thrown message of a time of day that does not exist, e.g. 25:00. */
    public static final String NOT_A_REAL_TIME = "is not a real time of day";
    /** Thrown message of a date without a year. */
    public static final String NO_YEAR = "has no year";

    /** Psych's ScalarScanner::TIME, without the negative years nobody writes. */
    private static final Pattern YAML_TIME = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|\\s+)(\\d{1,2}):(\\d\\d):(\\d\\d)(?:\\.\\d*)?"
            + "(?:\\s*(Z|([-+])(\\d{1,2}):?(\\d\\d)?))?");

    private Dates() {
    }

    /**
     * Parses a date.
     *
     * @param text the date as written
     * @param zone the site's zone: the zone of a date written without one, and of the result
     * @return the date in {@code zone}, or empty when {@code text} has no date or time in it at all
     * @throws DateTimeException when it has the form of a date but is not one, e.g. {@code 2021-02-30}; its
     *     message is {@link #NOT_A_REAL_DAY}, {@link #NOT_A_REAL_TIME} or {@link #NO_YEAR}
     */
    public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        String stripped = text.strip();
        Matcher yaml = YAML_TIME.matcher(stripped);
        if (yaml.matches()) {
            return Optional.of(yamlTimestamp(yaml).atZoneSameInstant(zone).toOffsetDateTime());
        }
        Optional<RubyTimeParse.Parts> found = RubyTimeParse.parse(stripped);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RubyTimeParse.Parts parts = found.get();
        if (parts.year() == null) {
            throw new DateTimeException(NO_YEAR);
        }
        if (parts.year() < 0 || parts.year() > 9999) {
            return Optional.empty();
        }
        LocalDateTime local = local(parts.year(), orOne(parts.month()), orOne(parts.day()), orZero(parts.hour()),
                orZero(parts.minute()), orZero(parts.second()), orZero(parts.nanos()));
        OffsetDateTime date = parts.offset() == null ? local.atZone(zone).toOffsetDateTime()
                : local.atOffset(parts.offset());
        return Optional.of(date.atZoneSameInstant(zone).toOffsetDateTime());
    }

    /**
     * Whether {@code text} is all numbers with the year last, such as {@code 03/04/2021}, and could be read
     * month first as well as day first, as Ruby reads it (4 March or 3 April: Ruby says 3 April).
     */
    public static boolean readsDayFirst(String text) {
        String stripped = text.strip();
        return !YAML_TIME.matcher(stripped).matches()
                && RubyTimeParse.parse(stripped).map(RubyTimeParse.Parts::dayFirst).orElse(false);
    }

    /** A timestamp as Psych makes it a Time: no zone is UTC; the fraction is lost on Jekyll's way to Time.parse. */
    private static OffsetDateTime yamlTimestamp(Matcher m) {
        LocalDateTime local = local(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)), 0);
        if (m.group(7) == null || m.group(7).equals("Z")) {
            return local.atOffset(ZoneOffset.UTC);
        }
        int sign = m.group(8).equals("-") ? -1 : 1;
        int hours = Integer.parseInt(m.group(9));
        int minutes = m.group(10) == null ? 0 : Integer.parseInt(m.group(10));
        try {
            return local.atOffset(ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60)));
        } catch (DateTimeException e) {
            throw new DateTimeException(NOT_A_REAL_TIME);
        }
    }

    /**
     * The local date and time, checked: the day must exist; hour 24 at 0:00 and second 60 roll over to the
     * next day and minute, as Ruby's Time does.
     */
    private static LocalDateTime local(int year, int month, int day, int hour, int minute, int second, int nanos) {
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeException(NOT_A_REAL_DAY);
        }
        boolean midnightAfter = hour == 24 && minute == 0 && second == 0 && nanos == 0;
        if ((hour > 23 && !midnightAfter) || minute > 59 || second > 60) {
            throw new DateTimeException(NOT_A_REAL_TIME);
        }
        return date.atStartOfDay().plusHours(hour).plusMinutes(minute).plusSeconds(second).plusNanos(nanos);
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
