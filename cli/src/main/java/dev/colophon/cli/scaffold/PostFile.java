package dev.colophon.cli.scaffold;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A new post: its file name under {@code _posts/} and its text, front matter first. */
record PostFile(String name, String text) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    /** A post titled {@code title}, dated {@code now} (in the site's time zone), with {@code body}. */
    static PostFile of(String title, ZonedDateTime now, String tags, String body) {
        String name = DAY.format(now) + "-" + Slug.of(title) + ".md";
        String text = "---\n"
                + "title: " + quoted(title) + "\n"
                + "date: " + DATE.format(now) + "\n"
                + (tags.isEmpty() ? "" : "tags: " + tags + "\n")
                + "---\n"
                + body;
        return new PostFile(name, text);
    }

    /** A YAML double-quoted scalar: a title may hold {@code :}, {@code #}, quotes or start with anything. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
