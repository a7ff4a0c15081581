package dev.colophon.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import dev.colophon.url.UrlPaths;
import java.util.Set;

/**
 * Makes the links and images in a post's HTML absolute, for feeds: RSS and JSON Feed have no base URL,
 * so a reader would resolve {@code /images/a.png} against nothing. Only attribute values inside tags are
 * touched; text is left alone.
 */
public final class AbsoluteUrls {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster", "cite", "data");

    private AbsoluteUrls() {
    }

    /**
     * Rewrites relative URLs in {@code html} against {@code base}, an absolute URL such as the post's.
     */
    public static String rewrite(String html, String base) {
        URI baseUri;
        try {
            baseUri = new URI(UrlPaths.escapeUri(base));
        } catch (URISyntaxException e) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, lt);
            if (!Character.isLetter(html.charAt(lt + 1))) {
                out.append('<');
                i = lt + 1;
                continue;
            }
            i = tag(html, lt, out, baseUri);
        }
        return out.toString();
    }

    /** Copies one start tag, rewriting its URL attributes; returns the index after it. */
    private static int tag(String html, int start, StringBuilder out, URI base) {
        int n = html.length();
        int i = start + 1;
        while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
            i++;
        }
        out.append(html, start, i);
        while (i < n && html.charAt(i) != '>') {
            char c = html.charAt(i);
            if (Character.isWhitespace(c) || c == '/') {
                out.append(c);
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && "= \t\n\r/>".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            out.append(html, nameStart, i);
            if (i < n && html.charAt(i) == '=') {
                out.append('=');
                i++;
                if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    char quote = html.charAt(i);
                    int end = html.indexOf(quote, i + 1);
                    if (end < 0) {
                        end = n;
                    }
                    String value = html.substring(i + 1, end);
                    String rewritten = name.equals("srcset") ? srcset(value, base)
                            : URL_ATTRIBUTES.contains(name) ? resolve(value, base) : value;
                    out.append(quote).append(rewritten).append(quote);
                    i = Math.min(n, end + 1);
                } else {
                    int valueStart = i;
                    while (i < n && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                    String value = html.substring(valueStart, i);
                    out.append(URL_ATTRIBUTES.contains(name) ? resolve(value, base) : value);
                }
            }
        }
        if (i < n) {
            out.append('>');
            i++;
        }
        return i;
    }

    private static String srcset(String value, URI base) {
        StringBuilder out = new StringBuilder();
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            int space = trimmed.indexOf(' ');
            String url = space < 0 ? trimmed : trimmed.substring(0, space);
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(resolve(url, base)).append(space < 0 ? "" : trimmed.substring(space));
        }
        return out.toString();
    }

    /** An attribute value made absolute; HTML entities such as {@code &amp;} in it are kept as they are. */
    static String resolve(String value, URI base) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || UrlPaths.hasScheme(trimmed)) {
            return value;
        }
        try {
            String decoded = trimmed.replace("&amp;", "&");
            String resolved = base.resolve(new URI(UrlPaths.escapeUri(decoded))).toString();
            return resolved.replace("&", "&amp;");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return value;
        }
    }
}
