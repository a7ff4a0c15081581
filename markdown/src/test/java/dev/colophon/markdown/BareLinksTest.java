package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BareLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "see https://example.org", "ftp://host/x", "www.example.com", "WWW.EXAMPLE.COM", "me@example.org",
        "user\\@example.com", "http&#58;//example.org", "a &amp; b", "<https://example.org>"})
    void textThatMayHoldALinkIsFlagged(String markdown) {
        assertTrue(BareLinks.mayContain(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "Plain prose: with a colon, it's \"quoted\" -- fine...", "[a link](/about/)", "a:/ b and a: // b",
        "wwwx and ww.example and www", "*emphasis* and `code`"})
    void plainTextSkipsAutolinking(String markdown) {
        assertFalse(BareLinks.mayContain(markdown));
    }
}
