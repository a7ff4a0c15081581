package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick check for a {@code markdown} attribute answers as the regular expression it stands for. */
class MarkdownInHtmlScanTest {

    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)\\smarkdown\\s*=");

    @ParameterizedTest
    @ValueSource(strings = {"<div markdown=\"1\">", "<div\tMarkDown = 1>", "<div\nMARKDOWN\n\n=", "x markdown=",
        "markdown=\"1\"", " markdown", " markdown =", " markdown x=", "<div data-markdown=1>", "a\u000Bmarkdown=",
        " markdow=", " markdownn=", "", " ", " markdown\u00A0=", " mar\u212Adown=", "about markdown, and = signs",
        "\u00E9 markdown=1 \u00E9", " markdown markdown="})
    void answersAsTheRegularExpression(String text) {
        assertEquals(ATTRIBUTE.matcher(text).find(), MarkdownInHtml.mayHaveAttribute(text), text);
    }
}
