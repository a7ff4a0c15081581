package dev.colophon.internal.post;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a post's file name, {@code YYYY-MM-DD-slug.ext}, as Jekyll reads them.
 *
 * @param date the date in the name, or {@code null} for a draft (drafts have none)
 * @param slug the part after the date, without extension
 * @param extension the extension without its dot, lower case
 */
public record PostName(LocalDate date, String slug, String extension) {

    private static final Pattern DATED = Pattern.compile("(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.+)\\.([^.]+)");
    private static final Pattern UNDATED = Pattern.compile("(.+)\\.([^.]+)");

    /**
     * Reads a post's file name.
     *
     * @return empty when the name has no date (Jekyll skips such files in {@code _posts})
     * @throws DateTimeException when the name has the form of a date but it is not one
     */
    public static Optional<PostName> ofPost(String fileName) {
        Matcher m = DATED.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return Optional.of(new PostName(date, m.group(4), m.group(5).toLowerCase(java.util.Locale.ROOT)));
    }

    /** Reads a draft's file name: a slug and an extension, no date. */
    public static Optional<PostName> ofDraft(String fileName) {
        Matcher m = UNDATED.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PostName(null, m.group(1), m.group(2).toLowerCase(java.util.Locale.ROOT)));
    }

    /** Jekyll's title for a post without one: the slug's words, each capitalised. */
    public String titleFromSlug() {
        StringBuilder out = new StringBuilder();
        for (String word : slug.split("-")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            out.append(word, Character.charCount(word.codePointAt(0)), word.length());
        }
        return out.toString();
    }
}
