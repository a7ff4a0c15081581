package dev.colophon.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.diagnostic.SourcePosition;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProjectPathsTest {

    private final Path project = Path.of("/work/blog-project");
    private final ProjectPaths paths = new ProjectPaths(project);

    @Test
    void namesFilesInTheProjectFromIt() {
        assertEquals("src/main/blog", paths.name(project.resolve("src/main/blog")));
        assertEquals("target/blog", paths.name(project.resolve("target/x/../blog")));
        assertEquals(".", paths.name(project));
    }

    @Test
    void namesFilesOutsideTheProjectInFull() {
        assertEquals(Path.of("/work/other/blog").toAbsolutePath().toString(), paths.name(Path.of("/work/other/blog")));
        assertEquals(Path.of("/work/blog-project-2").toAbsolutePath().toString(),
                paths.name(Path.of("/work/blog-project-2")), "a sibling sharing the name's start is outside");
    }

    @Test
    void aDiagnosticsFileIsNamedFromTheProject() {
        Diagnostic d = Diagnostic.error(new SourcePosition("_posts/2024-05-01-a.md", 3, 7), "bad", "fix it");
        assertEquals("src/main/blog/_posts/2024-05-01-a.md:3:7: error: bad (fix it)",
                paths.locate(d, project.resolve("src/main/blog")));
        assertEquals("_posts/2024-05-01-a.md:3:7: error: bad (fix it)", paths.locate(d, project));
    }

    @Test
    void aDiagnosticWithoutFileStaysAsItIs() {
        Diagnostic d = Diagnostic.warning(null, "something", null);
        assertEquals("warning: something", paths.locate(d, project.resolve("src/main/blog")));
    }

    @Test
    void aFileNameThatIsNoPathHereIsKeptAsText() {
        Diagnostic d = Diagnostic.error(new SourcePosition("_posts/a\u0000b.md", 1, 1), "bad", null);
        assertEquals("src/main/blog/_posts/a\\u0000b.md:1:1: error: bad", paths.locate(d, project.resolve("src/main/blog")));
    }
}
