package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors' saves as they reach a running server: each save, with its steps as far apart as a slow fsync
 * puts them (60 ms; this machine's disk took 1 to 20), is one build of the whole file, with no failure
 * shown on the way, and the page then shows the saved text. The steps are those measured (see {@link
 * SaveBurst}); the old policy (build after 30 ms of quiet) built each of these saves twice, the first time
 * from a file that was missing, empty, half written or not yet renamed into place.
 */
class EditorSaveTest {

    private static final String POST = "_posts/2021-03-26-hello.md";
    private static final String PAGE = "/2021/03/26/hello.html";
    private static final String ABOUT = "about.md";
    /** Longer than the old quiet period (30 ms), well within {@link SaveBurst#SETTLE}. */
    private static final long STEP_MS = 60;

    @TempDir
    Path site;

    private Path write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String post(String body) {
        return "---\ntitle: Hello\n---\n" + body + "\n";
    }

    /** A blog with one post, served; returns once the post's page is served. */
    private RunningServer blog() throws IOException {
        write("_config.yml", "title: Field Notes\nurl: https://example.org\n");
        write(POST, post("The first version of this post."));
        write(ABOUT, post("About this blog."));
        RunningServer server = new RunningServer("-s", site.toString());
        server.awaitBody(PAGE, body -> body.contains("The first version"));
        return server;
    }

    /**
     * Runs {@code save}, waits for the page to show {@code text}, then for any build still to come, and checks
     * that the save was one build and that no failure was shown, in the terminal or to the page.
     */
    private static void assertOneBuild(RunningServer server, Save save, String text) throws Exception {
        assertOneBuild(server, PAGE, save, text);
    }

    private static void assertOneBuild(RunningServer server, String page, Save save, String text) throws Exception {
        BlockingQueue<String> events = server.listen(page);
        int before = server.out().length();
        save.run();
        server.awaitBody(page, body -> body.contains(text));
        // A second build would have started SETTLE after the last step; it would be over well before this.
        Thread.sleep(SaveBurst.SETTLE.toMillis() + 500);
        String out = server.out().substring(before);
        assertEquals(1, out.split("Rebuilt in ", -1).length - 1, "builds:\n" + out + server.err());
        assertFalse(server.err().contains("failed"), server.err());
        for (String line = events.poll(); line != null; line = events.poll()) {
            assertFalse(line.startsWith("event: errors"), "a failure was shown to the page");
        }
    }

    private interface Save {
        void run() throws Exception;
    }

    /** Vim's {@code backupcopy=no} or Emacs' first save: the file renamed away (here: removed), then written anew. */
    @Test
    void aFileRemovedThenWrittenAnewIsBuiltOnce() throws Exception {
        try (RunningServer server = blog()) {
            assertOneBuild(server, () -> {
                Files.delete(site.resolve(POST));
                Thread.sleep(STEP_MS);
                write(POST, post("The second version, written anew."));
            }, "The second version, written anew.");
        }
    }

    /**
     * A safe write (JetBrains, an atomic save): a temporary file written, synced, then renamed over the file.
     * A page's, as the temporary file of a page builds (a post's would fail, a name taken twice, and the
     * failure is then not reported, as more of the save follows: see the last test).
     */
    @Test
    void aTemporaryFileRenamedOverTheFileIsBuiltOnce() throws Exception {
        try (RunningServer server = blog()) {
            assertOneBuild(server, "/about.html", () -> {
                Path temporary = write(ABOUT + "___jb_tmp___", post("About this blog, renamed into place."));
                Thread.sleep(STEP_MS);
                Files.move(temporary, site.resolve(ABOUT), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }, "About this blog, renamed into place.");
        }
    }

    /** A save in place (nano, Vim's {@code nowritebackup}, {@code cp}): the file truncated, then written. */
    @Test
    void aFileTruncatedThenWrittenIsBuiltOnce() throws Exception {
        try (RunningServer server = blog()) {
            assertOneBuild(server, () -> {
                try (FileChannel file = FileChannel.open(site.resolve(POST), StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    Thread.sleep(STEP_MS);
                    file.write(ByteBuffer.wrap(post("The second version, in place.").getBytes(StandardCharsets.UTF_8)));
                }
            }, "The second version, in place.");
        }
    }

    /**
     * A save in place written in two parts, the first of which does not build (its {@code if} is closed in
     * the second): the failed build of the first part is followed by the rest, so it is not reported.
     */
    @Test
    void aFailureFollowedByTheRestOfTheSaveIsNotReported() throws Exception {
        try (RunningServer server = blog()) {
            assertOneBuild(server, () -> {
                try (FileChannel file = FileChannel.open(site.resolve(POST), StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    file.write(ByteBuffer.wrap(("---\ntitle: Hello\n---\nThe second {% if true %}version")
                            .getBytes(StandardCharsets.UTF_8)));
                    Thread.sleep(STEP_MS);
                    file.write(ByteBuffer.wrap(", written in two parts{% endif %}.\n".getBytes(StandardCharsets.UTF_8)));
                }
            }, "The second version, written in two parts.");
        }
    }
}
