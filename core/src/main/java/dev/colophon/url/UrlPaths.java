package dev.colophon.url;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs, percent-encoding and output paths for URLs, the way Jekyll forms them. */
public final class UrlPaths {

    private static final String HEX = "0123456789ABCDEF";

    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    /** Whether {@code url} starts with a URI scheme ({@code https:}, {@code mailto:}, …), as an absolute URL does. */
    public static boolean hasScheme(String url) {
        // As (?i)[a-z][a-z0-9+.-]*:.* matches, without a matcher per call: relative_url asks for each link of
        // every page (a home page listing 10,000 posts asks 10,000 times).
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < url.length() && (isAsciiLetter(url.charAt(i)) || isAsciiDigit(url.charAt(i))
                || "+.-".indexOf(url.charAt(i)) >= 0)) {
            i++;
        }
        if (i == url.length() || url.charAt(i) != ':') {
            return false;
        }
        // The rest, as '.' matches it: anything but a line terminator.
        for (i++; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a browser would open {@code url} as a web page and nothing else: an {@code http:} or
     * {@code https:} address, or one without a scheme (relative, root-relative, {@code //host/...}). Read as
     * a browser reads it, and then some: whatever is invisible is dropped anywhere (a browser drops tabs
     * and line breaks anywhere, spaces and control characters around it), and a quote in front too (a
     * {@code refresh} header takes it off). {@code javascript:}, {@code data:}, {@code mailto:} are not,
     * and neither is an address whose first segment has a character reference, which an attribute would
     * decode ({@code &#106;avascript:}).
     */
    public static boolean isWebAddress(String url) {
        StringBuilder visible = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (!Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                visible.append(c);
            }
        }
        String seen = visible.toString();
        if (seen.startsWith("'") || seen.startsWith("\"")) {
            seen = seen.substring(1);
        }
        String lower = seen.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            return true;
        }
        int end = 0;
        while (end < seen.length() && "/?#".indexOf(seen.charAt(end)) < 0) {
            end++;
        }
        String first = seen.substring(0, end);
        return first.indexOf(':') < 0 && first.indexOf('&') < 0;
    }

    /** The path with each run of slashes made one, as Jekyll does to permalinks. */
    public static String squeezeSlashes(String path) {
        return path.contains("//") ? SLASHES.matcher(path).replaceAll("/") : path;
    }

    private UrlPaths() {
    }

    /**
     * Jekyll's default {@code slugify}: lower case, every run of characters other than letters and digits
     * becomes one hyphen, no hyphen at either end. Letters outside ASCII are kept.
     */
    public static String slugify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean hyphen = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                hyphen = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }

    /**
     * Percent-encodes a URL path: keeps ASCII letters, digits, {@code /} and {@code -._~!$&'()*+,;=:@},
     * encodes everything else as UTF-8 bytes.
     */
    public static String encodePath(String path) {
        StringBuilder out = null;
        byte[] bytes = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!isUnreserved(c)) {
                bytes = path.getBytes(StandardCharsets.UTF_8);
                out = new StringBuilder(bytes.length + 16);
                break;
            }
        }
        if (out == null) {
            return path;
        }
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x80 && isUnreserved((char) c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    /**
     * Percent-encodes what may not stand in a URI as it is (spaces, non-ASCII, {@code "<>\\^`{|}}), keeping
     * existing {@code %XX} escapes and reserved characters: for URLs written by people, such as links in
     * content.
     */
    public static String escapeUri(String text) {
        // Most URLs need nothing escaped: returned as they are, without encoding them (a listing of 10,000
        // posts escapes each one's URL).
        if (needsNoEscape(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    private static boolean needsNoEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Jekyll's id of a post or document: its URL without the extension and the trailing slash. */
    public static String idOf(String url) {
        String id = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        int slash = id.lastIndexOf('/');
        int dot = id.lastIndexOf('.');
        return dot > slash ? id.substring(0, dot) : id;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0;
    }

    /**
     * The file a URL path is written to, as Jekyll does: {@code /a/} → {@code a/index.html},
     * {@code /a.html} → {@code a.html}, {@code /a} → {@code a.html} when the output extension is html.
     *
     * @param url the unencoded URL path, starting with {@code /}
     * @param outputExtension the extension of the output, with its dot, e.g. {@code .html}
     */
    public static String outputPath(String url, String outputExtension) {
        String path = url.startsWith("/") ? url.substring(1) : url;
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index" + (outputExtension.isEmpty() ? ".html" : outputExtension);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (!outputExtension.isEmpty() && !last.toLowerCase(Locale.ROOT).endsWith(outputExtension)) {
            return path + outputExtension;
        }
        return path;
    }

    /**
     * Percent-escapes decoded as UTF-8 bytes, the inverse of {@link #encodePath}: unlike form decoding,
     * {@code +} stays a plus. A text with a malformed escape ({@code %zz}) comes back as it is.
     */
    public static String decodePath(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /**
     * A slug for a name with no letter or digit to keep ("🎉", "++"): its code points in hex, e.g.
     * {@code u1f389}, so that it still has a page and a feed of its own; any other slug as it is.
     */
    public static String slugOrCodePoints(String slug, String name) {
        if (!slug.isEmpty()) {
            return slug;
        }
        StringBuilder out = new StringBuilder();
        name.strip().codePoints()
                .forEach(c -> out.append(out.length() == 0 ? "u" : "-u").append(Integer.toHexString(c)));
        return out.toString();
    }

    /**
     * Checks that an output path stays inside the destination: relative, {@code /}-separated, no
     * {@code .} or {@code ..} segment, no backslash, colon-drive, NUL or empty segment.
     *
     * @return a description of the problem, or {@code null} when the path is safe
     */
    public static String unsafeReason(String path) {
        if (path.isEmpty()) {
            return "it is empty";
        }
        if (path.startsWith("/")) {
            return "it is absolute";
        }
        if (path.indexOf('\\') >= 0) {
            return "it contains a backslash";
        }
        if (path.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        if (path.length() >= 2 && path.charAt(1) == ':') {
            return "it starts with a drive letter";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return "it has an empty segment";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "it contains '" + segment + "'";
            }
        }
        return null;
    }
}
