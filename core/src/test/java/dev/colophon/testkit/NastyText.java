package dev.colophon.testkit;

import java.util.Random;
import java.util.SplittableRandom;

/**
 * Random text made of pieces chosen to break escaping: control characters, lone surrogates, non-characters,
 * XML, HTML and CDATA syntax, quotes, emoji, right-to-left text, combining marks, Markdown and Liquid. For
 * property tests: seeded, and the seed is printed in failure messages so a failure can be replayed with
 * {@code -Dcolophon.test.seed=N}.
 *
 * <pre>{@code
 * NastyText nasty = NastyText.seeded();
 * String title = nasty.text(1, 6);
 * assertTrue(ok(title), () -> nasty.replay() + ": " + title);
 * }</pre>
 */
public final class NastyText {

    /** The system property that fixes the seed. */
    public static final String SEED_PROPERTY = "colophon.test.seed";

    private static final String[] PIECES = {
        // C0 controls, DEL, C1 controls: none may stand in XML 1.0, not even as a character reference.
        "\u0000", "\u0001", "\u0008", "\t", "\n", "\u000B", "\u000C", "\r", "\u001B", "\u001F", "\u007F", "\u0085",
        "\u009F",
        // Lone surrogates, and the non-characters at the end of the BMP.
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFE", "\uFFFF", "\uFEFF", "\uFFFD",
        // XML, HTML, CDATA and comments.
        "]]>", "<![CDATA[", "--", "<!--", "-->", "<", ">", "&", "&amp;", "&lt;", "&#0;", "&#x1F600;", "&nbsp;", "&bogus;",
        "\"", "'", "`", "<script>alert(1)</script>", "</title>", "<b>", "</p>", "<?xml?>", "<!DOCTYPE x>",
        // Emoji: surrogate pairs, a ZWJ sequence, a flag, a skin tone.
        "🎉", "😀", "👩‍👩‍👧", "🇩🇪", "👍🏽", "𝕏",
        // Right to left, bidi controls, combining marks, odd spaces and line separators.
        "עברית", "العربية", "\u202E", "\u200F", "\u200B", "e\u0301", "\u0301", "Z\u0351\u0352\u0353",
        "\u00A0", "\u2028", "\u2029", "\u3000",
        // Markdown.
        "*", "**", "_", "__", "#", "## ", "> ", "- ", "1. ", "|", "\\", "[x](y)", "![i](/j.png)", "<http://x.y/>",
        "[^1]", "```", "~~~", "    ", "\n\n",
        // Liquid.
        "{{", "}}", "{%", "%}", "{{ site.title }}", "{% raw %}", "{% endraw %}", "{% if %}",
        // YAML look-alikes and URL characters.
        ":", ": ", "- ", "---", "...", "!!str", "&anchor", "*alias", "%", "@", "?", "#", "/", "..", "%2F", "%00",
        // Plain words, so the text also looks like text.
        "word", "Zürich", "naïve", "日本語", "Δ", " ", " ", " ",
    };

    /** For file names and URL paths: dot segments, separators of other systems, escapes, controls. */
    private static final String[] NAME_PIECES = {
        "..", ".", "...", " ", "%", "%2e%2e", "%2F", "%5C", "%00", "#", "?", "&", "=", "+", ";", "\\", "..\\..\\",
        ":", "C:", "~", "*", "|", "<", ">", "\"", "'", "`", "$", "!", "@", "[", "]", "{{", "{%",
        "\t", "\n", "\r", "\u0001", "\u001F", "\u007F", "\u0085", "\u00A0", "\u2028", "\u200F", "\u202E", "\uFEFF",
        "é", "e\u0301", "日本", "🎉", "Ω", "ǅ", "İ", "ß",
        "a", "b", "index", "feed", "tags", "assets", "_", "-", "-.",
    };

    private final long seed;
    private final Random random;

    private NastyText(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** From {@code -Dcolophon.test.seed=N} when set, else from a new random seed. */
    public static NastyText seeded() {
        Long fixed = Long.getLong(SEED_PROPERTY);
        return new NastyText(fixed != null ? fixed : new SplittableRandom().nextLong());
    }

    public long seed() {
        return seed;
    }

    /** For failure messages: the seed and how to run again with it. */
    public String replay() {
        return "seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
    }

    /** The generator, for other random choices in the same replayable run. */
    public Random random() {
        return random;
    }

    /** Between {@code min} and {@code max} pieces. */
    public String text(int min, int max) {
        return text(min, max, true);
    }

    /**
     * Between {@code min} and {@code max} pieces.
     *
     * @param liquid whether Liquid syntax may appear: not in text that is rendered as Liquid, where an
     *     unbalanced {@code {%} is an error the author must fix, not something to escape
     */
    public String text(int min, int max, boolean liquid) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder();
        while (count > 0) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (!liquid && (piece.contains("{{") || piece.contains("{%") || piece.contains("}}")
                    || piece.contains("%}"))) {
                continue;
            }
            // "{" then "%" from two pieces would be Liquid too.
            if (!liquid && out.length() > 0 && (piece.startsWith("%") || piece.startsWith("{") || piece.startsWith("}"))
                    && "{%}".indexOf(out.charAt(out.length() - 1)) >= 0) {
                continue;
            }
            out.append(piece);
            count--;
        }
        return out.toString();
    }

    /**
     * A name of {@code min} to {@code max} pieces for a file or folder: anything Linux allows in one (every
     * character but {@code /} and NUL), never {@code .} or {@code ..} themselves, at most 200 bytes.
     */
    public String fileName(int min, int max) {
        while (true) {
            int count = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                out.append(NAME_PIECES[random.nextInt(NAME_PIECES.length)]);
            }
            String name = out.toString();
            if (!name.isEmpty() && !name.equals(".") && !name.equals("..")
                    && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200) {
                return name;
            }
        }
    }

    /**
     * A {@code /}-separated path of one to four segments: {@link #fileName}s, and {@code ..}, {@code .} and
     * empty segments; maybe with a leading or trailing slash.
     */
    public String path() {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "/" : "");
        for (int i = random.nextInt(4); i >= 0; i--) {
            int kind = random.nextInt(8);
            out.append(kind == 0 ? ".." : kind == 1 ? "." : kind == 2 ? "" : fileName(1, 3));
            if (i > 0 || random.nextInt(4) == 0) {
                out.append('/');
            }
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar that reads back as exactly {@code text}: backslash, quote and everything
     * that may not stand in a YAML stream as it is are written as escapes.
     */
    public static String yamlQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == 0xFEFF
                    || c == 0xFFFE || c == 0xFFFF || c == 0x2028 || c == 0x2029) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    // A well-formed pair is an ordinary character (an emoji): write it as it is.
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append(String.format("\\u%04X", (int) c));
                }
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
