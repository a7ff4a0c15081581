package dev.colophon.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** Text written to it, handed on a line at a time (without its line break): a command's output into Maven's log. */
final class LogLines extends Writer {

    private final Consumer<String> lines;
    private final StringBuilder line = new StringBuilder();

    LogLines(Consumer<String> lines) {
        this.lines = lines;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                lines.accept(line.substring(0, end));
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
        // a line is handed on when it is whole
    }

    /** Hands on the last line, when it had no line break. */
    @Override
    public synchronized void close() {
        if (line.length() > 0) {
            lines.accept(line.toString());
            line.setLength(0);
        }
    }
}
