package dev.colophon.internal.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The expected values are Jekyll 4.3.1's: {@code TZ=UTC ruby -rtime -e 'puts Time.parse(ARGV[0]).localtime'}
 * for text, and posts built by {@code jekyll build} for YAML timestamps.
 */
class DatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static OffsetDateTime utc(String text) {
        return Dates.parse(text, ZoneOffset.UTC).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-01-29 18:30:22 2023 -0800   | 2023-01-29T18:30:22Z
            2021-03-26                       | 2021-03-26T00:00Z
            2021-3-6                         | 2021-03-06T00:00Z
            2021-03-26 10:20                 | 2021-03-26T10:20Z
            2021-03-26 10:20 +01:00          | 2021-03-26T09:20Z
            2021-03-26 10:20 +0100           | 2021-03-26T09:20Z
            2021-03-26 10:20 +01             | 2021-03-26T09:20Z
            2021-03-26 10:20 -8              | 2021-03-26T10:20Z
            2021-03-26 10:20 PST             | 2021-03-26T18:20Z
            2021-03-26 10:20 CET             | 2021-03-26T10:20Z
            2021-03-26 10:20 Europe/Berlin   | 2021-03-26T10:20Z
            2021-03-26 10:20 GMT+2           | 2021-03-26T10:20Z
            2021-03-26 10:20:30 -0800 (PST)  | 2021-03-26T18:20:30Z
            26 Mar 2021 10:20:30.25 +0100    | 2021-03-26T09:20:30.25Z
            2021-03-26 10:20:30 PM +0100     | 2021-03-26T21:20:30Z
            2021-03-26 10:20 pm              | 2021-03-26T22:20Z
            2021-03-26 12:05 am              | 2021-03-26T00:05Z
            2021-03-26 10h20                 | 2021-03-26T10:20Z
            2021-03-26 at noon               | 2021-03-26T00:00Z
            2021/03/26 10:20                 | 2021-03-26T10:20Z
            26/03/2021                       | 2021-03-26T00:00Z
            26.03.2021                       | 2021-03-26T00:00Z
            26-Mar-2021                      | 2021-03-26T00:00Z
            26 March 2021                    | 2021-03-26T00:00Z
            26 Mar 2021 10:20                | 2021-03-26T10:20Z
            'March 26, 2021'                 | 2021-03-26T00:00Z
            'Friday, March 26, 2021'         | 2021-03-26T00:00Z
            Mar 26 2021                      | 2021-03-26T00:00Z
            'Fri, 26 Mar 2021 10:20:30 +0000' | 2021-03-26T10:20:30Z
            Fri Mar 26 10:20:30 UTC 2021     | 2021-03-26T10:20:30Z
            March 2021                       | 2021-03-01T00:00Z
            20210326                         | 2021-03-26T00:00Z
            21-03-26                         | 2021-03-26T00:00Z
            2021-03-26 23:59:60              | 2021-03-27T00:00Z
            """)
    void aDateRubyParsesIsReadAsRubyReadsIt(String text, String expected) {
        assertEquals(OffsetDateTime.parse(expected), utc(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-03-26 23:30:00 -0800  | 2021-03-27T07:30Z
            2021-03-26 10:20:30 -8     | 2021-03-26T18:20:30Z
            2021-03-26 10:20:30 +05:30 | 2021-03-26T04:50:30Z
            2021-03-26T10:20:30Z       | 2021-03-26T10:20:30Z
            2021-03-26t10:20:30.5Z     | 2021-03-26T10:20:30Z
            2021-03-26T10:20:30.123+01:00 | 2021-03-26T09:20:30Z
            """)
    void yamlTimestampsAreReadAsPsychReadsThem(String text, String expected) {
        assertEquals(OffsetDateTime.parse(expected), utc(text));
    }

    @Test
    void aDateWithAnOffsetMovesToTheSiteZone() {
        // Jekyll (GitHub Pages: TZ=UTC) gives this post the 27th; the offset as written would say the 26th.
        assertEquals(OffsetDateTime.parse("2021-03-27T07:30:00Z"), utc("2021-03-26 23:30:00 -0800"));
        assertEquals(OffsetDateTime.parse("2021-03-27T08:30:00+01:00"),
                Dates.parse("2021-03-26 23:30:00 -0800", BERLIN).orElseThrow());
        ZoneId newYork = ZoneId.of("America/New_York");
        // With timezone: America/New_York, jekyll build gives these (an unquoted YAML timestamp without
        // zone is UTC to Psych; a date without seconds is no timestamp, and local).
        assertEquals(OffsetDateTime.parse("2021-03-25T22:00-04:00"),
                Dates.parse("2021-03-26 02:00:00", newYork).orElseThrow());
        assertEquals(OffsetDateTime.parse("2021-03-26T02:00-04:00"),
                Dates.parse("2021-03-26 02:00", newYork).orElseThrow());
        assertEquals(OffsetDateTime.parse("2023-01-29T18:30:22-05:00"),
                Dates.parse("2023-01-29 18:30:22 2023 -0800", newYork).orElseThrow());
    }

    @Test
    void datesWithoutOffsetAreInTheSiteZone() {
        assertEquals(OffsetDateTime.parse("2021-03-26T00:00:00+01:00"), Dates.parse("2021-03-26", BERLIN).orElseThrow());
        assertEquals(OffsetDateTime.parse("2021-07-01T09:15:00+02:00"),
                Dates.parse("2021-07-01 09:15", BERLIN).orElseThrow());
    }

    @Test
    void rejectsImpossibleDatesAndIgnoresNonDates() {
        assertEquals(Dates.NOT_A_REAL_DAY,
                assertThrows(DateTimeException.class, () -> utc("2021-02-30")).getMessage());
        assertEquals(Dates.NOT_A_REAL_DAY,
                assertThrows(DateTimeException.class, () -> utc("2021-13-01 10:00:00")).getMessage());
        assertEquals(Dates.NOT_A_REAL_TIME,
                assertThrows(DateTimeException.class, () -> utc("2021-03-26 25:00")).getMessage());
        assertEquals(Dates.NO_YEAR, assertThrows(DateTimeException.class, () -> utc("March 26")).getMessage());
        assertEquals(Dates.NO_YEAR, assertThrows(DateTimeException.class, () -> utc("10:20")).getMessage());
        assertThrows(DateTimeException.class, () -> utc("12345678901-01-01"));
        assertThrows(DateTimeException.class, () -> utc("2021-01-01 12345678901:00"));
        assertTrue(Dates.parse("yesterday", BERLIN).isEmpty());
        assertTrue(Dates.parse("hello", BERLIN).isEmpty());
        assertTrue(Dates.parse("99999-01-01", BERLIN).isEmpty());
    }

    @Test
    void numericDatesThatCouldBeReadEitherWayAreReadDayFirstAndNoted() {
        assertEquals(OffsetDateTime.parse("2021-04-03T00:00Z"), utc("03/04/2021"));
        assertTrue(Dates.readsDayFirst("03/04/2021"));
        assertTrue(Dates.readsDayFirst("03.04.2021"));
        assertFalse(Dates.readsDayFirst("26/03/2021"));
        assertFalse(Dates.readsDayFirst("2021/03/04"));
        assertFalse(Dates.readsDayFirst("04/04/2021"));
        assertFalse(Dates.readsDayFirst("2021-03-04 10:00:00"));
    }

    @Test
    void postNamesGiveDateSlugAndTitle() {
        PostName name = PostName.ofPost("2021-03-26-notes-on-shared-goals.md").orElseThrow();
        assertEquals("2021-03-26", name.date().toString());
        assertEquals("notes-on-shared-goals", name.slug());
        assertEquals("md", name.extension());
        assertEquals("Notes On Shared Goals", name.titleFromSlug());
        assertTrue(PostName.ofPost("notes.md").isEmpty());
        assertThrows(DateTimeException.class, () -> PostName.ofPost("2021-13-01-x.md"));
    }
}
