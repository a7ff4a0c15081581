package dev.colophon.diagnostic;

import java.util.Objects;

/**
 * A place in a source file: its path relative to the site source (with {@code /} separators), and a
 * 1-based line and column. Line or column 0 means "unknown"; they are then left out when printed.
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    /** The position of a whole file, when no line is known. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** A line of a file, column unknown. */
    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, 0);
    }

    /**
     * {@code file:line:col}, as compilers print it; unknown parts are omitted. Control characters in the
     * file's name (a newline) are escaped, {@code \u000A}: a message stays one line.
     */
    @Override
    public String toString() {
        String name = printable(file);
        if (line == 0) {
            return name;
        }
        return column == 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }

    private static String printable(String name) {
        if (name.codePoints().noneMatch(Character::isISOControl)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
