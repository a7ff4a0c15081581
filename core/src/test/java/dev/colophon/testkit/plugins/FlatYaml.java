package dev.colophon.testkit.plugins;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The few YAML forms core's tests write, one {@code key: value} a line: {@code true}/{@code false}, whole
 * numbers, {@code [a, b]} lists, a key with nothing after it followed by {@code - item} lines, and text. Enough to drive core without the real YAML reader, which lives in
 * a plugin module core must not depend on.
 */
final class FlatYaml {

    private FlatYaml() {
    }

    /**
     * Reads the lines; {@code firstLine} is the file's line of the first one, for positions.
     *
     * @param keyLines receives each key's 1-based line in the file
     * @throws SourceException for a line that is not {@code key: value}, at that line
     */
    static Map<String, Object> read(String path, List<String> lines, int firstLine, Map<String, Integer> keyLines) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new SourceException(new SourcePosition(path, firstLine + i, 1), "not a 'key: value' line",
                        "core's test YAML reads one key a line");
            }
            String key = line.substring(0, colon).strip();
            String text = line.substring(colon + 1).strip();
            keyLines.put(key, firstLine + i);
            List<String> items = new ArrayList<>();
            while (text.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("- ")) {
                items.add(unquote(lines.get(++i).strip().substring(2).strip()));
            }
            values.put(key, items.isEmpty() ? value(text) : items);
        }
        return values;
    }

    private static Object value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.matches("-?\\d+")) {
            return Long.valueOf(text);
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            String inside = text.substring(1, text.length() - 1).strip();
            return inside.isEmpty() ? List.of()
                    : Arrays.stream(inside.split(",")).map(String::strip).map(FlatYaml::unquote).toList();
        }
        return unquote(text);
    }

    private static String unquote(String text) {
        boolean quoted = text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"));
        return quoted ? text.substring(1, text.length() - 1) : text;
    }
}
