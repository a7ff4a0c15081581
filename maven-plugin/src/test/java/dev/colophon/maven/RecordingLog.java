package dev.colophon.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's log as a list of {@code level: message} lines, to assert on what a goal told the user. */
final class RecordingLog extends SystemStreamLog {

    // Synchronized: colophon:serve logs from its build thread too.
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(CharSequence content) {
        lines.add("info: " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("warn: " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("error: " + content);
    }

    String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }
}
