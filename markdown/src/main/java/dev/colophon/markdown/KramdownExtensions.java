package dev.colophon.markdown;

import java.util.regex.Pattern;

/**
 * kramdown's extension syntax that flexmark does not know, applied before parsing, outside fenced code:
 * {@code {::comment}…{:/comment}} and {@code {::options …/}} disappear, {@code {::nomarkdown}…{:/nomarkdown}}
 * leaves its content as it is, and a line ending in {@code \\} (kramdown's line break) becomes CommonMark's
 * backslash break.
 */
final class KramdownExtensions {

    private static final Pattern LINE_BREAK = Pattern.compile("(?m)(?<!\\\\)\\\\\\\\[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private KramdownExtensions() {
    }

    static String apply(String markdown) {
        if (markdown.indexOf("{:") < 0 && markdown.indexOf("\\\\") < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        StringBuilder text = new StringBuilder();
        String fence = null;
        for (String line : markdown.split("(?<=\n)", -1)) {
            var m = FENCE.matcher(line);
            if (fence == null && m.find()) {
                out.append(rewrite(text));
                text.setLength(0);
                fence = m.group(1);
                out.append(line);
            } else if (fence != null) {
                out.append(line);
                if (line.strip().startsWith(fence) && line.strip().replace(String.valueOf(fence.charAt(0)), "").isEmpty()) {
                    fence = null;
                }
            } else {
                text.append(line);
            }
        }
        return out.append(rewrite(text)).toString();
    }

    private static String rewrite(CharSequence text) {
        String s = extensions(text.toString(), "comment", false);
        s = options(s);
        s = extensions(s, "nomarkdown", true);
        return LINE_BREAK.matcher(s).replaceAll("\\\\");
    }

    /**
     * {@code \{::NAME\}(.*?)\{:/(NAME)?\}} replaced by its content or by nothing, and for comments also
     * {@code \{::comment\s*\/\}}, scanned: the expression looked for an end from every unclosed start, which
     * took time quadratic in a text of many. Each end is searched for once, and not again once missing.
     */
    private static String extensions(String text, String name, boolean keepContent) {
        String start = "{::" + name;
        String longEnd = "{:/" + name + "}";
        String shortEnd = "{:/}";
        int nextLong = -2;
        int nextShort = -2;
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        for (int at = text.indexOf(start, from); at >= 0; at = text.indexOf(start, from)) {
            int after = at + start.length();
            int end = -1;
            String content = "";
            if (text.startsWith("}", after)) {
                // The ends are found again only once the search is behind them.
                if (nextLong != -1 && nextLong < after + 1) {
                    nextLong = text.indexOf(longEnd, after + 1);
                }
                if (nextShort != -1 && nextShort < after + 1) {
                    nextShort = text.indexOf(shortEnd, after + 1);
                }
                int close = nextLong < 0 ? nextShort : nextShort < 0 ? nextLong : Math.min(nextLong, nextShort);
                if (close >= 0) {
                    content = text.substring(after + 1, close);
                    end = close + (close == nextLong ? longEnd.length() : shortEnd.length());
                }
            }
            if (end < 0 && !keepContent) {
                int i = after;
                while (i < text.length() && AttributeItems.isSpace(text.charAt(i))) {
                    i++;
                }
                end = text.startsWith("/}", i) ? i + 2 : -1;
            }
            if (end < 0) {
                from = at + 1;
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, copied, at).append(keepContent ? content : "");
            copied = end;
            from = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** {@code \{::options\b[^}]*\/\}} removed, with each closing brace searched for once. */
    private static String options(String text) {
        String start = "{::options";
        int nextBrace = -2;
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        for (int at = text.indexOf(start, from); at >= 0; at = text.indexOf(start, from)) {
            int after = at + start.length();
            from = at + 1;
            if (after < text.length() && isWordCharacter(text.charAt(after))) {
                continue;
            }
            if (nextBrace != -1 && nextBrace < after) {
                nextBrace = text.indexOf('}', after);
            }
            if (nextBrace > after && text.charAt(nextBrace - 1) == '/') {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, at);
                copied = nextBrace + 1;
                from = copied;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A word character as {@code \b} tells them apart on Java 17. */
    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
