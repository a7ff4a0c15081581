package dev.colophon.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build goal's parameters as Maven sets them, on a small real project in a temp folder. */
class BuildMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    /** The goal as Maven configures it in a project without configuration: its defaults. */
    private BuildMojo mojo() {
        BuildMojo mojo = new BuildMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.source = project.resolve("src/main/blog").toFile();
        mojo.destination = project.resolve("target/blog").toFile();
        mojo.config = "_config.yml";
        return mojo;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("src/main/blog").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private boolean built(String path) {
        return Files.isRegularFile(project.resolve("target/blog").resolve(path));
    }

    private void blogWithOnePost() throws IOException {
        write("_config.yml", "title: Notes\nurl: https://example.org\n");
        write("_posts/2024-05-01-hello.md", "---\ntitle: Hello\n---\nHello, *Maven*.");
    }

    @Test
    void buildsTheBlogInSrcMainBlogIntoTargetBlog() throws Exception {
        blogWithOnePost();
        mojo().execute();
        assertTrue(built("2024/05/01/hello.html"));
        assertTrue(Files.readString(project.resolve("target/blog/feed.xml"))
                .contains("https://example.org/2024/05/01/hello.html"));
        assertTrue(log.text().matches("info: Built 1 post, \\d+ pages? and \\d+ files into target/blog in \\d+ ms"),
                log::text);
    }

    @Test
    void skipBuildsNothing() throws Exception {
        blogWithOnePost();
        BuildMojo mojo = mojo();
        mojo.skip = true;
        mojo.execute();
        assertFalse(Files.exists(project.resolve("target")));
        assertEquals("info: Skipping the blog (colophon.skip)", log.text());
    }

    @Test
    void aMissingSourceFolderSaysHowToStartOne() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
        assertEquals("src/main/blog: error: there is no blog here (start one with mvn colophon:new, or set the"
                + " plugin's <source>)", e.getMessage());
    }

    @Test
    void anotherSourceFolderIsRead() throws Exception {
        Path docs = project.resolve("docs");
        Files.createDirectories(docs.resolve("_posts"));
        Files.writeString(docs.resolve("_config.yml"), "url: https://example.org\n");
        Files.writeString(docs.resolve("_posts/2024-05-02-elsewhere.md"), "---\ntitle: Elsewhere\n---\nText.");
        BuildMojo mojo = mojo();
        mojo.source = docs.toFile();
        mojo.execute();
        assertTrue(built("2024/05/02/elsewhere.html"));
    }

    @Test
    void everyErrorFailsTheBuildAsFileLineColumnFromTheProject() throws Exception {
        blogWithOnePost();
        mojo().execute();
        write("_posts/2024-05-02-broken.md", "---\ntitle: Broken\ntags: [a, b\n---\nBody");
        write("_posts/2024-05-03-liquid.md", "---\ntitle: Liquid\n---\n{% if %}x");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());

        String[] lines = e.getMessage().split("\n");
        assertEquals("the blog has 2 errors; target/blog was left as it was:", lines[0]);
        assertEquals(3, lines.length, e::getMessage);
        assertTrue(lines[1].matches("src/main/blog/_posts/2024-05-02-broken\\.md:\\d+:\\d+: error: .+"), lines[1]);
        assertTrue(lines[2].matches("src/main/blog/_posts/2024-05-03-liquid\\.md:\\d+:\\d+: error: .+"), lines[2]);
        assertTrue(built("2024/05/01/hello.html"), "the last good build stays");
        assertFalse(built("2024/05/02/broken.html"));
    }

    @Test
    void warningsAreMavenWarningsNamingTheFileFromTheProject() throws Exception {
        blogWithOnePost();
        write("_posts/no-date.md", "---\ntitle: No date\n---\nText.");
        mojo().execute();
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("warn: src/main/blog/_posts/no-date.md: warning: "
                + "skipped: a post's file name must start with its date")), log::text);
    }

    @Test
    void draftsArePublishedOnlyWhenAsked() throws Exception {
        blogWithOnePost();
        write("_drafts/later.md", "---\ntitle: Later\n---\nNot yet.");
        mojo().execute();
        assertFalse(Files.readString(project.resolve("target/blog/index.html")).contains("Later"));

        BuildMojo mojo = mojo();
        mojo.drafts = true;
        mojo.execute();
        assertTrue(Files.readString(project.resolve("target/blog/index.html")).contains("Later"));
    }

    @Test
    void futurePostsArePublishedOnlyWhenAsked() throws Exception {
        blogWithOnePost();
        write("_posts/2999-01-01-far.md", "---\ntitle: Far\n---\nLater.");
        mojo().execute();
        assertFalse(built("2999/01/01/far.html"));

        BuildMojo mojo = mojo();
        mojo.future = true;
        mojo.execute();
        assertTrue(built("2999/01/01/far.html"));
    }

    @Test
    void safeModeEscapesRawHtml() throws Exception {
        blogWithOnePost();
        write("_posts/2024-05-04-raw.md", "---\ntitle: Raw\n---\n<script>alert(1)</script>\n");
        mojo().execute();
        assertTrue(Files.readString(project.resolve("target/blog/2024/05/04/raw.html")).contains("<script>alert(1)"));

        BuildMojo mojo = mojo();
        mojo.safe = true;
        mojo.execute();
        assertFalse(Files.readString(project.resolve("target/blog/2024/05/04/raw.html")).contains("<script>alert(1)"));
    }

    @Test
    void theNamedConfigurationFileIsRead() throws Exception {
        blogWithOnePost();
        write("_production.yml", "title: Production notes\nurl: https://example.org\n");
        BuildMojo mojo = mojo();
        mojo.config = "_production.yml";
        mojo.execute();
        assertTrue(Files.readString(project.resolve("target/blog/index.html")).contains("Production notes"));
    }

    @Test
    void aMissingNamedConfigurationFileIsAnError() throws Exception {
        blogWithOnePost();
        BuildMojo mojo = mojo();
        mojo.config = "_missing.yml";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("_missing.yml"), e::getMessage);
        assertFalse(e.getMessage().contains("Exception"), e::getMessage);
    }

    @Test
    void aBlankConfigurationFileNameIsAnError() throws Exception {
        blogWithOnePost();
        BuildMojo mojo = mojo();
        mojo.config = " ";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("error: <config> is empty (name the configuration file relative to src/main/blog, or leave it"
                + " out for _config.yml)", e.getMessage());
    }

    @Test
    void aDestinationThatHoldsTheSourceIsOneLineError() throws Exception {
        blogWithOnePost();
        BuildMojo mojo = mojo();
        mojo.destination = project.resolve("src").toFile();
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("error: the destination "), e::getMessage);
        assertTrue(Files.isRegularFile(project.resolve("src/main/blog/_config.yml")), "sources untouched");
    }
}
