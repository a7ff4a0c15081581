package dev.colophon.url;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlPathsTest {

    @Test
    void aWebAddressIsHttpHttpsOrWithoutScheme() {
        for (String web : List.of("https://example.org/a?b=1&c=2", "HTTP://example.org", "/new/", "../new/",
                "new.html#top", "//example.org/", "?page=2", "#top", "", "/a:b/", "/javascript:alert(1)",
                " https://example.org")) {
            assertTrue(UrlPaths.isWebAddress(web), web);
        }
        // As a browser reads them: scheme in any case, invisible characters anywhere, a refresh header's quote.
        for (String script : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0000javascript:alert(1)",
                "java\u200bscript:alert(1)", "'javascript:alert(1)'", "\"javascript:alert(1)",
                "&#106;avascript:alert(1)", "java&#x09;script:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "mailto:a@example.org", "ftp://example.org/")) {
            assertFalse(UrlPaths.isWebAddress(script), script);
        }
    }
}
