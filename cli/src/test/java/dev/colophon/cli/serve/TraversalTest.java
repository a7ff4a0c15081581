package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code colophon serve} asked, in every spelling we know of, for what lies outside the destination: the
 * site's source (its {@code _config.yml}) and a secret beside it. Requests go out as raw bytes, so that no
 * client library cleans a path up before the server sees it. One server answers them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraversalTest {

    private static final String SECRET = "SECRET OUTSIDE THE SITE";
    private static final String CONFIG = "title: Field Notes";

    private RunningServer server;

    @BeforeAll
    void serve(@TempDir Path base) throws IOException {
        Path site = base.resolve("site");
        write(site.resolve("_config.yml"), CONFIG + "\nurl: https://example.org\n");
        write(site.resolve("_posts/2021-03-26-hello.md"), "---\ntitle: Hello\n---\nThe post.\n");
        write(site.resolve("assets/site.css"), "body { color: black; }\n");
        write(base.resolve("secret.txt"), SECRET);
        write(base.resolve("outside/index.html"), "<p>" + SECRET + "</p>");
        // Written to disk, for the links below; MemoryServeTest asks a site in memory the same paths.
        server = new RunningServer("-s", site.toString(), "--no-livereload", "--render-to-disk");
        // Links made in the built site, as a plugin or a deploy script might leave them. Nothing is edited
        // afterwards, so no rebuild replaces the destination under them.
        Path built = site.resolve("_site");
        Files.createSymbolicLink(built.resolve("leak.txt"), base.resolve("secret.txt"));
        Files.createSymbolicLink(built.resolve("source"), site);
        Files.createSymbolicLink(built.resolve("outside"), base.resolve("outside"));
        Files.createSymbolicLink(built.resolve("relative.txt"), Path.of("../../secret.txt"));
        Files.createSymbolicLink(built.resolve("style.css"), built.resolve("assets/site.css"));
        Files.createSymbolicLink(built.resolve("latest"), Path.of("2021/03/26"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    static Stream<String> outside() {
        return Stream.of(
                "/../secret.txt", "/../../secret.txt", "/..", "/assets/../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2e/secret.txt", "/.%2e/secret.txt", "/%2e%2e",
                "/%2E%2e%2fsecret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/assets/..%2f..%2f_config.yml",
                "/%c0%ae%c0%ae/secret.txt", // an overlong UTF-8 dot, as old decoders let through
                "/..\\secret.txt", "/%5c..%5csecret.txt", "/assets\\..\\..\\_config.yml", "/..%5c_config.yml",
                "/a%00b", "/index.html%00.txt", "/%00/../secret.txt",
                "/./../secret.txt", "/%2e/%2e%2e/secret.txt");
    }

    /** Every spelling of {@code ..} (and of a backslash or a NUL) is refused before the file system is asked. */
    @ParameterizedTest
    @MethodSource("outside")
    void dotDotInAnySpellingIsRefused(String path) throws IOException {
        String answer = server.raw("GET " + path + " HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 403 ") || answer.startsWith("HTTP/1.1 400 "), path + ": " + answer);
        assertNothingOutside(path, answer);
    }

    /** Decoded once, as a path is: {@code %252e} is the three characters {@code %2e}, a name no file has. */
    @ParameterizedTest
    @MethodSource("doubleEncoded")
    void doubleEncodingIsDecodedOnlyOnce(String path) throws IOException {
        String answer = server.raw("GET " + path + " HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 404 "), path + ": " + answer);
        assertNothingOutside(path, answer);
    }

    static Stream<String> doubleEncoded() {
        return Stream.of("/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..%252fsecret.txt",
                "/%255c..%255csecret.txt", "/a%2500b");
    }

    /** A symbolic link in the destination that leads out of it is refused, file or folder, whatever follows it. */
    @ParameterizedTest
    @MethodSource("linksOut")
    void aLinkOutOfTheDestinationIsRefused(String path) throws IOException {
        String answer = server.raw("GET " + path + " HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 403 "), path + ": " + answer);
        assertNothingOutside(path, answer);
    }

    static Stream<String> linksOut() {
        // A folder link without its slash is refused too, rather than redirected: the redirect would say
        // that a folder exists outside.
        return Stream.of("/leak.txt", "/relative.txt", "/source/_config.yml", "/source/", "/source",
                "/source/_posts", "/outside/", "/outside/index.html", "/outside");
    }

    /**
     * A link that stays inside the destination is served: everything it can reach is the site's anyway, and
     * {@code jekyll serve} (WEBrick) follows links too. What decides is where the link leads, not that it is one.
     */
    @Test
    void aLinkWithinTheDestinationIsServed() throws IOException {
        String css = server.raw("GET /style.css HTTP/1.1");
        assertTrue(css.startsWith("HTTP/1.1 200 ") && css.contains("color: black"), css);
        assertTrue(css.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/css"), css);
        String post = server.raw("GET /latest/hello.html HTTP/1.1");
        assertTrue(post.startsWith("HTTP/1.1 200 ") && post.contains("The post."), post);
    }

    /** Paths longer than any file name or request line the server should read: refused or not found, quickly. */
    @ParameterizedTest
    @MethodSource("longPaths")
    void aVeryLongPathIsNotFound(String path) throws IOException {
        String answer = server.raw("GET " + path + " HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 404 ") || answer.startsWith("HTTP/1.1 403 ")
                || answer.startsWith("HTTP/1.1 400 ") || answer.startsWith("HTTP/1.1 414 ")
                || answer.isEmpty(), path.length() + " characters: " + answer);
        assertNothingOutside("a long path", answer);
        // And the server is still there.
        assertTrue(server.raw("GET /assets/site.css HTTP/1.1").startsWith("HTTP/1.1 200 "));
    }

    static Stream<String> longPaths() {
        return Stream.of("/" + "a".repeat(300), "/" + "a".repeat(5000) + ".html", "/" + "a/".repeat(4000),
                "/" + "%2e%2e/".repeat(2000) + "secret.txt", "/" + "x".repeat(200_000));
    }

    /** A request target in absolute form is the same path, refused the same way. */
    @Test
    void anAbsoluteFormRequestTargetIsRefusedToo() throws IOException {
        String answer = server.raw("GET http://" + server.url.getHost() + ":" + server.url.getPort()
                + "/%2e%2e/secret.txt HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 403 ") || answer.startsWith("HTTP/1.1 400 "), answer);
        assertNothingOutside("absolute form", answer);
    }

    /**
     * {@code //..} opens a request target that {@link java.net.URI} reads as a network-path reference: host
     * {@code ..}, path {@code /secret.txt}, a file the site does not have.
     */
    @Test
    void aNetworkPathReferenceIsAPathInTheSite() throws IOException {
        String answer = server.raw("GET //../secret.txt HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 404 "), answer);
        assertNothingOutside("//../secret.txt", answer);
    }

    /** The source itself is not served either: the site is what was built, not the folder it was built from. */
    @Test
    void theSourcesOwnFilesAreNotServed() throws IOException {
        for (String path : new String[] {"/_config.yml", "/_posts/2021-03-26-hello.md"}) {
            String answer = server.raw("GET " + path + " HTTP/1.1");
            assertTrue(answer.startsWith("HTTP/1.1 404 "), path + ": " + answer);
            assertNothingOutside(path, answer);
        }
    }

    private static void assertNothingOutside(String path, String answer) {
        assertFalse(answer.contains(SECRET) || answer.contains(CONFIG) || answer.contains("---\ntitle:"),
                path + " served something outside the site: " + answer);
    }
}
