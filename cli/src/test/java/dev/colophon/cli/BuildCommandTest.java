package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user runs it: exit codes, messages, and what is left on disk. */
class BuildCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int build(TestSite site, String... more) {
        String[] args = Stream.concat(Stream.of("build", "-s", site.source().toString(), "-d",
                site.destination().toString()), Stream.of(more)).toArray(String[]::new);
        return run(args);
    }

    private TestSite siteWithOnePost() {
        return TestSite.in(temp)
                .file("_config.yml", "url: https://example.org\n")
                .file("_posts/2021-03-26-hello.md", "---\ntitle: Hello\n---\nHello, world.");
    }

    @Test
    void successPrintsOneSummaryLine() {
        TestSite site = siteWithOnePost();
        assertEquals(0, build(site), err::toString);
        assertTrue(out.toString().matches("Built 1 post, 1 page and 9 files into .*out in \\d+ ms\\R"), out::toString);
        assertEquals("", err.toString());
        assertTrue(site.exists("2021/03/26/hello.html"));
    }

    @Test
    void brokenFrontMatterIsOneClearErrorAndTheOldSiteStays() throws IOException {
        TestSite site = siteWithOnePost();
        assertEquals(0, build(site));
        List<String> before = site.outputs();
        String oldPage = site.output("2021/03/26/hello.html");

        site.file("_posts/2021-03-27-broken.md", "---\ntitle: Broken\ntags: [a, b\nlayout: post\n---\nBody");
        assertEquals(1, build(site));
        String[] lines = err.toString().split("\\R");
        assertTrue(lines[0].startsWith("_posts/2021-03-27-broken.md:4:"), err::toString);
        assertTrue(lines[0].contains(": error: "), err::toString);
        assertEquals("Build failed: 1 error; " + site.destination() + " was left as it was.", lines[1]);
        assertEquals(before, site.outputs());
        assertEquals(oldPage, site.output("2021/03/26/hello.html"));
        assertNoLeftovers(site);
    }

    @Test
    void permalinkCollisionNamesBothFilesAndTheOldSiteStays() {
        TestSite site = siteWithOnePost();
        assertEquals(0, build(site));
        List<String> before = site.outputs();

        site.file("hello.md", "---\ntitle: Clash\npermalink: /2021/03/26/hello.html\n---\nClash");
        assertEquals(1, build(site));
        assertTrue(err.toString().startsWith("hello.md:3:1: error: the URL /2021/03/26/hello.html is also the URL of "
                + "_posts/2021-03-26-hello.md (give one of them another permalink)"), err::toString);
        assertEquals(before, site.outputs());
        assertNoLeftovers(site);
    }

    @Test
    void everyBrokenFileIsReportedInOneRun() {
        TestSite site = siteWithOnePost()
                .file("_posts/2021-01-01-a.md", "---\ntitle: [unclosed\n---\n")
                .file("_posts/2021-01-02-b.md", "---\ndate: 2021-02-30\n---\n")
                .file("_posts/2021-01-03-c.md", "---\ntitle: never closed\n");
        assertEquals(1, build(site));
        String errors = err.toString();
        assertTrue(errors.contains("_posts/2021-01-01-a.md:"), errors);
        assertTrue(errors.contains("_posts/2021-01-02-b.md:2:1: error: date '2021-02-30' is not a real day"), errors);
        assertTrue(errors.contains("_posts/2021-01-03-c.md:1:1: error: "), errors);
        assertTrue(errors.contains("Build failed: 3 errors"), errors);
        assertFalse(Files.exists(site.destination()));
    }

    @Test
    void refusesToBuildOverTheSource() {
        TestSite site = siteWithOnePost();
        assertEquals(1, run("build", "-s", site.source().toString(), "-d", site.source().toString()));
        assertTrue(err.toString().startsWith("error: the destination is the source folder"), err::toString);
        assertEquals(1, run("build", "-s", site.source().toString(), "-d", temp.toString()));
        assertTrue(Files.exists(site.source().resolve("_posts/2021-03-26-hello.md")));
    }

    @Test
    void profileShowsEachStage() {
        TestSite site = siteWithOnePost();
        assertEquals(0, build(site, "--profile"), err::toString);
        List<String> stages = out.toString().lines().skip(1).map(l -> l.strip().replaceAll("\\s+\\d+ ms$", ""))
                .toList();
        assertTrue(stages.containsAll(List.of("discovery", "reading and front matter", "Liquid in content",
                "Markdown", "render html-pages", "render atom-feed", "writing")), stages::toString);
    }

    @Test
    void aRebuildKeepsUnchangedFilesAsTheyWereTimesIncluded() throws IOException {
        TestSite site = siteWithOnePost().file("_posts/2021-03-27-other.md", "---\ntitle: Other\n---\nSame.");
        assertEquals(0, build(site), err::toString);
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(978307200000L);
        try (Stream<Path> files = Files.walk(site.destination())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, longAgo);
            }
        }
        site.file("_posts/2021-03-26-hello.md", "---\ntitle: Hello\n---\nHello again, world.");
        assertEquals(0, build(site), err::toString);
        Path changed = site.destination().resolve("2021/03/26/hello.html");
        Path unchanged = site.destination().resolve("2021/03/27/other.html");
        assertTrue(Files.readString(changed).contains("Hello again"));
        assertTrue(Files.getLastModifiedTime(changed).compareTo(longAgo) > 0, "a changed page is written");
        assertEquals(longAgo, Files.getLastModifiedTime(unchanged), "an unchanged page is the previous file");
        assertTrue(Files.readString(unchanged).contains("Same."));
        assertNoLeftovers(site);
    }

    @Test
    void aSiteLeftAsideByABuildKilledMidSwapIsPutBackEvenIfTheNextBuildFails() throws IOException {
        TestSite site = siteWithOnePost();
        assertEquals(0, build(site), err::toString);
        String page = site.output("2021/03/26/hello.html");
        // A kill between the swap's two moves: the previous site under its "old" name, no destination.
        Files.move(site.destination(), site.destination().resolveSibling(".out.colophon-old-1234"));
        site.file("_posts/2021-03-27-broken.md", "---\ntitle: [unclosed\n---\n");
        assertEquals(1, build(site));
        assertEquals(page, site.output("2021/03/26/hello.html"), "the previous site is back");
        assertNoLeftovers(site);
    }

    @Test
    void leftoversAreFoundWhateverTheDestinationIsCalled() throws IOException {
        TestSite site = siteWithOnePost();
        Path odd = temp.resolve("out[1]{x");
        Files.createDirectories(temp.resolve(".out[1]{x.colophon-tmp-1/2021"));
        assertEquals(0, run("build", "-s", site.source().toString(), "-d", odd.toString()), err::toString);
        assertTrue(Files.exists(odd.resolve("2021/03/26/hello.html")));
        assertFalse(Files.exists(temp.resolve(".out[1]{x.colophon-tmp-1")), "the leftover is gone");
    }

    @Test
    void draftsFlag() {
        TestSite site = siteWithOnePost().file("_drafts/later.md", "---\ntitle: Later\n---\nSoon.");
        assertEquals(0, build(site, "--drafts"));
        assertTrue(site.outputs().stream().anyMatch(p -> p.endsWith("later.html")), site.outputs()::toString);
    }

    @Test
    void aConfigPathGivenFromHereOrAbsoluteIsFoundInTheSource() {
        // ./_config.dev.yml and an absolute path were "not found": they were read as relative to the source.
        TestSite site = siteWithOnePost().file("_config.dev.yml", "title: From dev\nurl: https://example.org\n")
                .file("index.html", "---\n---\n{{ site.title }}");
        String absolute = site.source().resolve("_config.dev.yml").toAbsolutePath().toString();
        assertEquals(0, build(site, "--config", absolute), err::toString);
        assertEquals("From dev", site.output("index.html"));
        assertEquals("_config.dev.yml", BuildSettings.configInSource(site.source(), absolute));
        assertEquals("_config.dev.yml", BuildSettings.configInSource(Path.of("."), "./_config.dev.yml"));
        assertEquals("conf/x.yml", BuildSettings.configInSource(Path.of("."), "conf/x.yml"));
    }

    @Test
    void aConfigOutsideTheSourceIsAUsageErrorThatSaysWhere() {
        TestSite site = siteWithOnePost();
        assertEquals(2, build(site, "--config", temp.resolve("elsewhere.yml").toAbsolutePath().toString()));
        assertTrue(err.toString().startsWith("error: the configuration file ") && err.toString().contains(
                "is not inside the source folder"), err::toString);
    }

    @Test
    void aSourceThatIsAFileIsSaidToBeAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("post.md"), "# Hi");
        assertEquals(1, run("build", "-s", file.toString(), "-d", temp.resolve("out").toString()));
        assertTrue(err.toString().contains("is a file, not a folder"), err::toString);
    }

    private void assertNoLeftovers(TestSite site) {
        try (Stream<Path> siblings = Files.list(site.destination().getParent())) {
            List<String> names = siblings.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("out", "site"), names);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
