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
