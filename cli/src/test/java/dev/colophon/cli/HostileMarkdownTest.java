package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile Markdown, a post a few hundred KB long per case, built by the command in plain and in safe mode:
 * each builds in seconds with the HTML it should have, or fails with the one message it should give (and
 * leaves the previous site as it was). Each case is bounded at 60 seconds, so a quadratic path or a hang
 * fails the test instead of stalling the build; before the fixes most took minutes or overflowed the stack.
 */
class HostileMarkdownTest {

    private static final String POST = "_posts/2021-01-01-a.md";
    private static final String HTML = "2021/01/01/a.html";
    private static final String TOO_DEEP = ": error: the Markdown nests more than 100 levels deep (nest quotes, lists "
            + "and emphasis at most 100 deep)";

    @TempDir
    Path temp;

    /**
     * One case.
     *
     * @param body the post's Markdown, after its front matter (which takes 3 lines: the body is line 4)
     * @param expected every message line, in order; none for a build that succeeds
     * @param html what the post's page contains when the build succeeds
     * @param safeHtml what it contains in safe mode, where raw HTML is shown as text
     */
    record Case(String name, String body, List<String> expected, String html, String safeHtml) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case builds(String name, String body, String html) {
        return new Case(name, body, List.of(), html, html);
    }

    private static Case builds(String name, String body, String html, String safeHtml) {
        return new Case(name, body, List.of(), html, safeHtml);
    }

    private static Case fails(String name, String body, String position) {
        return new Case(name, body, List.of(POST + ":" + position + TOO_DEEP), "", "");
    }

