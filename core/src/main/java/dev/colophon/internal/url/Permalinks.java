package dev.colophon.internal.url;

import dev.colophon.url.UrlPaths;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jekyll's permalinks: the built-in styles and {@code :placeholder} patterns, for posts and pages.
 */
public final class Permalinks {

    private static final Map<String, String> POST_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private Permalinks() {
    }

    /** The pattern a style name stands for, or the argument itself when it is already a pattern. */
    public static String postPattern(String styleOrPattern) {
        return POST_STYLES.getOrDefault(styleOrPattern, styleOrPattern);
    }

    /** True when the site's style asks for folder-style URLs for pages too. */
    public static boolean isPrettyStyle(String styleOrPattern) {
        return postPattern(styleOrPattern).endsWith("/");
    }

    /**
     * A post's URL path, not yet percent-encoded, always starting with {@code /}.
     *
     * @param pattern a style name or pattern; the post's own {@code permalink} wins over the site's
     * @param title the {@code :title} value (the front matter {@code slug}, else the file name's slug)
     * @param categories the post's categories
     * @param date the post's date
     * @param outputExtension e.g. {@code .html}
     */
    public static String forPost(String pattern, String title, List<String> categories, OffsetDateTime date,
            String outputExtension) {
        String categoryPath = categories.stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .distinct()
                .collect(Collectors.joining("/"));
        // Numbers in ASCII digits whatever the locale: with String.format and the default locale, a Persian
        // or Arabic machine wrote /۲۰۲۳/۰۵/.
        return substitute(postPattern(pattern), key -> switch (key) {
            case "year" -> digits(date.getYear(), 4);
            case "short_year" -> digits(date.getYear() % 100, 2);
            case "month" -> digits(date.getMonthValue(), 2);
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "short_month" -> date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            case "long_month" -> date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            case "day" -> digits(date.getDayOfMonth(), 2);
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "y_day" -> digits(date.getDayOfYear(), 3);
            case "week" -> digits(date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case "short_day" -> date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
            case "long_day" -> date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            case "hour" -> digits(date.getHour(), 2);
            case "minute" -> digits(date.getMinute(), 2);
            case "second" -> digits(date.getSecond(), 2);
            case "title" -> title;
            case "slug" -> UrlPaths.slugify(title);
            case "categories" -> categoryPath;
            case "output_ext" -> outputExtension;
            default -> null;
        });
    }

    /**
     * {@code value} in ASCII digits, zero-padded to {@code width} with the sign counted in it, as
     * {@code String.format(Locale.ROOT, "%0<width>d", value)} writes it, without parsing a format per post.
     */
    static String digits(int value, int width) {
        String number = Integer.toString(value);
        if (number.length() >= width) {
            return number;
        }
        String zeros = "0".repeat(width - number.length());
        return value < 0 ? "-" + zeros + number.substring(1) : zeros + number;
    }

    /**
     * A page's URL path, not yet percent-encoded.
     *
     * @param pattern the page's own {@code permalink}, or {@code null} for Jekyll's default
     * @param path the page's source path, e.g. {@code docs/about.md}
     * @param pretty whether the site uses folder-style URLs
     * @param outputExtension e.g. {@code .html}
     */
    public static String forPage(String pattern, String path, boolean pretty, String outputExtension) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String basename = dot <= 0 ? name : name.substring(0, dot);
        String effective = pattern;
        if (effective == null) {
            boolean index = basename.equals("index") && ".html".equals(outputExtension);
            if (index) {
                effective = "/:path/";
            } else if (pretty && ".html".equals(outputExtension)) {
                effective = "/:path/:basename/";
            } else {
                effective = "/:path/:basename:output_ext";
            }
        }
        return substitute(effective, key -> switch (key) {
            case "path" -> folder;
            case "basename" -> basename;
            case "output_ext" -> outputExtension;
            default -> null;
        });
    }

    /**
     * A collection document's URL path, not yet percent-encoded.
     *
     * @param pattern the document's own {@code permalink}, else its collection's
     * @param collection the collection's label
     * @param relativePath the document's path inside the collection's folder, e.g. {@code 2021/bread.md}
     * @param title the {@code :title} value (front matter {@code slug}, else the file name)
     * @param outputExtension e.g. {@code .html}
     */
    public static String forDocument(String pattern, String collection, String relativePath, String title,
            String outputExtension) {
        int dot = relativePath.lastIndexOf('.');
        String withoutExtension = dot > relativePath.lastIndexOf('/') ? relativePath.substring(0, dot) : relativePath;
        String name = withoutExtension.substring(withoutExtension.lastIndexOf('/') + 1);
        String effective = switch (pattern) {
            case "pretty" -> "/:collection/:path/";
            case "date", "none" -> "/:collection/:path:output_ext";
            default -> pattern;
        };
        return substitute(effective, key -> switch (key) {
            case "collection" -> collection;
            case "path" -> withoutExtension;
            case "name" -> UrlPaths.slugify(name);
            case "title" -> title;
            case "slug" -> UrlPaths.slugify(title);
            case "output_ext" -> outputExtension;
            default -> null;
        });
    }

    private static String substitute(String pattern, java.util.function.Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        String url = UrlPaths.squeezeSlashes(out.toString());
        return url.startsWith("/") ? url : "/" + url;
    }
}
