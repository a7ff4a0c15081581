package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BareLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "see https://example.org", "ftp://host/x", "www.example.com", "WWW.EXAMPLE.COM", "me@example.org",
        "user\\@example.com", "http&#58;//example.org", "http&colon;//example.org", "me&commat;example.org",
        "http\\://example.org",
        "[a](https://example.org) and then https://example.com bare", "(see https://example.org)",
        "[x]: https://example.org trailing text https://bare.example"})
    void textThatMayHoldALinkIsFlagged(String markdown) {
        assertTrue(BareLinks.mayContain(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "Plain prose: with a colon, it's \"quoted\" -- fine...", "[a link](/about/)", "a:/ b and a: // b",
        "wwwx and ww.example and www", "*emphasis* and `code`", "a &amp; b &lt; c", "C:\\Users\\x and \\*stars\\*",
        // Link syntax: autolinking never touches destinations
        "<https://example.org>", "[a link](https://example.org/x?y=1)", "[w](www.example.org)",
        "[label]: https://example.org/docs", "   [label]: <https://example.org>"})
    void plainTextSkipsAutolinking(String markdown) {
        assertFalse(BareLinks.mayContain(markdown));
    }
}
