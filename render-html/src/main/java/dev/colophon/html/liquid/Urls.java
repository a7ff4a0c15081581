package dev.colophon.html.liquid;

import dev.colophon.url.UrlPaths;

/** Jekyll's {@code relative_url} and {@code absolute_url}: base URL prepended, existing escapes kept. */
final class Urls {

    private Urls() {
    }

    static String relative(String input, String baseurl) {
        if (isAbsolute(input)) {
            return input;
        }
        // Jekyll leaves an empty input without its slash: "" | relative_url is the base URL itself.
        String path = input.isEmpty() || input.startsWith("/") ? input : "/" + input;
        if (baseurl == null || baseurl.isEmpty()) {
            return escapeUri(path); // most sites: nothing to join, nothing made for each link
        }
        String base = baseurl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.isEmpty() && !base.startsWith("/")) {
            base = "/" + base;
        }
        return escapeUri(base + path);
    }

    static String absolute(String input, String url, String baseurl) {
        if (isAbsolute(input)) {
            return input;
        }
        String site = url == null ? "" : url.strip();
        while (site.endsWith("/")) {
            site = site.substring(0, site.length() - 1);
        }
        return site + relative(input, baseurl);
    }

    private static boolean isAbsolute(String input) {
        return UrlPaths.hasScheme(input);
    }

    /** Percent-encodes what may not appear in a URI, leaving {@code %XX} escapes and reserved characters. */
    static String escapeUri(String text) {
        return UrlPaths.escapeUri(text);
    }
}
