package dev.colophon.html.liquid;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Jekyll's {@code slugify} and its modes: default, raw, pretty, ascii, latin, none. */
public final class Slugs {

    private static final Pattern RAW = Pattern.compile("\\s+");
    // Jekyll's own classes: marks and decimal digits kept, other numbers (½, ², Ⅻ) not.
    private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern ASCII = Pattern.compile("[^a-zA-Z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    public static String slugify(String text, String mode, boolean cased) {
        if (text == null) {
            return "";
        }
        String slug = switch (mode) {
            case "none" -> text;
            case "raw" -> RAW.matcher(text).replaceAll("-");
            case "pretty" -> PRETTY.matcher(text).replaceAll("-");
            case "ascii" -> ASCII.matcher(text).replaceAll("-");
            case "latin" -> ASCII.matcher(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                    .replaceAll("")).replaceAll("-");
            default -> DEFAULT.matcher(text).replaceAll("-");
        };
        if (!mode.equals("none")) {
            slug = slug.replaceAll("^-+|-+$", "");
        }
        return cased ? slug : slug.toLowerCase(Locale.ROOT);
    }
}
