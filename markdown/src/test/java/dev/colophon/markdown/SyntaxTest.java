package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "plain text, no syntax => 0",
        "a | b => 1",
        "~~gone~~ => 2",
        "- [ ] todo => 4",
        "- [x] done => 4",
        "*[HTML]: Hyper Text => 8",
        "term\\n: definition => 16",
        "> 1. : in a quote and a list => 16",
        "time 10:30 and http://x => 0",
        "a note[^1] => 32",
    })
    void findsWhatATextMayUse(String text, int syntax) {
        assertEquals(syntax, Syntax.of(text.replace("\\n", "\n")));
    }

    /** The one-pass scan against the scans it replaced, on texts made of the characters that matter. */
    @Test
    void agreesWithOneScanPerKindOfSyntax() {
        Random random = new Random(7);
        String alphabet = "|~[]^*:xX \n\t>-+.)07a";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(reference(text.toString()), Syntax.of(text.toString()), () -> "for '" + text + "'");
        }
    }

    private static int reference(String markdown) {
        int syntax = 0;
        if (markdown.indexOf('|') >= 0) {
            syntax |= Syntax.TABLES;
        }
        if (markdown.indexOf('~') >= 0) {
            syntax |= Syntax.STRIKETHROUGH;
        }
        if (markdown.contains("[ ]") || markdown.contains("[x]") || markdown.contains("[X]")) {
            syntax |= Syntax.TASKS;
        }
        if (markdown.contains("*[")) {
            syntax |= Syntax.ABBREVIATIONS;
        }
        for (int colon = markdown.indexOf(':'); colon >= 0; colon = markdown.indexOf(':', colon + 1)) {
            int i = colon - 1;
            while (i >= 0 && " \t>-*+.)0123456789".indexOf(markdown.charAt(i)) >= 0) {
                i--;
            }
            if (i < 0 || markdown.charAt(i) == '\n') {
                syntax |= Syntax.DEFINITIONS;
                break;
            }
        }
        if (markdown.contains("[^")) {
            syntax |= Syntax.FOOTNOTES;
        }
        return syntax;
    }
}
