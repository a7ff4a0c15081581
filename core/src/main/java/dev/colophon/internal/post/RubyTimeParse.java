package dev.colophon.internal.post;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts Ruby's {@code Time.parse} finds in a date, as {@code Date._parse} (date_parse.c) finds them:
 * weekday names are dropped, the first time of day is taken with the zone written right after it, and
 * the date is the first of the forms below that matches what is left; anything else is ignored, as in
 * Ruby ({@code 2023-01-29 18:30:22 2023 -0800} is 18:30:22 local time: the offset does not follow the time).
 * Forms: {@code 2021-03-26}, {@code 2021/03/26}, {@code 26/03/2021}, {@code 26.03.2021}, {@code 26 March 2021},
 * {@code March 26, 2021}, {@code 26-Mar-2021}, {@code 20210326}, with times such as {@code 10:20},
 * {@code 10:20:30.5}, {@code 10:20 pm}, {@code 10h20}, and zones {@code +01:00}, {@code +0100}, {@code +01},
 * {@code Z}, {@code UTC}, {@code GMT}, {@code EST} … ({@code Time.zone_offset}'s; any other name leaves the
 * time local, as in Ruby).
 */
final class RubyTimeParse {

    /** What was found; fields are null when missing. */
    record Parts(Integer year, Integer month, Integer day, Integer hour, Integer minute, Integer second,
            Integer nanos, ZoneOffset offset, boolean dayFirst) {
    }

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final String ERA = "c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern NOT_DATE = Pattern.compile("[^-+',./:@\\p{L}\\p{Nd}\\[\\]]+");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:sun|mon|tue|wed|thu|fri|sat)[^-/\\d\\s]*", FLAGS);
    private static final Pattern TIME = Pattern.compile(
            "(\\d+\\s*(?:(?::\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)"
            + "(?:\\s*[ap](?:m\\b|\\.m\\.))?|[ap](?:m\\b|\\.m\\.)))"
            + "(?:\\s*((?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?"
            + "|(?-i:[\\p{L}.\\s]+)(?:standard|daylight)\\stime\\b|(?-i:\\p{L}+)(?:\\sdst)?\\b))?", FLAGS);
    private static final Pattern TIME_PARTS = Pattern.compile(
            "(\\d+)h?(?:\\s*:?\\s*(\\d+)m?(?:\\s*:?\\s*(\\d+)(?:[,.](\\d+))?s?)?)?(?:\\s*([ap])(?:m\\b|\\.m\\.))?",
            FLAGS);
    private static final Pattern EU = Pattern.compile("'?\\b(\\d+)[^-\\d\\s]*\\s*(" + MONTHS + ")[^-\\d\\s']*"
            + "(?:\\s*(?:\\s*(" + ERA + "))?\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?", FLAGS);
    private static final Pattern US = Pattern.compile("\\b(" + MONTHS + ")[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*"
            + "(?:\\s*,?\\s*(" + ERA + ")?\\s*('?-?\\d+))?", FLAGS);
    private static final Pattern ISO = Pattern.compile("('?[-+]?\\d+)-(\\d+)-('?-?\\d+)");
    private static final Pattern VMS = Pattern.compile("('?-?\\d+)-(" + MONTHS + ")[^-/.]*-('?-?\\d+)", FLAGS);
    private static final Pattern SLASH = Pattern.compile("('?-?\\d+)/\\s*('?\\d+)(?:\\D\\s*('?-?\\d+))?");
    private static final Pattern DOT = Pattern.compile("('?-?\\d+)\\.\\s*('?\\d+)\\.\\s*('?-?\\d+)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DIGITS8 = Pattern.compile("(?<![\\d+-])(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    /** Time.zone_offset's names (RFC 822 and military zones); any other name is no zone at all. */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("UT", 0), Map.entry("GMT", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
            Map.entry("A", 1), Map.entry("B", 2), Map.entry("C", 3), Map.entry("D", 4), Map.entry("E", 5),
            Map.entry("F", 6), Map.entry("G", 7), Map.entry("H", 8), Map.entry("I", 9), Map.entry("K", 10),
            Map.entry("L", 11), Map.entry("M", 12), Map.entry("N", -1), Map.entry("O", -2), Map.entry("P", -3),
            Map.entry("Q", -4), Map.entry("R", -5), Map.entry("S", -6), Map.entry("T", -7), Map.entry("U", -8),
            Map.entry("V", -9), Map.entry("W", -10), Map.entry("X", -11), Map.entry("Y", -12));
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d\\d)(?::?(\\d\\d)(?::?(\\d\\d))?)?");

    private RubyTimeParse() {
    }

    /** The parts of {@code text}; empty when it has neither a date nor a time, as Ruby's "no time information". */
    static Optional<Parts> parse(String text) {
        String rest = NOT_DATE.matcher(text).replaceAll(" ");
        rest = WEEKDAY.matcher(rest).replaceFirst(" ");
        Integer hour = null;
        Integer minute = null;
        Integer second = null;
        Integer nanos = null;
        ZoneOffset offset = null;
        Matcher time = TIME.matcher(rest);
        if (time.find()) {
            Matcher parts = TIME_PARTS.matcher(time.group(1));
            if (parts.lookingAt()) {
                hour = number(parts.group(1));
                minute = number(parts.group(2));
                second = number(parts.group(3));
                if (parts.group(4) != null) {
                    nanos = Integer.parseInt((parts.group(4) + "000000000").substring(0, 9));
                }
                if (parts.group(5) != null) {
                    hour = hour % 12 + (parts.group(5).equalsIgnoreCase("p") ? 12 : 0);
                }
            }
            offset = time.group(2) == null ? null : zoneOffset(time.group(2).strip());
            rest = rest.substring(0, time.start()) + " " + rest.substring(time.end());
        }
        String[] ymd = date(rest);
        if (ymd == null && hour == null) {
            return Optional.empty();
        }
        Integer[] date = ymd == null ? new Integer[3] : numbers(ymd);
        return Optional.of(new Parts(date[0], date[1], date[2], hour, minute, second, nanos, offset,
                ymd != null && ymd[3] != null));
    }

    /**
     * Year, month and day as written (each may be null), and, fourth, non-null when the date is all numbers
     * with the year last and could be read either day first (as Ruby does) or month first; null when no
     * date form matches.
     */
    private static String[] date(String text) {
        Matcher m;
        if ((m = EU.matcher(text)).find()) {
            return ordered(m.group(4), month(m.group(2)), m.group(1));
        }
        if ((m = US.matcher(text)).find()) {
            return ordered(m.group(4), month(m.group(1)), m.group(2));
        }
        if ((m = ISO.matcher(text)).find()) {
            return numeric(m);
        }
        if ((m = VMS.matcher(text)).find()) {
            return ordered(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = SLASH.matcher(text)).find()) {
            return numeric(m);
        }
        if ((m = DOT.matcher(text)).find()) {
            return numeric(m);
        }
        if ((m = DIGITS8.matcher(text)).find()) {
            return new String[] {m.group(1), m.group(2), m.group(3), null};
        }
        return null;
    }

    private static String[] ordered(String y, String m, String d) {
        return java.util.Arrays.copyOf(s3e(y, m, d), 4);
    }

    /** Three numbers in the order written, ordered as Ruby does, noting whether day and month could swap. */
    private static String[] numeric(Matcher m) {
        String first = m.group(1);
        String second = m.group(2);
        String third = m.group(3);
        String[] out = ordered(first, second, third);
        // By identity: which of the three strings became the year.
        boolean yearLast = third != null && out[0] == third;
        if (yearLast && small(first) && small(second) && Integer.parseInt(first) != Integer.parseInt(second)) {
            out[3] = "ambiguous";
        }
        return out;
    }

    private static boolean small(String number) {
        return number.matches("\\d{1,2}") && Integer.parseInt(number) >= 1 && Integer.parseInt(number) <= 12;
    }

    /**
     * Ruby's {@code s3e}: which of three numbers is the year, month and day. A number of more than two
     * digits (or with an apostrophe) is the year wherever it is; two numbers are month and day.
     */
    private static String[] s3e(String y, String m, String d) {
        if (y != null && m != null && d == null) {
            String oy = y;
            y = null;
            d = m;
            m = oy;
        }
        if (y == null && d != null && (d.length() > 2 || d.startsWith("'"))) {
            y = d;
            d = null;
        }
        if (y != null) {
            int s = 0;
            while (s < y.length() && !isSign(y.charAt(s)) && !Character.isDigit(y.charAt(s))) {
                s++;
            }
            int bp = s;
            if (s < y.length() && isSign(y.charAt(s))) {
                s++;
            }
            while (s < y.length() && y.charAt(s) >= '0' && y.charAt(s) <= '9') {
                s++;
            }
            if (s < y.length()) {
                String oy = y;
                y = d;
                d = oy.substring(bp);
            }
        }
        if (m != null && (m.startsWith("'") || m.length() > 2)) {
            String oy = y;
            y = m;
            m = d;
            d = oy;
        }
        if (d != null && (d.startsWith("'") || d.length() > 2)) {
            String oy = y;
            y = d;
            d = oy;
        }
        return new String[] {y, m, d};
    }

    private static boolean isSign(char c) {
        return c == '+' || c == '-';
    }

    private static Integer[] numbers(String[] ymd) {
        Integer[] out = new Integer[3];
        for (int i = 0; i < 3; i++) {
            if (ymd[i] == null) {
                continue;
            }
            String digits = ymd[i].replace("'", "");
            Matcher m = NUMBER.matcher(digits);
            if (!m.find()) {
                continue;
            }
            String number = m.group();
            int value = isSign(number.charAt(0)) ? (number.charAt(0) == '-' ? -1 : 1) * number(number.substring(1))
                    : number(number);
            // Time.parse completes a two-digit year without sign or apostrophe: 69-99 are 19xx, 00-68 20xx.
            if (i == 0 && !ymd[i].startsWith("'") && !isSign(number.charAt(0)) && number.length() <= 2) {
                value += value >= 69 ? 1900 : 2000;
            }
            out[i] = value;
        }
        return out;
    }

    private static String month(String name) {
        return Integer.toString(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1);
    }

    /** Digits as a number; more than nine of them are no part of a date. */
    private static Integer number(String digits) {
        if (digits == null) {
            return null;
        }
        if (digits.length() > 9) {
            throw new DateTimeException(Dates.NOT_A_REAL_DAY);
        }
        return Integer.valueOf(digits);
    }

    /** Ruby's {@code Time.zone_offset}: numeric offsets and a few names; null for anything else. */
    static ZoneOffset zoneOffset(String zone) {
        Matcher m = OFFSET.matcher(zone);
        if (m.matches()) {
            int sign = m.group(1).equals("-") ? -1 : 1;
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int seconds = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60 + seconds));
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }
}
