package dev.colophon.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.NastyText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What keeps a site's files inside its destination, checked on random paths from {@link NastyText}: a path
 * {@link UrlPaths#unsafeReason} lets through never leaves the folder it is resolved in; slugs are always one
 * safe segment; percent-encoding loses nothing.
 */
class UrlPathsPropertiesTest {

    private static final int CASES = 3000;
    private static final Path DEST = Path.of("/srv/site/out");

    @Test
    void aPathCalledSafeStaysInsideTheDestination() {
        NastyText nasty = NastyText.seeded();
        int safe = 0;
        for (int i = 0; i < CASES; i++) {
            String url = nasty.path();
            // Both what a permalink gives and the output path made from it.
            for (String path : new String[] {url, UrlPaths.outputPath(url.startsWith("/") ? url : "/" + url, ".html")}) {
                if (UrlPaths.unsafeReason(path) != null) {
                    continue;
                }
                safe++;
                Path target;
                try {
                    target = DEST.resolve(path).normalize();
                } catch (InvalidPathException e) {
                    throw new AssertionError(nasty.replay() + ": " + show(path) + " is called safe but is no path", e);
                }
                assertTrue(target.startsWith(DEST) && !target.equals(DEST),
                        () -> nasty.replay() + ": " + show(path) + " is called safe but resolves to " + target);
            }
        }
        // Without this, a generator that only made unsafe paths would pass without testing anything.
        assertTrue(safe > CASES / 4, nasty.replay() + ": only " + safe + " safe paths were generated");
    }

    @Test
    void aSlugIsLettersAndDigitsJoinedByHyphens() {
        NastyText nasty = NastyText.seeded();
        for (int i = 0; i < CASES; i++) {
            String text = i % 2 == 0 ? nasty.fileName(1, 6) : nasty.text(1, 6);
            String slug = UrlPaths.slugify(text);
            boolean ok = !slug.startsWith("-") && !slug.endsWith("-") && !slug.contains("--")
                    && slug.codePoints().allMatch(cp -> cp == '-' || Character.isLetterOrDigit(cp));
            assertTrue(ok, () -> nasty.replay() + ": slugify(" + show(text) + ") = " + show(slug));
        }
    }

    @Test
    void percentEncodingIsPrintableAsciiAndDecodesToTheSamePath() {
        NastyText nasty = NastyText.seeded();
        for (int i = 0; i < CASES; i++) {
            String path = nasty.path();
            String encoded = UrlPaths.encodePath(path);
            assertTrue(encoded.chars().allMatch(c -> c > 0x20 && c < 0x7F && "\"<>\\^`{|}# ?[]".indexOf(c) < 0),
                    () -> nasty.replay() + ": encodePath(" + show(path) + ") = " + encoded);
            assertEquals(path, percentDecode(encoded), () -> nasty.replay() + ": " + show(path) + " → " + encoded);
        }
    }

    private static String percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Characters that do not print, as escapes, so a failure message shows what was there. */
    private static String show(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c > 0x7E
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
