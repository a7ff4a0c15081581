package dev.colophon.liquid.filter;

import static dev.colophon.liquid.filter.FilterTesting.error;
import static dev.colophon.liquid.filter.FilterTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateFilterTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 7, 4, 15, 6, 7, 123_456_789, PARIS);

    private static String date(Object input, String format) {
        return render("{{ x | date: f }}", Map.of("x", input, "f", format), NOW, PARIS);
    }

    @Test
    void readsInputAsLiquidsToDate() {
        assertEquals("2024-07-04 15:06", date("now", "%Y-%m-%d %H:%M"));
        assertEquals("2024-07-04", date("Today", "%F"));
        assertEquals("07/05/2006 03:29 CEST", date(1152062955L, "%m/%d/%Y %H:%M %Z"));
        assertEquals("07/05/2006", date("1152062955", "%m/%d/%Y"));
        assertEquals("-1152098955", date("-1152098955", "%m/%d/%Y"));
        assertEquals("not a date", date("not a date", "%Y"));
        assertEquals("1.5", date(1.5, "%Y"));
        assertEquals("2016-03-14", render("{{ '2016-03-14' | date: '' }}"));
    }

    @Test
    void parsesCommonFormsInTheRenderZone() {
        assertEquals("2016-03-14 00:00:00 +0100", date("March 14, 2016", "%Y-%m-%d %H:%M:%S %z"));
        assertEquals("2016-03-14 00:00:00 +0100", date("Mar 14 2016", "%Y-%m-%d %H:%M:%S %z"));
        assertEquals("2016-03-14 10:00:00 +0100", date("14 Mar 2016 10:00", "%Y-%m-%d %H:%M:%S %z"));
        assertEquals("2021-03-26 09:30:00 +0100", date("2021-03-26 09:30:00 +0100", "%Y-%m-%d %H:%M:%S %z"));
        assertEquals("2021-03-26 09:30:00.123 +05:30", date("2021-03-26T09:30:00.123+05:30", "%Y-%m-%d %H:%M:%S.%L %:z"));
        assertEquals("2016-03-14 10:00:00 UTC", date("Mon, 14 Mar 2016 10:00:00 UTC", "%Y-%m-%d %H:%M:%S %Z"));
        assertEquals("2016-03-14 22:00", date("Mar 14, 2016 10:00 PM", "%Y-%m-%d %H:%M"));
        assertEquals("2016-03-01", date("2016-02-30", "%F"));
        assertEquals("2016-13-01", date("2016-13-01", "%F"));
        assertEquals("2024-07-04 10:30", date("10:30", "%F %R"));
    }

    @Test
    void strftimeAsRubyWritesIt() {
        ZonedDateTime time = ZonedDateTime.of(2016, 3, 6, 1, 2, 3, 0, ZoneOffset.UTC);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("%a %A %b %B %^a %#b %10A %-10A %010A", "Sun Sunday Mar March SUN MAR     Sunday Sunday 0000Sunday"),
                Map.entry("%C %y %G %g %V %U %W %j %u %w", "20 16 2016 16 09 10 09 066 7 0"),
                Map.entry("%e %-e %0e %_d %-d %3d", " 6 6 06  6 6 006"),
                Map.entry("%k %l %I %p %P %#p %^P", " 1  1 01 AM am am AM"),
                Map.entry("%s %N %3N %L", "1457226123 000000000 000 000"),
                Map.entry("%c|%x|%X|%D|%F|%T|%R|%r|%v", "Sun Mar  6 01:02:03 2016|03/06/16|01:02:03|03/06/16|2016-03-06|01:02:03|01:02|01:02:03 AM| 6-MAR-2016"),
                Map.entry("%z %:z %::z %:::z %_10z", "+0000 +00:00 +00:00:00 +00       +000"),
                Map.entry("%Z %% %10% %Q %Ey %Od %:a %+", "UTC %          % %Q 16 06 %:a %+"));
        expected.forEach((format, want) -> assertEquals(want, Strftime.format(time, format), format));
    }

    @Test
    void formatEndingInsideAConversionIsAnError() {
        assertEquals("invalid format: %Y %", error("{{ 0 | date: '%Y %' }}"));
        assertEquals("wrong number of arguments (given 1, expected 2)", error("{{ 0 | date }}"));
    }
}
