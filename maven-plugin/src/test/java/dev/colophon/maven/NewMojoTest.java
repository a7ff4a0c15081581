package dev.colophon.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** colophon:new on a project in a temp folder: what it writes, what it refuses, and that the result builds. */
class NewMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private NewMojo mojo(String title, String url) {
        NewMojo mojo = new NewMojo();
        mojo.setLog(log);
        mojo.basedir = project.toFile();
        mojo.source = project.resolve("src/main/blog").toFile();
        mojo.title = title;
        mojo.url = url;
        mojo.clock = Clock.fixed(Instant.parse("2024-05-01T23:30:00Z"), ZoneOffset.UTC);
        return mojo;
    }

    private BuildMojo build() {
        BuildMojo build = new BuildMojo();
        build.setLog(new RecordingLog());
        build.basedir = project.toFile();
        build.source = project.resolve("src/main/blog").toFile();
        build.destination = project.resolve("target/blog").toFile();
        build.config = "_config.yml";
        return build;
    }

    private String built(String path) throws Exception {
        return Files.readString(project.resolve("target/blog").resolve(path));
    }

    @Test
    void writesAConfigAFirstPostAndAnAboutPageThatBuild() throws Exception {
        mojo("Field Notes", "https://notes.example.org").execute();

        assertEquals(List.of("info: Created src/main/blog/_config.yml",
                "info: Created src/main/blog/_posts/2024-05-01-welcome.md",
                "info: Created src/main/blog/about.md"), log.lines.subList(0, 3));
        build().execute();
        assertTrue(built("index.html").contains("Field Notes"));
        assertTrue(built("2024/05/01/welcome/index.html").contains("Welcome"));
        assertTrue(built("about/index.html").contains("Who writes here"));
        assertTrue(built("feed.xml").contains("https://notes.example.org/2024/05/01/welcome/"));
    }

    @Test
    void withoutProjectNameOrUrlItWritesPlaceholdersThatStillBuild() throws Exception {
        mojo(null, null).execute();
        String config = Files.readString(project.resolve("src/main/blog/_config.yml"));
        assertTrue(config.contains("title: \"My blog\"\n"), config);
        assertTrue(config.contains("url: \"https://example.org\"\n"), config);
        assertTrue(config.contains("Change it."), config);
        build().execute();
        assertTrue(built("feed.xml").contains("https://example.org/"));
    }

    @Test
    void aTitleWithYamlCharactersArrivesAsWritten() throws Exception {
        mojo("Notes: \"quoted\" # not a comment \\ done", "https://example.org").execute();
        build().execute();
        assertTrue(built("index.html").contains("Notes: &quot;quoted&quot; # not a comment \\ done"),
                () -> {
                    try {
                        return built("index.html");
                    } catch (Exception e) {
                        return e.toString();
                    }
                });
    }

    @Test
    void anEmptyFolderIsUsed() throws Exception {
        Files.createDirectories(project.resolve("src/main/blog"));
        mojo("Notes", null).execute();
        assertTrue(Files.isRegularFile(project.resolve("src/main/blog/about.md")));
    }

    @Test
    void aFolderWithAnythingInItIsLeftAlone() throws Exception {
        Path blog = Files.createDirectories(project.resolve("src/main/blog"));
        Files.writeString(blog.resolve("about.md"), "mine");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("Notes", null).execute());

        assertTrue(e.getMessage().startsWith("src/main/blog: error: the folder is not empty"), e::getMessage);
        assertEquals("mine", Files.readString(blog.resolve("about.md")));
        try (Stream<Path> files = Files.list(blog)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAnError() throws Exception {
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("src/main/blog"), "a file");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("Notes", null).execute());
        assertEquals("src/main/blog: error: this is a file, not a folder (choose another folder with"
                + " -Dcolophon.source=DIR)", e.getMessage());
    }
}
