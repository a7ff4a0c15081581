package dev.colophon.cli.serve;

import java.util.List;

/** The little JSON the live-reload events carry: arrays of strings. */
final class Json {

    private Json() {
    }

    static String array(List<String> strings) {
        StringBuilder out = new StringBuilder("[");
        for (String s : strings) {
            if (out.length() > 1) {
                out.append(',');
            }
            string(out, s);
        }
        return out.append(']').toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Also U+2028/2029, which old JavaScript parsers took for line ends.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
