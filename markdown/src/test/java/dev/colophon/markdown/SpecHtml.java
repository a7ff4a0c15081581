package dev.colophon.markdown;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CommonMark spec's test harness normalisation of HTML ({@code test/normalize.py} of
 * commonmark-spec 0.31.2) in Java, so that the spec's examples compare as {@code spec_tests.py} compares
 * them: white space collapsed outside {@code pre} and dropped around block tags, attributes sorted, self
 * closing tags opened, character references turned into characters except {@code < > & "}.
 *
 * <p>It follows the rules of Python's {@code html.parser.HTMLParser} (with {@code convert_charrefs=False})
 * that the spec's outputs reach; a few corner cases of that parser which neither side's HTML reaches
 * (text ending in an unfinished reference, unknown marked sections) are read more simply. Named references
 * are looked up among HTML5's, where Python knows HTML 4's only.
 */
final class SpecHtml {

    private static final Set<String> BLOCK_TAGS = Set.of("article", "header", "aside", "hgroup", "blockquote",
            "hr", "iframe", "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p",
            "colgroup", "pre", "dd", "progress", "div", "section", "dl", "table", "td", "dt", "tbody", "embed",
            "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");

    // Python's html.parser expressions, \s as Python's (Unicode) white space.
    private static final String S = "[\\s\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
    private static final String NS = S.replace("[", "[^");
    private static final Pattern ENTITY_REF = Pattern.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]");
    private static final Pattern CHAR_REF = Pattern.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]");
    private static final Pattern TAG_FIND = Pattern.compile("([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)(?:" + S + "|/(?!>))*");
    private static final Pattern ATTR_FIND = Pattern.compile("((?<=['\"" + S.substring(1, S.length() - 1) + "/])"
            + "[^" + S.substring(1, S.length() - 1) + "/>][^" + S.substring(1, S.length() - 1) + "/=>]*)"
            + "(" + S + "*=+" + S + "*('[^']*'|\"[^\"]*\"|(?!['\"])" + NS.replace("]", ">]") + "*))?(?:" + S
            + "|/(?!>))*");
    private static final Pattern LOCATE_START_TAG_END = Pattern.compile("<[a-zA-Z][^\\t\\n\\r\\f />\\x00]*"
            + "(?:[" + S.substring(1, S.length() - 1) + "/]*"
            + "(?:(?<=['\"" + S.substring(1, S.length() - 1) + "/])[^" + S.substring(1, S.length() - 1) + "/>]"
            + "[^" + S.substring(1, S.length() - 1) + "/=>]*"
            + "(?:" + S + "*=+" + S + "*(?:'[^']*'|\"[^\"]*\"|(?!['\"])" + NS.replace("]", ">]") + "*)" + S + "*)?"
            + "(?:" + S + "|/(?!>))*)*)?" + S + "*");
    private static final Pattern END_TAG_FIND = Pattern.compile("</" + S + "*([a-zA-Z][-.a-zA-Z0-9:_]*)" + S + "*>");
    private static final Pattern COMMENT_CLOSE = Pattern.compile("--" + S + "*>");
    private static final Pattern WHITESPACE = Pattern.compile(S + "+");
    private static final Pattern ATTRIBUTE_REFERENCE =
            Pattern.compile("&(?:#([0-9]+);?|#[xX]([0-9a-fA-F]+);?|([A-Za-z][A-Za-z0-9]*;))");

    private final StringBuilder output = new StringBuilder();
    private String last = "starttag";
    private boolean inPre;
    private String lastTag = "";
    private String cdataElement;

    private SpecHtml() {
    }

    /** {@code html} normalised as the spec's {@code normalize_html} does. */
    static String normalize(String html) {
        SpecHtml parser = new SpecHtml();
        parser.parse(html);
        return parser.output.toString();
    }

    private void parse(String raw) {
        int n = raw.length();
        int i = 0;
        while (i < n) {
            if (cdataElement != null) {
                Matcher end = Pattern.compile("</" + S + "*" + cdataElement + S + "*>", Pattern.CASE_INSENSITIVE)
                        .matcher(raw);
                if (!end.find(i)) {
                    // Python waits for the end tag that never comes, and drops the rest.
                    return;
                }
                if (i < end.start()) {
                    data(raw.substring(i, end.start()));
                }
                i = endTag(raw, end.start());
                continue;
            }
            int j = i;
            while (j < n && raw.charAt(j) != '<' && raw.charAt(j) != '&') {
                j++;
            }
            if (i < j) {
                data(raw.substring(i, j));
            }
            i = j;
            if (i == n) {
                break;
            }
            if (raw.startsWith("<![CDATA[", i) && raw.indexOf("]]>", i) > 0) {
                // normalize.py passes CDATA through before the parser sees it.
                int end = raw.indexOf("]]>", i) + 3;
                output.append(raw, i, end);
                i = end;
            } else if (raw.charAt(i) == '<') {
                i = markup(raw, i);
            } else if (raw.startsWith("&#", i)) {
                Matcher m = CHAR_REF.matcher(raw).region(i, n);
                if (m.lookingAt()) {
                    charRef(raw.substring(i + 2, m.end() - 1));
                    i = raw.charAt(m.end() - 1) == ';' ? m.end() : m.end() - 1;
                } else {
                    data("&#");
                    i += 2;
                }
            } else {
                Matcher m = ENTITY_REF.matcher(raw).region(i, n);
                if (m.lookingAt()) {
                    entityRef(m.group(1));
                    i = raw.charAt(m.end() - 1) == ';' ? m.end() : m.end() - 1;
                } else {
                    data("&");
                    i++;
                }
            }
        }
    }

    /** Reads the markup at {@code i}, a {@code <}; answers where reading goes on. */
    private int markup(String raw, int i) {
        int n = raw.length();
        int k;
        if (i + 1 < n && isAsciiLetter(raw.charAt(i + 1))) {
            k = startTag(raw, i);
        } else if (raw.startsWith("</", i)) {
            k = endTag(raw, i);
        } else if (raw.startsWith("<!--", i)) {
            Matcher close = COMMENT_CLOSE.matcher(raw);
            if (close.find(i + 4)) {
                output.append("<!--").append(raw, i + 4, close.start()).append("-->");
                last = "comment";
                k = close.end();
            } else {
                k = -1;
            }
        } else if (raw.startsWith("<?", i)) {
            int gt = raw.indexOf('>', i + 2);
            if (gt >= 0) {
                output.append("<?").append(raw, i + 2, gt).append('>');
                last = "pi";
                k = gt + 1;
            } else {
                k = -1;
            }
        } else if (raw.startsWith("<!", i)) {
            int gt = raw.indexOf('>', i + 2);
            if (gt < 0) {
                k = -1;
            } else if (raw.regionMatches(true, i, "<!doctype", 0, 9) || raw.startsWith("<![", i)) {
                output.append(raw, i, gt + 1);
                last = "decl";
                k = gt + 1;
            } else {
                output.append("<!--").append(raw, i + 2, gt).append("-->");
                last = "comment";
                k = gt + 1;
            }
        } else {
            data("<");
            return i + 1;
        }
        if (k < 0) {
            // Unfinished at the end of the input: Python hands it over as text.
            k = raw.indexOf('>', i + 1);
            if (k < 0) {
                k = raw.indexOf('<', i + 1);
                if (k < 0) {
                    k = i + 1;
                }
            } else {
                k++;
            }
            data(raw.substring(i, k));
        }
        return k;
    }

    private int startTag(String raw, int i) {
        int end = wholeStartTagEnd(raw, i);
        if (end < 0) {
            return end;
        }
        Matcher name = TAG_FIND.matcher(raw).region(i + 1, raw.length());
        name.lookingAt();
        String tag = name.group(1).toLowerCase(Locale.ROOT);
        int k = name.end();
        List<String[]> attributes = new ArrayList<>();
        while (k < end) {
            Matcher m = ATTR_FIND.matcher(raw).region(k, raw.length());
            m.useTransparentBounds(true);
            if (!m.lookingAt()) {
                break;
            }
            String value = m.group(2) == null || m.group(2).isEmpty() ? null : m.group(3);
            if (value != null && value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                    && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.substring(1, value.length() - 1);
            }
            if (value != null && !value.isEmpty()) {
                value = unescape(value);
            }
            attributes.add(new String[] {m.group(1).toLowerCase(Locale.ROOT), value});
            k = m.end();
        }
        String rest = raw.substring(k, end).strip();
        if (!rest.equals(">") && !rest.equals("/>")) {
            data(raw.substring(i, end));
            return end;
        }
        if (rest.equals("/>")) {
            startTag(tag, attributes);
            lastTag = tag;
            last = "endtag";
        } else {
            startTag(tag, attributes);
            if (tag.equals("script") || tag.equals("style")) {
                cdataElement = tag;
            }
        }
        return end;
    }

    /** Python's {@code check_for_whole_start_tag}, the input being complete. */
    private static int wholeStartTagEnd(String raw, int i) {
        Matcher m = LOCATE_START_TAG_END.matcher(raw).region(i, raw.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) {
            return -1;
        }
        int j = m.end();
        if (j >= raw.length()) {
            return -1;
        }
        char next = raw.charAt(j);
        if (next == '>') {
            return j + 1;
        }
        if (next == '/') {
            return raw.startsWith("/>", j) ? j + 2 : -1;
        }
        if (isAsciiLetter(next) || next == '=' || next == '/') {
            return -1;
        }
        return j > i ? j : i + 1;
    }

    private int endTag(String raw, int i) {
        int gt = raw.indexOf('>', i + 1);
        if (gt < 0) {
            return -1;
        }
        int gtEnd = gt + 1;
        Matcher m = END_TAG_FIND.matcher(raw).region(i, raw.length());
        if (!m.lookingAt()) {
            if (cdataElement != null) {
                data(raw.substring(i, gtEnd));
                return gtEnd;
            }
            Matcher name = TAG_FIND.matcher(raw).region(i + 2, raw.length());
            if (!name.lookingAt()) {
                if (raw.startsWith("</>", i)) {
                    return i + 3;
                }
                output.append("<!--").append(raw, i + 2, gt).append("-->");
                last = "comment";
                return gtEnd;
            }
            endTag(name.group(1).toLowerCase(Locale.ROOT));
            return raw.indexOf('>', name.end()) + 1;
        }
        String element = m.group(1).toLowerCase(Locale.ROOT);
        if (cdataElement != null && !element.equals(cdataElement)) {
            data(raw.substring(i, gtEnd));
            return gtEnd;
        }
        endTag(element);
        cdataElement = null;
        return m.end();
    }

    private void data(String text) {
        boolean afterTag = last.equals("endtag") || last.equals("starttag");
        boolean afterBlockTag = afterTag && BLOCK_TAGS.contains(lastTag);
        String data = text;
        if (afterTag && lastTag.equals("br")) {
            int start = 0;
            while (start < data.length() && data.charAt(start) == '\n') {
                start++;
            }
            data = data.substring(start);
        }
        if (!inPre) {
            data = WHITESPACE.matcher(data).replaceAll(" ");
        }
        if (afterBlockTag && !inPre) {
            if (last.equals("starttag")) {
                data = stripLeading(data);
            } else {
                data = stripTrailing(stripLeading(data));
            }
        }
        output.append(data);
        last = "data";
    }

    private void startTag(String tag, List<String[]> attributes) {
        if (tag.equals("pre")) {
            inPre = true;
        }
        if (BLOCK_TAGS.contains(tag)) {
            trimOutput();
        }
        output.append('<').append(tag);
        attributes.sort(Comparator.<String[], String>comparing(a -> a[0])
                .thenComparing(a -> a[1], Comparator.nullsFirst(Comparator.naturalOrder())));
        for (String[] attribute : attributes) {
            output.append(' ').append(attribute[0]);
            if (attribute[1] != null) {
                output.append("=\"").append(escape(attribute[1])).append('"');
            }
        }
        output.append('>');
        lastTag = tag;
        last = "starttag";
    }

    private void endTag(String tag) {
        if (tag.equals("pre")) {
            inPre = false;
        } else if (BLOCK_TAGS.contains(tag)) {
            trimOutput();
        }
        output.append("</").append(tag).append('>');
        lastTag = tag;
        last = "endtag";
    }

    private void charRef(String name) {
        String c;
        try {
            int code = name.startsWith("x") ? Integer.parseInt(name.substring(1), 16) : Integer.parseInt(name);
            c = code > 0x10FFFF ? null : new String(Character.toChars(code));
        } catch (NumberFormatException e) {
            c = null;
        }
        outputChar(c, "&" + name + ";");
        last = "ref";
    }

    private void entityRef(String name) {
        String c = Html5Entities.entityToString("&" + name + ";");
        outputChar(c.equals("&" + name + ";") ? null : c, "&" + name + ";");
        last = "ref";
    }

    private void outputChar(String c, String fallback) {
        if (c == null) {
            output.append(fallback);
        } else {
            output.append(switch (c) {
                case "<" -> "&lt;";
                case ">" -> "&gt;";
                case "&" -> "&amp;";
                case "\"" -> "&quot;";
                default -> c;
            });
        }
    }

    private void trimOutput() {
        int end = output.length();
        while (end > 0 && isSpace(output.charAt(end - 1))) {
            end--;
        }
        output.setLength(end);
    }

    /** Python's {@code html.unescape}, for the references the spec's HTML has. */
    private static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return ATTRIBUTE_REFERENCE.matcher(value).replaceAll(m -> {
            String replacement;
            if (m.group(3) != null) {
                String decoded = Html5Entities.entityToString("&" + m.group(3));
                replacement = decoded;
            } else {
                long code;
                try {
                    code = m.group(1) != null ? Long.parseLong(m.group(1)) : Long.parseLong(m.group(2), 16);
                } catch (NumberFormatException e) {
                    code = Long.MAX_VALUE;
                }
                replacement = code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ? "\uFFFD"
                        : new String(Character.toChars((int) code));
            }
            return Matcher.quoteReplacement(replacement);
        });
    }

    /** Python's {@code html.escape(value, quote=True)}. */
    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#x27;");
    }

    private static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Python's {@code str.isspace} for one character. */
    private static boolean isSpace(char c) {
        return c >= '\t' && c <= '\r' || c >= '\u001c' && c <= ' ' || c == '\u0085' || c == '\u00a0'
                || c == '\u1680' || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
