package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ParseContext;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile Markdown converts in time about linear in its length, or fails with a position, never overflowing
 * the stack; and each scan that replaced a quadratic search finds what the search found, on many small
 * random texts.
 */
class HostileMarkdownTest {

    private static final String POST = "_posts/2024-01-01-big.md";
    private final MarkdownParser parser = new MarkdownParser();

    private String html(String markdown, boolean safe) {
        SiteConfig config = safe ? SiteConfig.defaults().withSafe(true) : SiteConfig.defaults();
        return parser.toHtml(markdown, new ParseContext(POST, 4, config));
    }

    static Stream<Arguments> texts() {
        StringBuilder table = new StringBuilder("| a | b |\n|---|---|\n");
        StringBuilder footnotes = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        StringBuilder references = new StringBuilder();
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            table.append("| x").append(i).append(" | y |\n");
            footnotes.append("Text[^").append(i).append("] ");
            notes.append("[^").append(i).append("]: Note ").append(i).append('\n');
            references.append("[r").append(i).append("]: /u").append(i).append('\n');
        }
        for (int i = 700; i > 0; i--) {
            runs.append("`".repeat(i)).append(' ');
        }
        return Stream.of(
                Arguments.of("a 40,000-row table", table.toString(), "<td>x39999</td>"),
                Arguments.of("40,000 footnotes", footnotes + "\n\n" + notes, "fn:39999"),
                Arguments.of("40,000 reference definitions", references + "\n[x][r39999]\n", "/u39999"),
                Arguments.of("backtick runs of 700 lengths", runs.toString(), "``"),
                Arguments.of("50,000 alternating backticks", "` ".repeat(50_000), "<code>"),
                Arguments.of("a run of 200,000 backticks and one more", "`".repeat(200_000) + " x`\n", "x`"),
                Arguments.of("a run of 200,000 tildes and one more", "~".repeat(200_000) + " x~\n", "x~"),
                Arguments.of("40,000 unclosed link destinations", "[a](<b".repeat(40_000), "[a](&lt;b"),
                Arguments.of("30,000 unclosed raw spans", "<kbd>x ".repeat(30_000), "x"),
                Arguments.of("20,000 equal headings", "# Same\n\n".repeat(20_000), "id=\"same-19999\""),
                Arguments.of("a paragraph of 30,000 links", "[a](http://b.org/x) ".repeat(30_000), "http://b.org/x"),
                Arguments.of("an address of 75,000 ://", "<" + "a://".repeat(75_000), "a://"),
                Arguments.of("unclosed kramdown extensions", "{::comment}{::nomarkdown}{::options ".repeat(10_000),
                        "{::options"),
                Arguments.of("a 100,000-star rule", "*".repeat(100_000), "<hr />"),
                Arguments.of("an unclosed attribute list", "Para\n{: " + "a=\"b\" c=d ".repeat(20_000) + "\n",
                        "a=\u201Cb\u201D"),
                Arguments.of("an attribute list of 33,000 classes", "Para\n{:" + ".a ".repeat(33_000) + "}\n",
                        "<p class=\"a a a"),
                Arguments.of("a span attribute list of 30,000 values", "*w*{: " + "title=\"b\" ".repeat(30_000) + "}\n",
                        "<em title=\"b\">w</em>"),
                Arguments.of("an unclosed angle destination", "[a](<" + "x".repeat(200_000), "[a](&lt;xxx"),
                Arguments.of("40,000 unclosed plain destinations", "[a](b(".repeat(40_000), "[a](b("),
                Arguments.of("50,000 unclosed comments", "<!--".repeat(50_000), "!--"),
                Arguments.of("50,000 unclosed span lists", "{:a ".repeat(50_000), "{:a"),
                Arguments.of("100,000 brackets", "[".repeat(100_000), "[[["),
                Arguments.of("nested brackets", "[".repeat(30_000) + "a" + "](b)".repeat(30_000), "href=\"b\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void convertsInSeconds(String name, String markdown, String expected) {
        for (boolean safe : new boolean[] {false, true}) {
            String html = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> html(markdown, safe),
                    name + (safe ? ", safe" : ""));
            assertTrue(html.contains(expected), () -> name + ": " + html.substring(0, Math.min(300, html.length())));
        }
    }

    static Stream<Arguments> tooDeep() {
        return Stream.of(
                Arguments.of("10,000 nested quotes", ">".repeat(10_000) + " deep\n", 4, 101),
                Arguments.of("10,000 nested lists", "- ".repeat(10_000) + "deep\n", 4, 101),
                Arguments.of("10,000 nested ordered lists", "1. ".repeat(10_000) + "deep\n", 4, 151),
                // Line 100 opens the 100th quote while the paragraph of line 99 is still open.
                Arguments.of("quotes nested one line at a time", lines(200), 103, 100),
                // The 100th emphasis from the outside is at level 101; it opens at the 199th star.
                Arguments.of("25,000 nested emphases", "Text\n\n" + "*".repeat(50_000) + "a" + "*".repeat(50_000), 6,
                        199),
                Arguments.of("nested images", "![".repeat(20_000) + "a" + "](b)".repeat(20_000), 4, 199));
    }

