package dev.colophon.highlight;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.spi.Highlighter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RougeHighlighterTest {

    private final RougeHighlighter highlighter = new RougeHighlighter();

    // Expected strings below are rougify's output (Rouge 3.30) for the same input.

    @Test
    void javaTokensAndEscaping() {
        assertEquals("<span class=\"kt\">int</span> <span class=\"n\">x</span> <span class=\"o\">=</span> "
                        + "<span class=\"mi\">1</span><span class=\"o\">;</span> "
                        + "<span class=\"c1\">// &lt;a &amp; \"b\"&gt;</span>",
                highlighter.highlight("int x = 1; // <a & \"b\">", "java"));
    }

    @Test
    void quotesAreNotEscaped() {
        // Rouge escapes only & < >
        assertEquals("<span class=\"s2\">\"a&amp;b\"</span>", highlighter.highlight("\"a&b\"", "ruby"));
    }

    @Test
    void neighbouringTokensOfOneTypeMerge() {
        assertEquals("<span class=\"o\">=&gt;</span>", highlighter.highlight("=>", "javascript"));
    }

    @Test
    void plainTextIsEscapedWithoutSpans() {
        assertEquals("a &lt;b&gt; &amp; 'c'\n", highlighter.highlight("a <b> & 'c'\n", "text"));
    }

    @Test
    void jsonKeysAreLabelsAndWhitespaceIsItsOwnToken() {
        assertEquals("<span class=\"p\">{</span><span class=\"nl\">\"a\"</span><span class=\"p\">:</span>"
                        + "<span class=\"w\"> </span><span class=\"mi\">1</span><span class=\"p\">}</span>",
                highlighter.highlight("{\"a\": 1}", "json"));
    }

    @Test
    void consoleSplitsPromptFromCommand() {
        assertEquals("<span class=\"gp\">$</span><span class=\"w\"> </span><span class=\"nb\">ls</span>\n"
                        + "<span class=\"go\">a.txt\n</span>",
                highlighter.highlight("$ ls\na.txt\n", "console"));
    }

    @Test
    void foundByServiceLoader() {
        List<Highlighter> found = new ArrayList<>();
        ServiceLoader.load(Highlighter.class).forEach(found::add);
        assertTrue(found.stream().anyMatch(h -> h instanceof RougeHighlighter), found.toString());
        Highlighter h = found.stream().filter(x -> x instanceof RougeHighlighter).findFirst().orElseThrow();
        assertEquals("rouge-compatible", h.id());
        assertEquals(0, h.order());
    }

    @Test
    void languagesIncludeRougeAliases() {
        for (String name : List.of("java", "kotlin", "python", "py", "javascript", "js", "typescript", "ts",
                "json", "yaml", "yml", "ruby", "rb", "shell", "bash", "sh", "zsh", "ksh", "console", "terminal",
                "shell_session", "shell-session", "html", "xml", "css", "scss", "sql", "go", "golang", "rust",
                "rs", "c", "cpp", "c++", "diff", "patch", "udiff", "plaintext", "text")) {
            assertTrue(highlighter.languages().contains(name), name);
            assertEquals(name, name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void aliasesGiveTheSameOutput() {
        String code = "const x = /re/g; // hi\n";
        assertEquals(highlighter.highlight(code, "javascript"), highlighter.highlight(code, "js"));
        assertEquals(highlighter.highlight("a: [1]\n", "yaml"), highlighter.highlight("a: [1]\n", "yml"));
    }

    @Test
    void unknownLanguageAndEmptyInputAreHarmless() {
        assertEquals("&lt;x&gt;", highlighter.highlight("<x>", "no-such-language"));
        assertEquals("", highlighter.highlight("", "java"));
    }

    @Test
    void neverThrowsOnOddInput() {
        Random random = new Random(42);
        String alphabet = "\"'`/*\\#{}()[]<>&$%@:;,.=+-!?|~^\n\t abcXYZ019_é😀\r\u0000";
        for (String language : highlighter.languages()) {
            for (int i = 0; i < 30; i++) {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(120);
                for (int j = 0; j < length; j++) {
                    sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                String code = sb.toString();
                String html = assertDoesNotThrow(() -> highlighter.highlight(code, language), language);
                assertEquals(code, unescape(html.replaceAll("<[^>]*>", "")), language + ": text lost for " + code);
            }
        }
    }

    @Test
    void longTokensAreHighlightedEvenOnASmallStack() throws Exception {
        // Escape-dense strings make Java's regex engine recurse once per escape. On a thread with a small
        // stack that overflows; the highlighter must then still give Rouge's output, not plain text.
        String body = "a\\\"b<".repeat(20_000);
        String javaString = "\"" + body + "\"";
        String rubyString = "'" + "a\\'b<".repeat(20_000) + "'";
        AtomicReference<String> java = new AtomicReference<>();
        AtomicReference<String> ruby = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            java.set(highlighter.highlight(javaString, "java"));
            ruby.set(highlighter.highlight(rubyString, "ruby"));
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertEquals("<span class=\"s\">" + javaString.replace("<", "&lt;") + "</span>", java.get());
        assertEquals("<span class=\"s1\">" + rubyString.replace("<", "&lt;") + "</span>", ruby.get());
    }

    @Test
    void sameOutputFromManyThreads() throws Exception {
        String code = String.join("\n", List.of(
                "<html><script>let a = `x${1}`;</script><style>p { color: red }</style></html>",
                "class A { void f() { return \"s\"; } }"));
        String expectedHtml = highlighter.highlight(code, "html");
        String expectedJava = highlighter.highlight(code, "java");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (!expectedHtml.equals(highlighter.highlight(code, "html"))
                                || !expectedJava.equals(highlighter.highlight(code, "java"))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
