package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownEngineTest {

    private static final MarkdownEngine ENGINE = new MarkdownEngine();

    @ParameterizedTest
    @ValueSource(strings = {
        "Plain prose: with a colon, it's \"quoted\" -- fine...",
        "Line ends with http:\n//example.org on the next line",
        "www\n.example.com and w ww.example.com",
        "| a: | b |\n|---|---|\n| x:/ | /y |",
        "> quote with mailto and at sign spelled out\n> - list: item",
        "Code `https://example.org` and text",
        "user\\@example.com and http&#58;//example.org and www&#46;example.com",
        "visit https://example.org/path?q=1, www.example.com or me@example.org.",
        "Footnote[^1] and <span>html</span>.\n\n[^1]: note with www.example.com",
        "<div markdown=\"1\">\n*x* at www.example.com\n</div>\n\n* TOC\n{:toc}\n\n## A {#a}\n",
        // Link syntax, which the shortcut skips, and near misses, which it must not
        "[a](https://example.org/x) and <https://example.org/y> and ![i](https://example.org/i.png)",
        "[r] and [w](www.example.org)\n\n[r]: https://example.org/docs",
        "see x](https://example.org) and [a] (https://example.org) and (https://example.org)",
        "[a](https://example.org unclosed and [b](www.example.org",
        "[a](https://example.org) then https://bare.example.org",
        "R&amp;D &amp; more, C:\\temp\\ and \\*x\\* and http&colon;//example.org and me&commat;example.org",
        "escaped http\\://example.org and user\\@example.org and www\\.example.org"})
    void shortcutNeverChangesTheHtml(String markdown) {
        assertEquals(ENGINE.toHtml(markdown, true), ENGINE.toHtml(markdown));
    }

    /** Each body is parsed with only the extensions its text may use ({@link Syntax}); the HTML is the same. */
    @ParameterizedTest
    @ValueSource(strings = {
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "a | b\n--|--\n1 | 2",
        "> | quoted | table |\n> |---|---|\n> | 1 | 2 |",
        "Term\n: definition",
        "> Term\n> : definition in a quote",
        "- item\n\n  Term\n  : definition in a list\n",
        "1. Term\n   : definition\n",
        "Term\n   : three spaces in",
        "Note[^n] here.\n\n[^n]: the note",
        "*[HTML]: Hyper Text Markup Language\n\nHTML is fine.",
        "- [ ] open task\n- [x] done\n- [X] done too",
        "~~struck~~ and ~single~",
        // near misses: the text has a trigger but no such syntax, or the syntax lacks the trigger
        "no table here: a b\n--|--",
        "Time: 10:30, ratio 1:2\n:not a definition either",
        "[^] and [ ^1] and [x ] and * [HTML]",
        "Plain prose, \"quotes\" -- dashes... and {: .lead} attributes\n{: #id}"})
    void choosingExtensionsNeverChangesTheHtml(String markdown) {
        assertEquals(ENGINE.toHtmlWithEveryExtension(markdown), ENGINE.toHtml(markdown));
    }

    @Test
    void theChosenExtensionsStillWork() {
        assertTrue(ENGINE.toHtml("| a | b |\n|---|---|\n| 1 | 2 |").contains("<table>"));
        assertTrue(ENGINE.toHtml("> Term\n> : definition").contains("<dl>"));
        assertTrue(ENGINE.toHtml("Note[^n].\n\n[^n]: the note").contains("class=\"footnotes\""));
        assertTrue(ENGINE.toHtml("*[HTML]: Hyper Text\n\nHTML").contains("<abbr"));
        assertTrue(ENGINE.toHtml("- [x] done").contains("checkbox"));
        assertTrue(ENGINE.toHtml("~~gone~~").contains("<del>"));
    }

    @Test
    void oneEngineServesManyThreads() throws Exception {
        List<String> inputs = List.of(
                "# Intro\n## Intro\nText[^1] www.example.com\n\n[^1]: note",
                "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done",
                "It's \"quoted\" -- and ... more",
                "* TOC\n{:toc}\n\n# A {#a}\n## B\n{: .x}\n\n<div markdown=\"1\">\n*em*[^n]\n</div>\n\n"
                        + "Term\n: Def\n\n*[HTML]: Hyper Text\nHTML *span*{: .s}\n\n[^n]: note");
        List<String> expected = inputs.stream().map(ENGINE::toHtml).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 25; round++) {
                        for (int i = 0; i < inputs.size(); i++) {
                            if (!expected.get(i).equals(ENGINE.toHtml(inputs.get(i)))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
