package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import dev.colophon.diagnostic.BuildFailedException;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.testkit.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hugo user's posts, with TOML and JSON front matter, built into a site. This module's class path has no
 * Markdown parser and no HTML renderer (their modules' tests depend on this one), so a stub renderer writes
 * what each post was read as, and {@code .md} files keep their extension.
 */
class HugoFrontMatterSiteTest {

    @TempDir
    Path temp;

    private BuildResult build(TestSite site) {
        return Colophon.builder().plugin(new StubTemplates()).plugin(new StubPages()).build()
                .build(site.source(), site.destination(), TestSite.options());
    }

    private TestSite site() {
        return TestSite.in(temp).file("_config.yml", "title: Moved from Hugo\nurl: https://example.org\n");
    }

    @Test
    void postsWithTomlAndJsonFrontMatterArePublishedWithTheirTitlesDatesAndSlugs() {
        TestSite site = site()
                .file("_posts/2021-03-26-toml.md", """
                        +++
                        title = "From TOML"
                        date = 2021-03-27T09:30:00+01:00
                        tags = ["hugo", "toml"]
                        +++
                        TOML body.
                        """)
                .file("_posts/2021-04-01-json.md", """
                        {
                          "title": "From JSON",
                          "date": "2021-04-02",
                          "slug": "hello-json",
                          "draft": false
                        }
                        JSON body.
                        """);

        BuildResult result = build(site);

        assertEquals(2, result.posts());
        // The front matter's date, not the file name's, makes the URL; the slug replaces the file name's.
        assertEquals(List.of("2021/03/27/toml.md", "2021/04/02/hello-json.md"), site.outputs());
        assertEquals("""
                title: From TOML
                date: 2021-03-27T08:30:00Z
                tags: [hugo, toml]
                front matter: {title=From TOML, date=2021-03-27T09:30:00+01:00, tags=[hugo, toml]}
                body: TOML body.
                """, site.output("2021/03/27/toml.md"));
        assertEquals("""
                title: From JSON
                date: 2021-04-02T00:00:00Z
                tags: []
                front matter: {title=From JSON, date=2021-04-02, slug=hello-json, draft=false}
                body: JSON body.
                """, site.output("2021/04/02/hello-json.md"));
    }

    @Test
    void draftInTomlIsLeftOut() {
        TestSite site = site().file("_posts/2021-03-26-draft.md", "+++\ntitle = \"Not yet\"\ndraft = true\n+++\nSoon.\n");

        assertEquals(0, build(site).posts());
    }

    @Test
    void brokenFrontMatterFailsTheBuildNamingEveryFileLineAndColumn() {
        TestSite site = site()
                .file("_posts/2021-03-26-yaml-in-toml.md", "+++\ntitle = \"Fine\"\ndate: 2021-03-26\n+++\nBody.\n")
                .file("_posts/2021-03-27-open.md", "+++\ntitle = \"Never closed\"\nBody.\n")
                .file("_posts/2021-03-28-json.md", "{\n  \"title\": \"Comma\",\n}\nBody.\n");

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(site));

        assertEquals(List.of(
                "_posts/2021-03-26-yaml-in-toml.md:3:5: error: this is YAML, but '+++' starts TOML front matter"
                        + " (write 'key = \"value\"', or put YAML between '---' lines)",
                "_posts/2021-03-27-open.md:1:1: error: front matter is not closed (end the block with a line '+++')",
                "_posts/2021-03-28-json.md:3:1: error: malformed JSON: Unexpected character ('}' (code 125)): was"
                        + " expecting double-quote to start field name (check the JSON syntax of the front matter: keys"
                        + " and strings in double quotes, a comma between entries and none after the last)"),
                e.errors().stream().map(Diagnostic::toString).sorted().toList());
        assertEquals(List.of(), site.outputs());
    }

    @Test
    void wrongTypeOfAKnownKeyIsReportedAtItsLineInTheTomlBlock() {
        TestSite site = site().file("_posts/2021-03-26-typed.md", "+++\n# Hugo\ndraft = false\ntitle = [\"a\", \"b\"]\n+++\n");

        BuildFailedException e = assertThrows(BuildFailedException.class, () -> build(site));

        assertEquals(4, e.errors().get(0).position().line());
    }

    @Test
    void pageWithJsonFrontMatterIsRendered() {
        TestSite site = site().file("about.md", "{\n  \"title\": \"About\"\n}\nWho we are.\n");

        BuildResult result = build(site);

        assertEquals(1, result.pages());
        assertEquals(0, result.staticFiles());
    }
}
