package dev.colophon.internal.url;

import dev.colophon.url.UrlPaths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PermalinksTest {

    private static final OffsetDateTime DATE = OffsetDateTime.parse("2021-03-06T08:09:10+01:00");

    private static String post(String pattern, List<String> categories) {
        return Permalinks.forPost(pattern, "shared-goals", categories, DATE, ".html");
    }

    @Test
    void builtInStylesAsInJekyll() {
        assertEquals("/2021/03/06/shared-goals.html", post("date", List.of()));
        assertEquals("/blog/news/2021/03/06/shared-goals.html", post("date", List.of("Blog", "news")));
        assertEquals("/2021/03/06/shared-goals/", post("pretty", List.of()));
        assertEquals("/2021/065/shared-goals.html", post("ordinal", List.of()));
        assertEquals("/shared-goals.html", post("none", List.of()));
        assertEquals("/2021/W09/Sat/shared-goals.html", post("weekdate", List.of()));
    }

    @Test
    void customPatterns() {
        assertEquals("/posts/shared-goals/", post("/posts/:title/", List.of()));
        assertEquals("/21/3/6/08-09-10/shared-goals", post("/:short_year/:i_month/:i_day/:hour-:minute-:second/:slug", List.of()));
        assertEquals("/x/shared-goals.html", post("/:categories/:title:output_ext", List.of("x")));
    }

    @Test
    void datesInUrlsAreAsciiDigitsWhateverTheMachinesLocale() {
        Locale saved = Locale.getDefault();
        // Persian formats numbers with its own digits: the URL was /۲۰۲۱/۰۳/۰۶/ on such a machine.
        Locale.setDefault(Locale.forLanguageTag("fa-IR"));
        try {
            assertEquals("/2021/03/06/065/W09/08-09-10/shared-goals.html",
                    post("/:year/:month/:day/:y_day/W:week/:hour-:minute-:second/:title:output_ext", List.of()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void pages() {
        assertEquals("/about.html", Permalinks.forPage(null, "about.md", false, ".html"));
        assertEquals("/about/", Permalinks.forPage(null, "about.md", true, ".html"));
        assertEquals("/", Permalinks.forPage(null, "index.md", false, ".html"));
        assertEquals("/docs/", Permalinks.forPage(null, "docs/index.html", true, ".html"));
        assertEquals("/feed.xml", Permalinks.forPage(null, "feed.xml", true, ".xml"));
        assertEquals("/me/", Permalinks.forPage("/me/", "about.md", false, ".html"));
    }

    @Test
    void outputPathsAndEncoding() {
        assertEquals("a/index.html", UrlPaths.outputPath("/a/", ".html"));
        assertEquals("index.html", UrlPaths.outputPath("/", ".html"));
        assertEquals("a.html", UrlPaths.outputPath("/a", ".html"));
        assertEquals("a.html", UrlPaths.outputPath("/a.html", ".html"));
        assertEquals("/caf%C3%A9/a%20b.html", UrlPaths.encodePath("/café/a b.html"));
        assertEquals("über-uns-2", UrlPaths.slugify("Über uns: 2!"));
    }

    @Test
    void unsafeOutputPaths() {
        assertNull(UrlPaths.unsafeReason("a/b/index.html"));
        assertEquals("it contains '..'", UrlPaths.unsafeReason("a/../../etc/passwd"));
        assertEquals("it is absolute", UrlPaths.unsafeReason("/etc/passwd"));
        assertEquals("it contains a backslash", UrlPaths.unsafeReason("a\\..\\b"));
        assertEquals("it starts with a drive letter", UrlPaths.unsafeReason("C:/x"));
        assertEquals("it contains a NUL character", UrlPaths.unsafeReason("a\0b"));
    }

    @Test
    void numbersArePaddedAsStringFormatPadsThem() {
        for (int width = 1; width <= 4; width++) {
            for (int value = -1200; value <= 12_000; value++) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", value), Permalinks.digits(value, width));
            }
        }
    }
}