    static Stream<Case> cases() {
        StringBuilder table = new StringBuilder("| a | b |\n|---|---|\n");
        StringBuilder references = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        StringBuilder definitions = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            table.append("| x").append(i).append(" | y").append(i).append(" |\n");
            references.append(i % 100 == 0 ? "\n\n" : "").append("Text[^").append(i).append("] ");
            notes.append("[^").append(i).append("]: Note ").append(i).append('\n');
            definitions.append("[r").append(i).append("]: /u").append(i).append('\n');
        }
        StringBuilder runs = new StringBuilder();
        for (int i = 700; i > 0; i--) {
            runs.append("`".repeat(i)).append(' ');
        }
        StringBuilder ald = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            ald.append("{:d").append(i).append(": ").append(("d" + (i + 1) + " ").repeat(8)).append("}\n");
        }
        return Stream.of(
                builds("a 40,000-row table", table.toString(), "<tr><td>x39999</td><td>y39999</td></tr>"),
                builds("40,000 footnotes", "Intro.\n" + references + "\n\n" + notes,
                        "<li id=\"fn:39999\">"),
                builds("40,000 reference definitions", definitions + "\n[x][r39999]\n", "<a href=\"/u39999\">x</a>"),
                builds("backtick runs of 700 lengths", runs.toString(), "<p>```````"),
                builds("50,000 alternating backticks", "` ".repeat(50_000), "highlighter-rouge\"> </code>"),
                builds("a run of 200,000 backticks and one more", "`".repeat(200_000) + " x`\n", "x`</p>"),
                builds("40,000 unclosed link destinations", "[a](<b".repeat(40_000), "[a](&lt;b[a]"),
                builds("40,000 unclosed plain destinations", "[a](b(".repeat(40_000), "[a](b([a]"),
                builds("raw HTML of 60,000 tags", "<b>x</b> <i>y</i> ".repeat(30_000),
                        "<b>x</b> <i>y</i>", "&lt;b&gt;x&lt;/b&gt;"),
                builds("30,000 unclosed script tags", "<script>".repeat(30_000), "<script><script>",
                        "&lt;script&gt;&lt;script&gt;"),
                builds("50,000 unclosed comments", "<!--".repeat(50_000), "<!--<!--", "&lt;!--&lt;!--"),
                builds("an attribute list without its brace", "Para\n{: " + "a=\"b\" c=d ".repeat(20_000) + "\n",
                        "<p>Para"),
                builds("50,000 span attribute lists without a brace", "{:a ".repeat(50_000), "<p>{:a {:a"),
                builds("an attribute list of 33,000 classes", "Para\n{:" + ".a ".repeat(33_000) + "}\n",
                        "<p class=\"a a a a"),
                builds("an attribute list with 40 escaped quotes", "Para\n{: title=\"" + "\\\"".repeat(40) + "}\n",
                        "<p title=\""),
                builds("attribute definitions that refer to each other 8 times a level",
                        ald + "{:d14: .x}\n\nPara\n{: d0}\n", "<p class=\"x x"),
                builds("20,000 headings of one name", "# Same\n\n".repeat(20_000), "id=\"same-19999\""),
                builds("a 100,000-star rule", "*".repeat(100_000) + "\n", "<hr />"),
                builds("100,000 brackets", "[".repeat(100_000), "<p>[[[["),
                builds("unclosed kramdown extensions", "{::comment}{::nomarkdown}{::options ".repeat(10_000),
                        "{::comment}{::nomarkdown}{::options {::comment}"),
                builds("a paragraph of 30,000 links", "[a](http://b.org/x) ".repeat(30_000),
                        "<a href=\"http://b.org/x\">a</a>"),
                builds("99 nested quotes", ">".repeat(99) + " deep\n", "<p>deep</p>"),
                fails("10,000 nested quotes", ">".repeat(10_000) + " deep\n", "4:101"),
                fails("10,000 nested lists", "- ".repeat(10_000) + "deep\n", "4:101"),
                fails("10,000 nested ordered lists", "1. ".repeat(10_000) + "deep\n", "4:151"),
                fails("25,000 nested emphases", "*".repeat(50_000) + "a" + "*".repeat(50_000), "4:199"),
                fails("20,000 nested images", "![".repeat(20_000) + "a" + "](b)".repeat(20_000), "4:199"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void plain(Case c) throws Exception {
        build(c, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void safe(Case c) throws Exception {
        build(c, true);
    }

    private void build(Case c, boolean safe) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site/_posts"));
        Files.writeString(site.resolveSibling("_config.yml"), "url: https://example.org\n");
        Files.writeString(site.resolve("2021-01-01-a.md"), "---\ntitle: A\n---\n" + c.body());
        Path destination = Files.createDirectories(temp.resolve("out"));
        Files.writeString(destination.resolve("index.html"), "<p>the previous site</p>");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(new PrintWriter(out, true),
                new PrintWriter(err, true), safe ? new String[] {"build", "--safe", "-s", site.getParent().toString(),
                        "-d", destination.toString()} : new String[] {"build", "-s", site.getParent().toString(),
                        "-d", destination.toString()}), c.name());

        String messages = err.toString().replace("\r", "");
        List<String> lines = messages.lines().filter(l -> !l.startsWith("Build failed")).toList();
        assertEquals(c.expected(), lines, "messages of: " + c.name() + "\n" + messages);
        assertFalse(messages.contains("\tat ") || messages.contains("Exception"), messages);
        if (c.expected().isEmpty()) {
            assertEquals(0, exit, messages);
            String html = Files.readString(destination.resolve(HTML));
            assertTrue(html.contains(safe ? c.safeHtml() : c.html()), () -> c.name() + ": " + html.substring(0, Math.min(2000, html.length())));
        } else {
            assertEquals(1, exit, messages);
            assertEquals("<p>the previous site</p>", Files.readString(destination.resolve("index.html")));
        }
    }

    /** Core's excerpt looked for each definition in the excerpt's text, quadratic with 40,000 references. */
    @Test
    void footnotesAllInTheFirstParagraph() throws Exception {
        StringBuilder references = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            references.append("Text[^").append(i).append("] ");
            notes.append("[^").append(i).append("]: Note ").append(i).append('\n');
        }
        build(builds("40,000 footnotes in one paragraph", references + "\n\n" + notes, "<li id=\"fn:39999\">"), false);
    }
}