    private static String lines(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            text.append(">".repeat(i)).append(" x\n");
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooDeep")
    void deepNestingFailsWithItsPlace(String name, String markdown, int line, int column) {
        for (boolean safe : new boolean[] {false, true}) {
            SourceException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(SourceException.class, () -> html(markdown, safe)), name);
            assertEquals(POST + ":" + line + ":" + column + ": error: the Markdown nests more than 100 levels deep "
                    + "(nest quotes, lists and emphasis at most 100 deep)", e.diagnostic().toString(), name);
        }
    }

    @Test
    void nestingUpToTheLimitConverts() {
        assertTrue(html(">".repeat(99) + " deep\n", false).contains("<p>deep</p>"));
        assertTrue(html(">".repeat(99) + " deep\n", true).contains("<p>deep</p>"));
        assertTrue(html("- ".repeat(49) + "deep\n", true).contains("<li>deep</li>"));
        assertThrows(SourceException.class, () -> html(">".repeat(101) + " deep\n", false));
    }

    @Test
    void aLegitimateLongArticleStaysFast() {
        String paragraph = "Lorem ipsum *dolor* sit amet, **consectetur** adipiscing [elit](https://example.org/x), "
                + "sed do `eiusmod` tempor.\n\n";
        String article = ("## Section\n\n" + paragraph.repeat(20) + "- one\n- two\n  - three\n\n> quoted\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\nint x = 1;\n```\n\n").repeat(450);
        assertTrue(article.length() > 1_000_000, () -> "length " + article.length());
        String html = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> html(article, false));
        assertEquals(450 * 20, html.split("<em>dolor</em>", -1).length - 1);
        assertTrue(html.contains("<h2 id=\"section-449\">Section</h2>"));
    }

    @Test
    void codeSpansAreThoseOfFlexmarksOwnSearch() {
        Parser flexmarks = Parser.builder().build();
        Parser ours = Parser.builder().customInlineParserFactory(QuickMatchInlineParser::new).build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        Random random = new Random(7);
        String alphabet = "``` a\\\n";
        for (int i = 0; i < 20_000; i++) {
            String text = random(random, alphabet, 16);
            assertEquals(renderer.render(flexmarks.parse(text)), renderer.render(ours.parse(text)), text);
        }
    }

    @Test
    void linkDestinationsAreThoseOfFlexmarksScanner() {
        Parser flexmarks = Parser.builder().build();
        Parser ours = Parser.builder().customInlineParserFactory(QuickMatchInlineParser::new).build();
        HtmlRenderer renderer = HtmlRenderer.builder().build();
        String[] tokens = {"[a](", "](", "<", ">", "(", ")", "\\", "\\>", "\\(", " ", "a", "\n", "[", "!", "\"t\""};
        Random random = new Random(11);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(9);
            for (int j = 0; j < length; j++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            String t = text.toString();
            assertEquals(renderer.render(flexmarks.parse(t)), renderer.render(ours.parse(t)), t);
        }
    }

    @Test
    void thematicBreaksAreThoseOfFlexmarksExpression() {
        Pattern flexmarks = Pattern.compile("^(?:(?:\\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$");
        Random random = new Random(8);
        for (int i = 0; i < 200_000; i++) {
            String text = random(random, "*-_ \ta", 9);
            assertEquals(flexmarks.matcher(text).matches(), LinearBlockStarts.ThematicBreaks.isBreak(text, 0), text);
        }
    }

    @Test
    void fencesOpenWhereFlexmarksExpressionOpensThem() {
        Pattern flexmarks = Pattern.compile("^`{3,}(?!.*`)|^~{3,}(?!.*~)");
        Random random = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            String text = random(random, "`~ a", 9);
            boolean mayOpen = LinearBlockStarts.Fences.mayOpen(text, 0);
            // A line it lets through may still be no fence; one it stops never is.
            assertTrue(mayOpen || !flexmarks.matcher(text).find(), text);
            if (!text.isEmpty() && (text.charAt(0) == '`' || text.charAt(0) == '~')) {
                assertEquals(flexmarks.matcher(text).find(), mayOpen, text);
            }
        }
    }

    @Test
    void kramdownExtensionsAreThoseOfTheExpressions() {
        String[] tokens = {"{::comment}", "{:/comment}", "{:/}", "{::comment /}", "{::nomarkdown}",
                "{:/nomarkdown}", "{::options a/}", "{::options", "{::optionsx/}", "}", "/", "a", "\n", " ", "\\\\"};
        Random random = new Random(9);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder("{:");
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            assertEquals(oldKramdownExtensions(text.toString()), KramdownExtensions.apply(text.toString()),
                    text.toString());
        }
    }

    private static String oldKramdownExtensions(String text) {
        String s = Pattern.compile("\\{::comment\\}.*?\\{:/(comment)?\\}|\\{::comment\\s*/\\}", Pattern.DOTALL)
                .matcher(text).replaceAll("");
        s = Pattern.compile("\\{::options\\b[^}]*/\\}").matcher(s).replaceAll("");
        s = Pattern.compile("\\{::nomarkdown\\}(.*?)\\{:/(nomarkdown)?\\}", Pattern.DOTALL).matcher(s)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        return Pattern.compile("(?m)(?<!\\\\)\\\\\\\\[ \\t]*$").matcher(s).replaceAll("\\\\");
    }

    @Test
    void bareLinksAreFoundAsBefore() {
        String[] tokens = {"[", "]", "(", ")", "<", "://", "www.", " ", "\n", "\n\n", "a", "[l]: ", "](", "x@y",
                "&#64;", "\\@"};
        Random random = new Random(10);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            String t = text.toString();
            assertEquals(OldBareLinks.mayContain(t), BareLinks.mayContain(t), t);
        }
    }

    @Test
    void headingIdsStayUniqueAsBefore() {
        assertEquals("<h1 id=\"intro\">Intro</h1>\n<h1 id=\"intro-1\">Intro</h1>\n<h1 id=\"intro-1-1\">Intro 1</h1>\n"
                        + "<h1 id=\"intro-2\">Intro</h1>\n",
                html("# Intro\n\n# Intro\n\n# Intro 1\n\n# Intro\n", false));
    }

    private static String random(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** BareLinks as it was: right, but quadratic in a paragraph of many links. */
    private static final class OldBareLinks {

        /** Whether {@code markdown} may contain a bare URL, web address or e-mail address. */
        static boolean mayContain(String markdown) {
            // An array rather than charAt: posts with typographic quotes are UTF-16 strings, whose charAt is a
            // bounds-checked call per character under the launcher's C1 compiler.
            char[] chars = markdown.toCharArray();
            int length = chars.length;
            for (int i = 0; i < length; i++) {
                switch (chars[i]) {
                    case '@':
                        return true;
                    case '\\':
                        // An escaped @ : / or . is text to the autolinker: it may complete an address.
                        if (i + 1 < length && "@:/.".indexOf(markdown.charAt(i + 1)) >= 0) {
                            return true;
                        }
                        break;
                    case '&':
                        if (characterReferenceMayMatter(markdown, i)) {
                            return true;
                        }
                        break;
                    case ':':
                        if (markdown.startsWith("//", i + 1) && !inLinkSyntax(markdown, i)) {
                            return true;
                        }
                        break;
                    case 'w', 'W':
                        if (markdown.regionMatches(true, i, "www.", 0, 4) && !inLinkSyntax(markdown, i)) {
                            return true;
                        }
                        break;
                    default:
                        break;
                }
            }
            return false;
        }

        /** Whether a '[' comes before the ']' at {@code bracket}, in the same paragraph. */
        private static boolean opens(String markdown, int bracket) {
            int open = markdown.lastIndexOf('[', bracket);
            int paragraph = markdown.lastIndexOf("\n\n", bracket);
            return open >= 0 && open > paragraph;
        }

        /** Whether the address at {@code at} is followed by a ')' before any white space. */
        private static boolean closes(String markdown, int at) {
            for (int i = at; i < markdown.length(); i++) {
                char c = markdown.charAt(i);
                if (c == ')') {
                    return true;
                }
                if (Character.isWhitespace(c)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether a character reference at {@code at} may decode to a character of an address: any numeric
         * one, or a named one for @ : / or . ({@code &amp;} and the like never make a link).
         */
        private static boolean characterReferenceMayMatter(String markdown, int at) {
            if (markdown.startsWith("&#", at)) {
                return true;
            }
            for (String name : new String[] {"&commat;", "&colon;", "&sol;", "&period;", "&excl;"}) {
                if (markdown.regionMatches(true, at, name, 0, name.length())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the address around {@code at} is the destination of a link written in Markdown, which
         * autolinking never touches: {@code [text](https://…)}, {@code <https://…>} or a reference definition
         * {@code [label]: https://…}. Most links in posts are written so; a bare address elsewhere still counts.
         */
        private static boolean inLinkSyntax(String markdown, int at) {
            int start = at;
            while (start > 0 && !Character.isWhitespace(markdown.charAt(start - 1))
                    && "(<".indexOf(markdown.charAt(start - 1)) < 0) {
                start--;
            }
            if (start == 0) {
                return false;
            }
            char before = markdown.charAt(start - 1);
            if (before == '<') {
                return true;
            }
            if (before == '(') {
                // [text](address): a ']' right before, its '[' earlier in the paragraph, and a ')' closing.
                return start >= 2 && markdown.charAt(start - 2) == ']' && opens(markdown, start - 2)
                        && closes(markdown, at);
            }
            // [label]: address, at the start of a line
            int lineStart = markdown.lastIndexOf('\n', start - 1) + 1;
            String head = markdown.substring(lineStart, start).strip();
            return head.startsWith("[") && head.endsWith("]:") && head.indexOf(']') == head.length() - 2;
        }
    }
}
