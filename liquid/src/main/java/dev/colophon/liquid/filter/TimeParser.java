package dev.colophon.liquid.filter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby's {@code Time.parse} for the forms dates are written in: ISO 8601 ({@code 2016-03-14T10:00:00Z}),
 * Ruby's own {@code 2021-03-26 09:30:00 +0100}, {@code March 14, 2016}, {@code Mar 14 2016},
 * {@code 14 Mar 2016 10:00}, RFC 2822, {@code 14/03/2016}, a time alone (today's). As Ruby does, it picks
 * out a time (with its zone) and a date wherever they are in the text, takes what is missing from now, and
 * reads a time without a zone in the given zone. Gives null where Ruby raises ArgumentError.
 *
 * <p>Expects lower-case text, as Liquid's {@code Utils.to_date} gives it. Every pattern is anchored on a
 * short fixed shape, so parsing is linear in the text.
 */
final class TimeParser {

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";


    private static final Pattern HOUR_MERIDIAN = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*([ap])\\.?m\\b\\.?");

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(-?\\d{4,})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

    private static final Pattern EUROPEAN = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*(?:of\\s+)?(" + MONTHS + ")\\b\\.?(?:[\\s,.']+(-?\\d+)\\b)?");

    private static final Pattern AMERICAN = Pattern.compile(
            "\\b(" + MONTHS + ")\\b\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,?\\s*(-?\\d+)\\b)?");

    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\b\\.?\\s*,?\\s*(\\d{3,})\\b");

    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(-?\\d+)([/.])\\s*(\\d+)(?:\\2\\s*(-?\\d+))?(?!\\d)");

    /** Zone abbreviations Ruby's Date knows, the common ones. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("ut", 0), Map.entry("wet", 0),
            Map.entry("west", 3600), Map.entry("bst", 3600), Map.entry("cet", 3600), Map.entry("cest", 7200),
            Map.entry("eet", 7200), Map.entry("eest", 10800), Map.entry("msk", 10800), Map.entry("ist", 19800),
            Map.entry("jst", 32400), Map.entry("aest", 36000), Map.entry("aedt", 39600),
            Map.entry("est", -18000), Map.entry("edt", -14400), Map.entry("cst", -21600), Map.entry("cdt", -18000),
            Map.entry("mst", -25200), Map.entry("mdt", -21600), Map.entry("pst", -28800), Map.entry("pdt", -25200),
            Map.entry("akst", -32400), Map.entry("akdt", -28800), Map.entry("hst", -36000));

    private static final Pattern TIME = Pattern.compile(
            "(?<!\\d)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?(?:\\s*([ap])\\.?m\\b\\.?)?"
                    + "(?:\\s*(z\\b|[+-]\\d{1,2}(?::?\\d{2}(?::?\\d{2})?)?(?!\\d)|(?:"
                    + String.join("|", ZONES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
                    + ")\\b(?:\\s+dst\\b)?))?");

    private Integer year;
    private Integer month;
    private Integer day;
    private Integer hour;
    private int minute;
    private int second;
    private int nano;
    private ZoneId zone;

    private TimeParser() {
    }

    /** The time the text tells, or null when Ruby would raise. */
    static ZonedDateTime parse(String text, ZoneId localZone, java.util.function.Supplier<ZonedDateTime> now) {
        TimeParser p = new TimeParser();
        String rest = p.time(text);
        rest = p.date(rest);
        if (p.year == null && p.month == null && p.day == null && p.hour == null) {
            return null;
        }
        return p.build(localZone, now);
    }

    /** Takes the time and its zone out of the text, returning what is left. */
    private String time(String text) {
        Matcher m = TIME.matcher(text);
        if (m.find()) {
            hour = Integer.valueOf(m.group(1));
            minute = Integer.parseInt(m.group(2));
            second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (m.group(4) != null) {
                nano = Integer.parseInt((m.group(4) + "00000000").substring(0, 9));
            }
            meridian(m.group(5));
            zone(m.group(6));
            return blank(text, m);
        }
        m = HOUR_MERIDIAN.matcher(text);
        if (m.find()) {
            hour = Integer.valueOf(m.group(1));
            meridian(m.group(2));
            return blank(text, m);
        }
        return text;
    }

    private void meridian(String ap) {
        if (ap != null) {
            hour = hour % 12 + (ap.equals("p") ? 12 : 0);
        }
    }

    private void zone(String z) {
        if (z == null) {
            return;
        }
        if (z.equals("z") || z.equals("utc")) {
            zone = ZoneOffset.UTC;
        } else if (z.charAt(0) == '+' || z.charAt(0) == '-') {
            String digits = z.substring(1).replace(":", "");
            int h;
            int mm = 0;
            int ss = 0;
            if (digits.length() <= 2) {
                h = Integer.parseInt(digits);
            } else {
                int hourDigits = digits.length() % 2 == 1 ? 1 : 2;
                h = Integer.parseInt(digits.substring(0, hourDigits));
                mm = Integer.parseInt(digits.substring(hourDigits, hourDigits + 2));
                if (digits.length() > hourDigits + 2) {
                    ss = Integer.parseInt(digits.substring(hourDigits + 2, Math.min(digits.length(), hourDigits + 4)));
                }
            }
            int total = h * 3600 + mm * 60 + ss;
            zone = total > 18 * 3600 ? null : ZoneOffset.ofTotalSeconds(z.charAt(0) == '-' ? -total : total);
        } else {
            String name = z.split("\\s+")[0];
            zone = ZoneOffset.ofTotalSeconds(ZONES.get(name) + (z.endsWith("dst") ? 3600 : 0));
        }
    }

    /** Takes the date out of the text: the first of the known forms found. */
    private String date(String text) {
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            set(m.group(1), m.group(2), m.group(3));
            return blank(text, m);
        }
        m = EUROPEAN.matcher(text);
        if (m.find()) {
            day = Integer.valueOf(m.group(1));
            month = month(m.group(2));
            year = m.group(3) == null ? null : year(m.group(3));
            return blank(text, m);
        }
        m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            month = month(m.group(1));
            year = year(m.group(2));
            return blank(text, m);
        }
        m = AMERICAN.matcher(text);
        if (m.find()) {
            month = month(m.group(1));
            day = Integer.valueOf(m.group(2));
            year = m.group(3) == null ? null : year(m.group(3));
            return blank(text, m);
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            String a = m.group(1);
            String b = m.group(3);
            String c = m.group(4);
            if (c == null) {
                month = Integer.valueOf(a);
                day = Integer.valueOf(b);
            } else if (c.replace("-", "").length() > 2 && a.replace("-", "").length() <= 2) {
                set(c, b, a);
            } else {
                set(a, b, c);
            }
            return blank(text, m);
        }
        return text;
    }

    private void set(String y, String m, String d) {
        year = year(y);
        month = Integer.valueOf(m);
        day = Integer.valueOf(d);
    }

    /** A year; two digits are this century's or the last's, as Ruby completes them. */
    private static Integer year(String digits) {
        if (digits.length() > 10) {
            return Integer.MAX_VALUE;
        }
        long y = Long.parseLong(digits);
        if (digits.replace("-", "").length() <= 2 && y >= 0) {
            y += y >= 69 ? 1900 : 2000;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, y));
    }

    private static Integer month(String name) {
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.substring(0, 3)) / 3 + 1;
    }

    private static String blank(String text, Matcher m) {
        return text.substring(0, m.start()) + " " + text.substring(m.end());
    }

    /**
     * The time, completed from now where parts are missing, as Ruby's Time.new would make it. Now is asked
     * for only then: a build that remembers which pages show the time must not see every date as one.
     */
    private ZonedDateTime build(ZoneId localZone, java.util.function.Supplier<ZonedDateTime> now) {
        ZonedDateTime today = year != null && month != null && day != null ? null
                : now.get().withZoneSameInstant(zone != null ? zone : localZone);
        int y = year != null ? year : today.getYear();
        int mon = month != null ? month : year != null ? 1 : today.getMonthValue();
        int d = day != null ? day : year != null || month != null ? 1 : today.getDayOfMonth();
        int h = hour != null ? hour : 0;
        if (mon < 1 || mon > 12 || d < 1 || d > 31 || h > 24 || minute > 59 || second > 60
                || h == 24 && (minute > 0 || second > 0)) {
            return null;
        }
        try {
            // Ruby's Time rolls a day past the month's end into the next month (February 30 is March 1).
            LocalDateTime local = LocalDate.of(y, mon, 1).atStartOfDay()
                    .plusDays(d - 1L).plusHours(h).plusMinutes(minute).plusSeconds(second).plusNanos(nano);
            return ZonedDateTime.of(local, zone != null ? zone : localZone);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
