package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scanner of attribute lists finds what the regular expressions it replaced found, on many small random
 * texts made of the characters that matter, and in linear time on the texts that made them backtrack.
 */
class AttributeItemsTest {

    // The expressions as they were, kept here as the reference: right, but quadratic or worse on some texts.
    private static final String NAME = "\\w[\\w-]*";
    private static final Pattern ITEM = Pattern.compile(
            "(?:^|\\s)(?:(" + NAME + ")=(?:\"((?:\\\\}|\\\\\"|[^}])*?)\"|'((?:\\\\}|\\\\'|[^}])*?)')"
                    + "|(" + NAME + ")"
                    + "|((?:#[A-Za-z][\\w:-]*|\\.[^\\s.#]+)+))(?=\\s|$)");
    private static final Pattern ID_OR_CLASS = Pattern.compile("#([A-Za-z][\\w:-]*)|\\.([^\\s.#]+)");
    private static final Pattern SPAN = Pattern.compile("\\{:(?![:/])((?:\\\\}|[^}\\n])+)}");
    private static final Pattern BLOCK = Pattern.compile("\\{:(?![:/])((?:\\\\}|[^}\\n])+)}[ \\t]*\\R?");
    private static final Pattern DEFINITION = Pattern.compile("\\{:(\\w[\\w-]*):((?:\\\\}|[^}\\n])*)}[ \\t]*\\R?");

    private static final String ALPHABET = "a1=\"'\\}. #-_:\n\t\u2028x";

    private static String random(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** The items as the old expressions read them, one line each. */
    private static List<String> expected(String text) {
        List<String> items = new ArrayList<>();
        Matcher item = ITEM.matcher(text);
        while (item.find()) {
            if (item.group(1) != null) {
                String value = item.group(2) != null ? item.group(2) : item.group(3);
                char quote = item.group(2) != null ? '"' : '\'';
                items.add("KEY_VALUE " + item.group(1) + " "
                        + value.replace("\\}", "}").replace("\\" + quote, String.valueOf(quote)));
            } else if (item.group(4) != null) {
                items.add("REFERENCE " + item.group(4));
            } else {
                Matcher part = ID_OR_CLASS.matcher(item.group(5));
                while (part.find()) {
                    items.add(part.group(1) != null ? "ID " + part.group(1) : "CLASS " + part.group(2));
                }
            }
        }
        items.add("well formed: " + (!text.isBlank() && ITEM.matcher(text).replaceAll("").isBlank()));
        return items;
    }

    private static List<String> actual(String text) {
        List<String> items = new ArrayList<>();
        boolean wellFormed = AttributeItems.read(text, (kind, name, value) ->
                items.add(kind + " " + (kind == AttributeItems.Kind.KEY_VALUE ? name + " " + value
                        : kind == AttributeItems.Kind.REFERENCE ? name : value)));
        items.add("well formed: " + wellFormed);
        return items;
    }

    @Test
    void itemsAreThoseTheExpressionFound() {
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            String text = random(random, 14);
            assertEquals(expected(text), actual(text), () -> "items of " + show(text));
        }
    }

    @Test
    void listEndsWhereTheExpressionsEndedIt() {
        Random random = new Random(18);
        for (int i = 0; i < 200_000; i++) {
            String text = "{:" + random(random, 12);
            Matcher span = SPAN.matcher(text);
            int expected = span.lookingAt() ? span.end() - 1 : -1;
            assertEquals(expected, startsList(text) ? AttributeItems.closingBrace(text, 2, false) : -1,
                    () -> "span list in " + show(text));

            Matcher block = BLOCK.matcher(text);
            int expectedBlock = block.matches() ? block.end(1) : -1;
            assertEquals(expectedBlock, startsList(text) ? AttributeItems.closingBraceOfLine(text, 2, false) : -1,
                    () -> "block list in " + show(text));

            String definition = "{:n:" + text.substring(2);
            Matcher named = DEFINITION.matcher(definition);
            int expectedDefinition = named.matches() ? named.end(2) : -1;
            assertEquals(expectedDefinition, AttributeItems.closingBraceOfLine(definition, 4, true),
                    () -> "definition " + show(definition));
        }
    }

    private static boolean startsList(String text) {
        return text.length() > 2 && text.charAt(2) != ':' && text.charAt(2) != '/';
    }

    @Test
    void textsThatMadeTheExpressionsBacktrackTakeLinearTime() {
        String unclosedValues = "a=\"x\"y ".repeat(30_000);
        String escapedQuotes = "a=\"" + "\\\"".repeat(40) + " b";
        String classes = ".a ".repeat(33_000);
        String longValue = "a=\"" + "x".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(List.of("well formed: false"), actual(unclosedValues));
            // What the expression finds after trying 2^40 ways: the value ends at the last escaped quote.
            assertEquals(List.of("KEY_VALUE a " + "\"".repeat(39) + "\\", "REFERENCE b", "well formed: true"),
                    actual(escapedQuotes));
            assertEquals(33_001, actual(classes).size());
            assertEquals(List.of("well formed: false"), actual(longValue));
            String line = "{: " + "a=\"b\" c=d ".repeat(20_000);
            assertEquals(-1, AttributeItems.closingBrace(line, 2, false));
            assertEquals(-1, AttributeItems.closingBraceOfLine(line, 2, false));
        });
    }

    @Test
    void classesAddUpInLinearTimeAndDefinitionsCannotMultiply() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            AttributeList list = AttributeList.parse(".a ".repeat(33_000));
            assertEquals(33_000 * 2 - 1, list.resolve(java.util.Map.of()).get(AttributeList.CLASS).length());

            // d0 refers to d1 eight times, d1 to d2 eight times, ... 8^14 visits without a bound.
            java.util.Map<String, AttributeList> definitions = new java.util.HashMap<>();
            for (int i = 0; i < 14; i++) {
                definitions.put("d" + i, AttributeList.parse(("d" + (i + 1) + " ").repeat(8)));
            }
            definitions.put("d14", AttributeList.parse(".x"));
            String classes = AttributeList.parse("d0").resolve(definitions).get(AttributeList.CLASS);
            assertTrue(classes.startsWith("x x"), classes);
            assertTrue(classes.split(" ").length < 256, classes);
        });
    }

    private static String show(String text) {
        return "'" + text.replace("\n", "\\n").replace("\t", "\\t").replace("\u2028", "\\u2028") + "'";
    }
}
