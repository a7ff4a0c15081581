package dev.colophon.markdown;

import java.util.regex.Pattern;

/**
 * kramdown's extension syntax that flexmark does not know, applied before parsing, outside fenced code:
 * {@code {::comment}…{:/comment}} and {@code {::options …/}} disappear, {@code {::nomarkdown}…{:/nomarkdown}}
 * leaves its content as it is, and a line ending in {@code \\} (kramdown's line break) becomes CommonMark's
 * backslash break.
 */
final class KramdownExtensions {

    private static final Pattern COMMENT = Pattern.compile("\\{::comment\\}.*?\\{:/(comment)?\\}|\\{::comment\\s*/\\}",
            Pattern.DOTALL);
    private static final Pattern OPTIONS = Pattern.compile("\\{::options\\b[^}]*/\\}");
    private static final Pattern NO_MARKDOWN = Pattern.compile("\\{::nomarkdown\\}(.*?)\\{:/(nomarkdown)?\\}",
            Pattern.DOTALL);
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
        String s = COMMENT.matcher(text).replaceAll("");
        s = OPTIONS.matcher(s).replaceAll("");
        s = NO_MARKDOWN.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        return LINE_BREAK.matcher(s).replaceAll("\\\\");
    }
}
