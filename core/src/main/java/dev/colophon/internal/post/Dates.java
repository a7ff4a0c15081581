package dev.colophon.internal.post;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates Jekyll accepts in front matter and post file names, keeping the offset as written.
 * A date without an offset is in the site's time zone; a date without a time is at midnight.
 */
public final class Dates {

    /*
     * YAML timestamps and Jekyll's own form: 2021-03-26, 2021-03-26T10:20:30Z, 2021-03-26 10:20:30 +0200,
     * 2021-03-26 10:20:30.123 -05:00, 2021-03-26 10:20 +02:00. Separators between date and time may be
     * 'T', 't' or spaces; between time and zone any spaces.
     */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
            + "\\s*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z_]+(?:/[A-Za-z_+-]+)*)?)?");

    private Dates() {
    }

    /**
     * Parses a date.
     *
     * @param text the date as written
     * @param zone the zone for a date without offset
     * @return the date, or empty when {@code text} is not a date in a form Jekyll accepts
     * @throws DateTimeException when it has the form of a date but is not one, e.g. {@code 2021-02-30}
     */
    public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        String zoneText = m.group(8);
        if (zoneText == null) {
            return Optional.of(local.atZone(zone).toOffsetDateTime());
        }
        if (zoneText.equalsIgnoreCase("z") || zoneText.equals("UTC") || zoneText.equals("GMT")) {
            return Optional.of(local.atOffset(ZoneOffset.UTC));
        }
        if (zoneText.startsWith("+") || zoneText.startsWith("-")) {
            return Optional.of(local.atOffset(parseOffset(zoneText)));
        }
        return Optional.of(local.atZone(ZoneId.of(zoneText)).toOffsetDateTime());
    }

    private static ZoneOffset parseOffset(String text) {
        String digits = text.substring(1).replace(":", "");
        if (digits.length() <= 2) {
            digits = digits + "00";
        }
        if (digits.length() == 3) {
            digits = "0" + digits;
        }
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = Integer.parseInt(digits.substring(2));
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
