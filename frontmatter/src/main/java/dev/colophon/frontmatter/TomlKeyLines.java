package dev.colophon.frontmatter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the line of each top-level key in TOML that has already been parsed, for messages about a key:
 * {@code key = ...} and {@code key.sub = ...} before the first table, and the first segment of each table
 * header ({@code [key]}, {@code [key.sub]}, {@code [[key]]}). Jackson's TOML module builds a tree without
 * positions, so the lines are found here, skipping what multi-line strings and arrays hold.
 *
 * <p>A key whose quoted form has escapes gets no line; {@link dev.colophon.model.FrontMatter} allows that.
 */
final class TomlKeyLines {

    private enum State { PLAIN, MULTI_LINE_BASIC, MULTI_LINE_LITERAL }

    private State state = State.PLAIN;
    /** Arrays and inline tables open at the end of the line scanned last. */
    private int depth;

    private TomlKeyLines() {
    }

    /**
     * The file line of each top-level key, the first where it appears.
     *
     * @param toml valid TOML
     * @param firstLine the file line the TOML starts on
     */
    static Map<String, Integer> of(String toml, int firstLine) {
        TomlKeyLines scanner = new TomlKeyLines();
        Map<String, Integer> lines = new LinkedHashMap<>();
        boolean beforeFirstTable = true;
        int lineNumber = firstLine;
        for (String line : toml.split("\n", -1)) {
            String text = line.stripLeading();
            if (scanner.state == State.PLAIN && scanner.depth == 0) {
                if (text.startsWith("[")) {
                    beforeFirstTable = false;
                    putKey(lines, text.substring(text.startsWith("[[") ? 2 : 1).stripLeading(), lineNumber);
                    lineNumber++;
                    continue; // a header holds no value that goes on to the next line
                }
                if (beforeFirstTable) {
                    putKey(lines, text, lineNumber);
                }
            }
            scanner.scan(line);
            lineNumber++;
        }
        return lines;
    }

    /**
     * The index of the line holding the key of the value that ends before line {@code next}: back over blank
     * lines and comments to where the value ends, then up to the line that starts with a key; -1 if none.
     */
    static int keyLineBefore(String[] lines, int next) {
        int i = Math.min(next, lines.length) - 1;
        while (i >= 0 && (lines[i].isBlank() || lines[i].stripLeading().startsWith("#"))) {
            i--;
        }
        while (i >= 0 && keyText(lines[i]).isEmpty()) {
            i--;
        }
        return i;
    }

    /** The key, dotted as written, that a line of {@code key = value} starts with; empty if it starts with none. */
    static String keyText(String line) {
        String text = line.strip();
        boolean quoted = text.startsWith("\"") || text.startsWith("'");
        int equals = text.indexOf('=', quoted ? Math.max(1, text.indexOf(text.charAt(0), 1)) : 0);
        if (equals <= 0 || text.startsWith("[") || text.startsWith("{") || text.startsWith("#")) {
            return "";
        }
        return leadingKey(text) == null ? "" : text.substring(0, equals).strip();
    }

    private static void putKey(Map<String, Integer> lines, String text, int line) {
        String key = leadingKey(text);
        if (key != null) {
            lines.putIfAbsent(key, line);
        }
    }

    /** The first key segment {@code text} starts with, if followed by '=', '.' or ']'; else {@code null}. */
    private static String leadingKey(String text) {
        int end;
        String key;
        if (text.startsWith("\"") || text.startsWith("'")) {
            end = text.indexOf(text.charAt(0), 1);
            key = end < 0 ? null : text.substring(1, end);
            if (key != null && text.charAt(0) == '"' && key.indexOf('\\') >= 0) {
                key = null;
            }
            end++;
        } else {
            end = 0;
            while (end < text.length() && isBareKeyChar(text.charAt(end))) {
                end++;
            }
            key = end == 0 ? null : text.substring(0, end);
        }
        String rest = key == null ? "" : text.substring(end).stripLeading();
        return !rest.isEmpty() && "=.]".indexOf(rest.charAt(0)) >= 0 ? key : null;
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Follows strings, comments and brackets through one line. */
    private void scan(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            switch (state) {
                case MULTI_LINE_BASIC -> {
                    if (c == '\\') {
                        i += 2;
                        continue;
                    }
                    if (line.startsWith("\"\"\"", i)) {
                        state = State.PLAIN;
                        i = afterClosing(line, i, '"');
                        continue;
                    }
                }
                case MULTI_LINE_LITERAL -> {
                    if (line.startsWith("'''", i)) {
                        state = State.PLAIN;
                        i = afterClosing(line, i, '\'');
                        continue;
                    }
                }
                case PLAIN -> {
                    if (c == '#') {
                        return;
                    }
                    if (line.startsWith("\"\"\"", i) || line.startsWith("'''", i)) {
                        state = c == '"' ? State.MULTI_LINE_BASIC : State.MULTI_LINE_LITERAL;
                        i += 3;
                        continue;
                    }
                    if (c == '"' || c == '\'') {
                        i = endOfString(line, i);
                        continue;
                    }
                    if (c == '[' || c == '{') {
                        depth++;
                    } else if (c == ']' || c == '}') {
                        depth--;
                    }
                }
            }
            i++;
        }
    }

    /** The index after three closing quotes at {@code i} and the up to two more that TOML counts as content. */
    private static int afterClosing(String line, int i, char quote) {
        int end = i + 3;
        for (int extra = 0; extra < 2 && end < line.length() && line.charAt(end) == quote; extra++) {
            end++;
        }
        return end;
    }

    /** The index after a one-line string that starts at {@code start}. */
    private static int endOfString(String line, int start) {
        char quote = line.charAt(start);
        int i = start + 1;
        while (i < line.length() && line.charAt(i) != quote) {
            i += quote == '"' && line.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
