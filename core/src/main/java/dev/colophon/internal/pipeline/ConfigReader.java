package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Author;
import dev.colophon.model.SiteConfig;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the values read from {@code _config.yml} into a typed {@link SiteConfig}, once, at the edge.
 * A known key with a value of the wrong type is an error at that key's line.
 */
final class ConfigReader {

    private final String path;
    private final String text;
    private final Problems problems;

    ConfigReader(String path, String text, Problems problems) {
        this.path = path;
        this.text = text;
        this.problems = problems;
    }

    SiteConfig read(Object data) {
        if (data == null) {
            data = Map.of();
        }
        if (!(data instanceof Map<?, ?> raw)) {
            throw new SourceException(new SourcePosition(path, 1, 1),
                    "the configuration must be a mapping of keys to values", "write one 'key: value' per line");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        raw.forEach((k, v) -> values.put(String.valueOf(k), v));
        SiteConfig defaults = SiteConfig.defaults();
        String url = string(values, "url", "");
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (!url.isEmpty() && !url.matches("(?i)https?://[^/\\s]+(/[^\\s]*)?")) {
            problems.error(position("url"), "url '" + url + "' is not an http(s) address",
                    "write the scheme and host, e.g. url: https://example.org");
        }
        return new SiteConfig(
                string(values, "title", ""),
                string(values, "description", ""),
                author(values),
                url,
                baseurl(string(values, "baseurl", "")),
                string(values, "permalink", SiteConfig.DEFAULT_PERMALINK),
                zone(values),
                strings(values, "exclude"),
                strings(values, "include"),
                bool(values, "future", defaults.future()),
                bool(values, "show_drafts", defaults.showDrafts()),
                string(values, "excerpt_separator", SiteConfig.DEFAULT_EXCERPT_SEPARATOR),
                values);
    }

    private static String baseurl(String value) {
        String base = value.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.isEmpty() && !base.startsWith("/")) {
            base = "/" + base;
        }
        return base;
    }

    private Author author(Map<String, Object> values) {
        Object value = values.get("author");
        if (value == null) {
            return Author.NONE;
        }
        if (value instanceof Map<?, ?> map) {
            return new Author(text(map.get("name")), text(map.get("bio")), text(map.get("email")),
                    text(map.get("url")));
        }
        if (value instanceof List) {
            wrongType("author", "a name or a mapping with name, bio, email and url");
            return Author.NONE;
        }
        return new Author(text(value), "", "", "");
    }

    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : value.toString();
    }

    private ZoneId zone(Map<String, Object> values) {
        String zone = string(values, "timezone", "");
        if (zone.isEmpty()) {
            // Jekyll falls back to the machine's zone; UTC keeps builds the same on every machine.
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.error(position("timezone"), "timezone '" + zone + "' is not a known time zone",
                    "use an IANA name such as Europe/Berlin or America/New_York");
            return ZoneOffset.UTC;
        }
    }

    private String string(Map<String, Object> values, String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            wrongType(key, "a single value");
            return fallback;
        }
        return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    }

    private boolean bool(Map<String, Object> values, String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        wrongType(key, "true or false");
        return fallback;
    }

    private List<String> strings(Map<String, Object> values, String key) {
        Object value = values.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map || item instanceof List || item == null) {
                    wrongType(key, "a list of paths");
                    return List.of();
                }
                out.add(item.toString());
            }
        } else if (value instanceof Map) {
            wrongType(key, "a list of paths");
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }

    private void wrongType(String key, String expected) {
        problems.error(position(key), "'" + key + "' must be " + expected, "see the configuration section of the README");
    }

    /** The line of a top-level key: config files are small, so a scan beats carrying positions around. */
    private SourcePosition position(String key) {
        Matcher m = Pattern.compile("^(['\"]?)" + Pattern.quote(key) + "\\1\\s*:", Pattern.MULTILINE).matcher(text);
        if (m.find()) {
            int line = 1;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return new SourcePosition(path, line, 1);
        }
        return SourcePosition.of(path);
    }
}
