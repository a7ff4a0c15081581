package dev.colophon.internal.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static OffsetDateTime parse(String text) {
        return Dates.parse(text, BERLIN).orElseThrow();
    }

    @Test
    void keepsTheOffsetAsWritten() {
        // SnakeYAML would turn this into 2024-03-10T04:30Z; the reader must see the evening of the 9th.
        assertEquals(OffsetDateTime.parse("2024-03-09T23:30:00-05:00"), parse("2024-03-09 23:30:00 -05:00"));
        assertEquals(OffsetDateTime.parse("2013-05-06T02:12:52+02:00"), parse("2013-05-06 02:12:52 +0200"));
        assertEquals(OffsetDateTime.parse("2021-03-26T10:20:30Z"), parse("2021-03-26T10:20:30Z"));
        assertEquals(OffsetDateTime.parse("2021-03-26T10:20:30.5+10:00"), parse("2021-03-26t10:20:30.5+10:00"));
    }

    @Test
    void datesWithoutOffsetAreInTheSiteZone() {
        assertEquals(OffsetDateTime.parse("2021-03-26T00:00:00+01:00"), parse("2021-03-26"));
        assertEquals(OffsetDateTime.parse("2021-07-01T09:15:00+02:00"), parse("2021-07-01 09:15"));
    }

    @Test
    void rejectsImpossibleDatesAndIgnoresNonDates() {
        assertThrows(DateTimeException.class, () -> Dates.parse("2021-02-30", BERLIN));
        assertTrue(Dates.parse("yesterday", BERLIN).isEmpty());
        assertTrue(Dates.parse("2021-03-26 at noon", BERLIN).isEmpty());
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
