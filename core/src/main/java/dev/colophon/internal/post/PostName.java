package dev.colophon.internal.post;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
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

    // DOTALL: a name may hold any character but '/', a newline too, as Jekyll's [^/]* takes it.
    private static final Pattern DATED = Pattern.compile("(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-(.+)\\.([^.]+)",
            Pattern.DOTALL);
    private static final Pattern UNDATED = Pattern.compile("(.+)\\.([^.]+)", Pattern.DOTALL);
    private static final Pattern DOCUMENT_DATED = Pattern.compile("\\d{2,4}-\\d{1,2}-\\d{1,2}-(.*)\\.[^.]+",
            Pattern.DOTALL);

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
        return Optional.of(new PostName(date, m.group(4), m.group(5).toLowerCase(Locale.ROOT)));
    }

    /** Reads a draft's file name: a slug and an extension, no date. */
    public static Optional<PostName> ofDraft(String fileName) {
        Matcher m = UNDATED.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PostName(null, m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
    }

    /** Jekyll's title for a post without one: the slug's words, each capitalised (see {@link #titleize}). */
    public String titleFromSlug() {
        return titleize(slug);
    }

    /**
     * Jekyll's {@code Utils.titleize_slug}: the words between hyphens, each with Ruby's {@code capitalize}
     * (first letter upper case, the others lower case: {@code my-CSS-tips} is "My Css Tips"), joined by spaces.
     */
    public static String titleize(String slug) {
        // Ruby's split keeps empty words in the middle (two spaces for "a--b") and drops them at the end.
        String[] words = slug.split("-");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            String word = words[i];
            if (!word.isEmpty()) {
                int first = word.codePointAt(0);
                out.appendCodePoint(Character.toTitleCase(first));
                out.append(word.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /**
     * The slug Jekyll gives a collection document ({@code Document#populate_title}): its file name without
     * extension, and without a leading date ({@code 2021-03-26-}) or trailing periods.
     */
    public static String documentSlug(String fileName) {
        Matcher dated = DOCUMENT_DATED.matcher(fileName);
        String slug;
        if (dated.matches()) {
            slug = dated.group(1);
        } else {
            int dot = fileName.lastIndexOf('.');
            slug = dot < 0 || dot == fileName.length() - 1 ? fileName : fileName.substring(0, dot);
        }
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '.') {
            end--;
        }
        return slug.substring(0, end);
    }
}
