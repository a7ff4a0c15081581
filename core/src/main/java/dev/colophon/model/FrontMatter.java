package dev.colophon.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The front matter of a file: its keys in the order written, with values as the reader produced them,
 * and the line each top-level key is on (for error messages).
 *
 * <p>Values are {@code null}, {@link String}, {@link Boolean}, {@link Long}, {@link java.math.BigDecimal}
 * (numbers keep the digits as written: {@code 1.10} stays {@code 1.10}), {@code List<Object>} or
 * {@code Map<String, Object>} of these. Dates stay strings: the pipeline parses them itself, as Jekyll
 * does, into the site's time zone.
 *
 * @param values the keys and values, unmodifiable, never {@code null}
 * @param keyLines the 1-based line in the source file of each top-level key; keys may be missing
 */
public record FrontMatter(Map<String, Object> values, Map<String, Integer> keyLines) {

    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), Map.of());

    public FrontMatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        keyLines = Map.copyOf(keyLines);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw value, empty when the key is missing or {@code null}. */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A scalar as text (numbers and booleans as written), empty when missing, null or not a scalar. */
    public Optional<String> string(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof Map || value instanceof List) {
            return Optional.empty();
        }
        return Optional.of(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
    }

    /** A boolean: {@code true}/{@code false} values or the strings "true"/"false". */
    public Optional<Boolean> bool(String key) {
        Object value = values.get(key);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.parseBoolean(s));
        }
        return Optional.empty();
    }

    /**
     * A list of words, the way Jekyll reads {@code tags} and {@code categories}: a YAML list, or a string
     * split on white space. Missing or null gives an empty list.
     */
    public List<String> words(String key) {
        Object value = values.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null && !item.toString().isBlank()) {
                    out.add(item.toString().strip());
                }
            }
        } else if (value != null && !(value instanceof Map)) {
            for (String word : value.toString().strip().split("\\s+")) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The line of a top-level key in its file, or 0 when unknown. */
    public int line(String key) {
        return keyLines.getOrDefault(Objects.requireNonNull(key), 0);
    }
}
