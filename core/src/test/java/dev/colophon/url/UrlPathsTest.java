package dev.colophon.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UrlPathsTest {

    /** The pattern hasScheme stands for, without a matcher per call: both agree on every text here. */
    @Test
    void aSchemeIsALetterThenLettersDigitsPlusDotOrDashThenAColon() {
        Pattern scheme = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");
        for (String url : List.of("https://example.org", "HTTP://x", "mailto:a@b", "a:", "a+b.c-d9:x", "x-1:",
                "/a:b", "1http://x", ":x", "", "h", "http", "http//x", "ht tp://x", "é:x", "http:\nnext",
                "http:x\ry", "http:\u2028", "http:\u0085", "http:\u2029x", "http:\t", "data:,<p>",
                "javascript:alert(1)", "K:x", "\u212A:x", "#top:x", "a_b:x")) {
            assertEquals(scheme.matcher(url).matches(), UrlPaths.hasScheme(url), url);
        }
    }

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
