package dev.colophon.cli.scaffold;

import java.text.Normalizer;
import java.util.Locale;

/** The slug of a post's file name, from its title. */
final class Slug {

    private Slug() {
    }

    /**
     * Lower case ASCII letters and digits joined by hyphens, accents dropped ({@code Café déjà vu} →
     * {@code cafe-deja-vu}), as Jekyll's {@code slugify: latin}: a file name that every file system, shell
     * and URL takes as it is. A title in a script without Latin letters keeps its letters (Jekyll's
     * default slugify); one with no letters or digits at all gives {@code post}.
     */
    static String of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String ascii = hyphenate(folded.toLowerCase(Locale.ROOT), "[^a-z0-9]+");
        if (!ascii.isEmpty()) {
            return ascii;
        }
        String letters = hyphenate(Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT),
                "[^\\p{L}\\p{N}]+");
        return letters.isEmpty() ? "post" : letters;
    }

    private static String hyphenate(String text, String separators) {
        String slug = text.replaceAll(separators, "-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        // 60 characters: the file name, date and extension included, stays under the 255 bytes most file
        // systems allow even in a script of 3-byte characters.
        String trimmed = slug.substring(start, end);
        if (trimmed.codePointCount(0, trimmed.length()) <= 60) {
            return trimmed;
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 60)).replaceAll("-+$", "");
    }
}
