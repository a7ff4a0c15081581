package dev.colophon.liquid.filter;

import dev.colophon.liquid.LiquidException;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Ruby's {@code Time#strftime}: every conversion, with its flags ({@code -} no padding, {@code _} spaces,
 * {@code 0} zeros, {@code ^} upper case, {@code #} other case, {@code :} for {@code %z}) and a width. An
 * unknown conversion is written as it is; a format ending inside a conversion is Ruby's ArgumentError.
 */
final class Strftime {

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final ZonedDateTime time;
    private final String format;
    private final StringBuilder out;

    private Strftime(ZonedDateTime time, String format) {
        this.time = time;
        this.format = format;
        // Room for the usual formats' output ("%Y-%m-%d", "%b %-d, %Y") without growing.
        this.out = new StringBuilder(format.length() + 16);
    }

    static String format(ZonedDateTime time, String format) {
        Strftime f = new Strftime(time, format);
        f.run();
        return f.out.toString();
    }

    /** The flags and width of one conversion. */
    private static final class Spec {
        boolean noPad;
        char pad;
        boolean upper;
        boolean changeCase;
        int colons;
        int width = -1;
    }

    private void run() {
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            Spec spec = new Spec();
            for (; i < n && "-_0^#:".indexOf(format.charAt(i)) >= 0; i++) {
                switch (format.charAt(i)) {
                    case '-' -> spec.noPad = true;
                    case '_' -> spec.pad = ' ';
                    case '0' -> spec.pad = '0';
                    case '^' -> spec.upper = true;
                    case '#' -> spec.changeCase = true;
                    default -> spec.colons++;
                }
            }
            int widthStart = i;
            while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                i++;
            }
            if (i > widthStart) {
                spec.width = (int) Math.min(1024, Long.parseLong(format.substring(widthStart, Math.min(i, widthStart + 6))));
            }
            if (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O') && i + 1 < n
                    && (format.charAt(i) == 'E' ? "cCxXyY" : "deHImMSuUVwWy").indexOf(format.charAt(i + 1)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw LiquidException.argument("invalid format: " + format);
            }
            char conversion = format.charAt(i++);
            if (spec.colons > 0 && conversion != 'z' || !convert(conversion, spec)) {
                out.append(format, start, i);
            }
        }
    }

    /** Writes one conversion; false when Ruby does not know it. */
    private boolean convert(char conversion, Spec spec) {
        int year = time.getYear();
        switch (conversion) {
            case 'Y' -> number(year, year < 0 ? 5 : 4, '0', spec);
            case 'C' -> number(Math.floorDiv(year, 100), 2, '0', spec);
            case 'y' -> number(Math.floorMod(year, 100), 2, '0', spec);
            case 'm' -> number(time.getMonthValue(), 2, '0', spec);
            case 'd' -> number(time.getDayOfMonth(), 2, '0', spec);
            case 'e' -> number(time.getDayOfMonth(), 2, ' ', spec);
            case 'j' -> number(time.getDayOfYear(), 3, '0', spec);
            case 'H' -> number(time.getHour(), 2, '0', spec);
            case 'k' -> number(time.getHour(), 2, ' ', spec);
            case 'I' -> number(hour12(), 2, '0', spec);
            case 'l' -> number(hour12(), 2, ' ', spec);
            case 'M' -> number(time.getMinute(), 2, '0', spec);
            case 'S' -> number(time.getSecond(), 2, '0', spec);
            case 'L' -> fraction(spec.width > 0 ? spec.width : 3);
            case 'N' -> fraction(spec.width > 0 ? spec.width : 9);
            case 's' -> number(time.toEpochSecond(), 1, '0', spec);
            case 'u' -> number(time.getDayOfWeek().getValue(), 1, '0', spec);
            case 'w' -> number(time.getDayOfWeek().getValue() % 7, 1, '0', spec);
            case 'U' -> number(week(DayOfWeek.SUNDAY), 2, '0', spec);
            case 'W' -> number(week(DayOfWeek.MONDAY), 2, '0', spec);
            case 'G' -> {
                int weekYear = time.get(IsoFields.WEEK_BASED_YEAR);
                number(weekYear, weekYear < 0 ? 5 : 4, '0', spec);
            }
            case 'g' -> number(Math.floorMod(time.get(IsoFields.WEEK_BASED_YEAR), 100), 2, '0', spec);
            case 'V' -> number(time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0', spec);
            case 'A' -> text(time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), spec);
            case 'a' -> text(time.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), spec);
            case 'B' -> text(time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), spec);
            case 'b', 'h' -> text(time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), spec);
            case 'p' -> text(time.getHour() < 12 ? "AM" : "PM", spec, spec.changeCase ? "lower" : null);
            case 'P' -> text(time.getHour() < 12 ? "am" : "pm", spec, spec.changeCase || spec.upper ? "upper" : null);
            case 'Z' -> {
                String zone = zoneName();
                if (!zone.isEmpty()) {
                    text(zone, spec, spec.changeCase ? "lower" : null);
                }
            }
            case 'z' -> offset(spec);
            case 'c' -> composite("%a %b %e %H:%M:%S %Y", spec);
            case 'x', 'D' -> composite("%m/%d/%y", spec);
            case 'X', 'T' -> composite("%H:%M:%S", spec);
            case 'F' -> composite("%Y-%m-%d", spec);
            case 'R' -> composite("%H:%M", spec);
            case 'r' -> composite("%I:%M:%S %p", spec);
            case 'v' -> composite("%e-%^b-%4Y", spec);
            case 'n' -> text("\n", spec);
            case 't' -> text("\t", spec);
            case '%' -> text("%", spec);
            default -> {
                return false;
            }
        }
        return true;
    }

    private int hour12() {
        int h = time.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    /** Week of the year, counted from the year's first {@code first} day; days before it are week 0. */
    private int week(DayOfWeek first) {
        int yday = time.getDayOfYear() - 1;
        int daysSinceFirst = Math.floorMod(time.getDayOfWeek().getValue() - first.getValue(), 7);
        return (yday + 7 - daysSinceFirst) / 7;
    }

    /** A number, padded to the width (or its own) with zeros, or spaces for {@code _} or where spaces are usual. */
    private void number(long value, int defaultWidth, char defaultPad, Spec spec) {
        if (spec.noPad) {
            out.append(value);
            return;
        }
        int width = spec.width >= 0 ? spec.width : defaultWidth;
        char pad = spec.pad != 0 ? spec.pad : defaultPad;
        if (value >= 0) {
            // No string of the digits: a listing dates every post ("%Y-%m-%d" is three numbers).
            for (int missing = width - digits(value); missing > 0; missing--) {
                out.append(pad);
            }
            out.append(value);
            return;
        }
        pad(Long.toString(value), width, pad);
    }

    /** How many decimal digits a number of zero or more has. */
    private static int digits(long value) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits;
    }

    private void pad(String digits, int width, char pad) {
        int missing = width - digits.length();
        if (missing <= 0) {
            out.append(digits);
        } else if (pad == '0' && digits.startsWith("-")) {
            out.append('-').append("0".repeat(missing)).append(digits, 1, digits.length());
        } else {
            // Appended char by char: "%m" and "%d" pad every date of a listing, and repeat() made a string each time.
            for (int i = 0; i < missing; i++) {
                out.append(pad);
            }
            out.append(digits);
        }
    }

    /** The fraction of the second to {@code digits} digits, truncated, zeros past the nanoseconds. */
    private void fraction(int digits) {
        String nanos = String.format(Locale.ROOT, "%09d", time.getNano());
        out.append(digits <= 9 ? nanos.substring(0, digits) : nanos + "0".repeat(digits - 9));
    }

    private void text(String value, Spec spec) {
        text(value, spec, null);
    }

    /** Text in the case the flags ask for, padded on the left with spaces (zeros for {@code 0}) to the width. */
    private void text(String value, Spec spec, String forcedCase) {
        String cased = value;
        if ("lower".equals(forcedCase)) {
            cased = value.toLowerCase(Locale.ROOT);
        } else if ("upper".equals(forcedCase) || spec.upper || spec.changeCase) {
            cased = value.toUpperCase(Locale.ROOT);
        }
        if (spec.noPad || spec.width < 0) {
            out.append(cased);
        } else {
            pad(cased, spec.width, spec.pad == '0' ? '0' : ' ');
        }
    }

    /** A composite conversion ({@code %c}, {@code %F}...): written, then cased and padded as text. */
    private void composite(String expansion, Spec spec) {
        // Ruby pads a composite to its width even with the no-padding flag.
        spec.noPad = false;
        text(format(time, expansion), spec);
    }

    /** {@code +hhmm}, {@code +hh:mm} with one colon, {@code +hh:mm:ss} with two, the shortest with three. */
    private void offset(Spec spec) {
        int total = time.getOffset().getTotalSeconds();
        char sign = total < 0 || spec.noPad && isUtc() ? '-' : '+';
        total = Math.abs(total);
        int hours = total / 3600;
        int minutes = total / 60 % 60;
        int seconds = total % 60;
        String tail = switch (spec.colons) {
            case 0 -> String.format(Locale.ROOT, "%02d", minutes);
            case 1 -> String.format(Locale.ROOT, ":%02d", minutes);
            case 2 -> String.format(Locale.ROOT, ":%02d:%02d", minutes, seconds);
            case 3 -> minutes == 0 && seconds == 0 ? ""
                    : seconds == 0 ? String.format(Locale.ROOT, ":%02d", minutes) : String.format(Locale.ROOT, ":%02d:%02d", minutes, seconds);
            default -> null;
        };
        if (tail == null) {
            out.append('%').append(":".repeat(spec.colons)).append('z');
            return;
        }
        int hourWidth = Math.max(2, (spec.width < 0 || spec.noPad ? 0 : spec.width) - 1 - tail.length());
        String h = Integer.toString(hours);
        String padding = " ".repeat(Math.max(0, hourWidth - h.length()));
        if (spec.pad == ' ') {
            out.append(padding).append(sign).append(h);
        } else {
            out.append(sign).append(padding.replace(' ', '0')).append(h);
        }
        out.append(tail);
    }

    private boolean isUtc() {
        return "UTC".equals(zoneName());
    }

    /** Ruby's zone name: UTC for UTC, none for a bare offset, else the zone's abbreviation. */
    private String zoneName() {
        if (time.getZone().equals(ZoneOffset.UTC) || "UTC".equals(time.getZone().getId())
                || "Etc/UTC".equals(time.getZone().getId())) {
            return "UTC";
        }
        if (time.getZone() instanceof ZoneOffset) {
            return "";
        }
        return ZONE_NAME.format(time);
    }
}
