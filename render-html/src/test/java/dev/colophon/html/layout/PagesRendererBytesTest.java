package dev.colophon.html.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.colophon.testkit.NastyText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page's bytes drop exactly the control characters HTML and XML forbid, whatever else the text holds. */
class PagesRendererBytesTest {

    @Test
    void dropsExactlyTheForbiddenControlCharacters() {
        NastyText nasty = NastyText.seeded();
        for (int i = 0; i < 20_000; i++) {
            // Every other text has one character of the first 384 in plain text, so that it is the only
            // candidate; nasty text mostly has several.
            char one = (char) nasty.random().nextInt(0x180);
            String text = i % 2 == 0 ? "é " + one + " x" : nasty.text(0, 12) + one + nasty.text(0, 3);
            String replay = nasty.replay() + ", text " + i;
            assertArrayEquals(expected(text), PagesRenderer.bytes(text), replay);
        }
    }

    @Test
    void keepsTheCharactersNextToForbiddenOnes() {
        String text = "a\u0000b\u0085c\u009Fd\u00A0e\u0080\t\n\f\r\u007F\u00C2\u0019é";
        assertArrayEquals("abcd\u00A0e\t\n\f\r\u00C2é".getBytes(StandardCharsets.UTF_8), PagesRenderer.bytes(text));
    }

    /** The definition: every character below U+0020 but tab, line feed, form feed and return, and U+007F-U+009F. */
    private static byte[] expected(String text) {
        StringBuilder kept = new StringBuilder();
        text.chars().filter(c -> c >= 0x20 ? c < 0x7F || c > 0x9F : "\t\n\f\r".indexOf(c) >= 0)
                .forEach(c -> kept.append((char) c));
        return kept.toString().getBytes(StandardCharsets.UTF_8);
    }
}
