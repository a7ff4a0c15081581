package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.spi.SourceText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the safe loading refuses: object tags, alias bombs, self-references and oversized input. */
class SafeLoadingTest {

    static final String PATH = "about.md";

    private final YamlFrontMatterReader reader = new YamlFrontMatterReader();

    private SourceException error(String... lines) {
        SourceText source = new SourceText(PATH, String.join("\n", lines));
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(SourceException.class, () -> reader.read(source)));
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(PATH, line, column);
    }

    @Test
    void javaObjectTagIsRejectedWithoutLoadingAnything() {
        SourceException e = error(
                "---",
                "title: x",
                "engine: !!javax.script.ScriptEngineManager"
                        + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
                "---");

        assertEquals(at(3, 9), e.diagnostic().position());
        assertEquals("YAML tag '!!javax.script.ScriptEngineManager' is not allowed", e.diagnostic().message());
        assertEquals("remove the tag; only !!str, !!int, !!float, !!bool, !!null, !!timestamp, !!seq and !!map"
                + " are read", e.diagnostic().hint());
    }

    @Test
    void classNamedByATagIsNeverLoaded() {
        SourceException e = error("---", "x: !!dev.colophon.frontmatter.Tripwire []", "---");

        assertEquals("YAML tag '!!dev.colophon.frontmatter.Tripwire' is not allowed", e.diagnostic().message());
        assertNull(System.getProperty(Tripwire.PROPERTY), "the tagged class was loaded");
    }

    @Test
    void localAndVerbatimTagsAreRejected() {
        assertEquals("YAML tag '!foo' is not allowed", error("---", "a: !foo bar", "---").diagnostic().message());
        assertEquals("YAML tag 'tag:example.com,2024:thing' is not allowed",
                error("---", "a: !<tag:example.com,2024:thing> {}", "---").diagnostic().message());
        assertEquals("YAML tag '!!set' is not allowed", error("---", "a: !!set {x, y}", "---").diagnostic().message());
    }

    @Test
    void tagOnAKeyIsChecked() {
        SourceException e = error("---", "title: x", "!!java.io.File key: v", "---");

        assertEquals(at(3, 1), e.diagnostic().position());
        assertEquals("YAML tag '!!java.io.File' is not allowed", e.diagnostic().message());
    }

    @Test
    void billionLaughsIsRejectedQuickly() {
        SourceException e = error(
                "---",
                "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
                "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
                "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
                "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
                "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
                "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
                "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
                "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
                "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]",
                "---");

        assertEquals(new SourcePosition(PATH, 2, 1), e.diagnostic().position());
        assertEquals("more than 50 aliases of lists or mappings, as in a YAML \"billion laughs\" bomb",
                e.diagnostic().message());
    }

    @Test
    void doublingAliasBombWithinTheAliasLimitIsRejected() {
        List<String> lines = new ArrayList<>(List.of("---", "l0: &l0 [x, x]"));
        for (int level = 1; level <= 25; level++) { // 50 aliases, 2^26 values once expanded
            lines.add("l" + level + ": &l" + level + " [*l" + (level - 1) + ", *l" + (level - 1) + "]");
        }
        lines.add("---");

        SourceException e = error(lines.toArray(String[]::new));

        assertEquals("YAML aliases repeat more than 100000 values", e.diagnostic().message());
    }

    @Test
    void aliasesWithinTheBudgetShareTheirValue() {
        var values = new YamlFrontMatterReader().read(new SourceText(PATH,
                "---\nbase: &b [1, 2]\ncopy: *b\nname: &n ann\nauthor: *n\n---\n")).orElseThrow()
                .frontMatter().values();

        assertEquals(List.of(1L, 2L), values.get("copy"));
        assertEquals("ann", values.get("author"));
    }

    @Test
    void selfContainingAliasIsRejected() {
        SourceException e = error("---", "title: x", "loop: &loop [a, *loop]", "---");

        assertEquals(at(3, 7), e.diagnostic().position());
        assertEquals("the YAML anchor '&loop' is used inside its own value", e.diagnostic().message());
    }

    @Test
    void undefinedAliasIsPlaced() {
        SourceException e = error("---", "a: *nothing", "---");

        assertEquals(at(2, 4), e.diagnostic().position());
        assertEquals("found undefined alias nothing", e.diagnostic().message());
    }

    @Test
    void deepNestingIsRejected() {
        String deep = "[".repeat(60) + "]".repeat(60);

        SourceException e = error("---", "a: " + deep, "---");

        assertEquals("Nesting Depth exceeded max 50", e.diagnostic().message());
    }

    @Test
    void frontMatterOverTheSizeLimitIsRejected() {
        String big = "x".repeat(3 * 1024 * 1024);

        SourceException e = error("---", "a: " + big, "b: c", "---");

        assertEquals(new SourcePosition(PATH, 2, 1), e.diagnostic().position());
        assertEquals("the YAML is longer than the limit of 3145728 characters", e.diagnostic().message());
        assertEquals("keep YAML under 3 MiB, 50 levels of nesting and 50 aliases of lists or mappings",
                e.diagnostic().hint());
    }

    @Test
    void listAsKeyIsRejected() {
        SourceException e = error("---", "? [a, b]", ": c", "---");

        assertEquals(at(2, 3), e.diagnostic().position());
        assertEquals("a key must be plain text, not a list or a mapping", e.diagnostic().message());
    }

    @Test
    void controlCharacterIsPlaced() {
        SourceException e = error("---", "title: ok", "bad: a\u0001b", "---");

        assertEquals(at(3, 7), e.diagnostic().position());
        assertEquals("the character U+0001 is not allowed in YAML", e.diagnostic().message());
    }

    @Test
    void tagThatSnakeYamlCannotHoldIsASourceError() {
        SourceException e = error("---", "a: !<%20x> b", "---");

        assertEquals(new SourcePosition(PATH, 2, 1), e.diagnostic().position());
        assertEquals("malformed YAML: Tag must not contain leading or trailing spaces", e.diagnostic().message());
    }

    @Test
    void anyInputGivesADocumentOrASourceError() {
        String[] pieces = {"a", ":", " ", "\n", "  ", "-", "[", "]", "{", "}", "&x", "*x", "!", "!!", "!<%20x>",
            "<<", "?", ",", "'", "\"", "#", "|", ">", "\t", "1.5", "~", "%", "!!str", "\\", "\u2028", "...",
            "---", "%YAML 1.1", "!e!", "&"};
        Random random = new Random(20240309);
        YamlDataReader dataReader = new YamlDataReader();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder yaml = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                yaml.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = yaml.toString();
            try {
                dataReader.read(new SourceText("data.yml", text));
            } catch (SourceException expected) {
                // fine: a placed error
            }
            try {
                reader.read(new SourceText(PATH, "---\n" + text + "\n---\n"));
            } catch (SourceException expected) {
                // fine: a placed error
            }
        }
    }
}
