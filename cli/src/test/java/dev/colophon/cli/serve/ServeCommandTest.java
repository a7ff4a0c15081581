package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code colophon serve} on a small site in a temporary folder, driven over HTTP as a browser drives it. */
class ServeCommandTest {

    private static final String POST = "_posts/2021-03-26-hello.md";
    private static final String PAGE = "/2021/03/26/hello.html";

    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        SiteFiles.write(site, path, text);
    }

    private void blog(String config) throws IOException {
        write("_config.yml", "title: Field Notes\nurl: https://example.org\n" + config);
        write(POST, "---\ntitle: Hello\n---\nThe first version of this post.\n");
        write("assets/site.css", "body { color: black; }\n");
        write("about.md", "---\ntitle: About\npermalink: /about/\n---\nAbout this blog.\n");
    }

    private RunningServer serve(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-s";
        all[1] = site.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new RunningServer(all);
    }

    @Test
    void anEditIsServedAndTheOpenPageReloads() throws Exception {
        blog("");
        try (RunningServer server = serve()) {
            HttpResponse<String> first = server.get(PAGE);
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("The first version"), first.body());
            assertTrue(first.body().matches("(?s).*<script src=\"/__colophon/livereload.js\" data-version=\"[0-9a-f]+\">"
                    + "</script>\n</body>.*"), first.body());
            // Served from memory: nothing is written (MemoryServeTest has --render-to-disk).
            assertFalse(Files.exists(site.resolve("_site")));
            assertTrue(server.out().contains("Built 1 post, "), server.out());

            BlockingQueue<String> events = server.listen(PAGE);
            BlockingQueue<String> other = server.listen("/about/");
            write(POST, "---\ntitle: Hello\n---\nThe second version, saved in an editor.\n");

            assertNotNull(RunningServer.poll(events, "event: reload"::equals), "no reload event");
            String postBuild = RunningServer.poll(events, line -> line.startsWith("data: {\"build\":"));
            // The event comes after the build swapped the new site in: the page has its new text already.
            assertTrue(server.get(PAGE).body().contains("The second version"));
            server.awaitBody("/", body -> body.contains("The second version"));
            assertTrue(server.out().contains("Rebuilt in "), server.out());

            // The about page did not change: its first reload is for its own edit, a later build.
            write("about.md", "---\ntitle: About\npermalink: /about/\n---\nAbout this blog, edited.\n");
            assertNotNull(RunningServer.poll(other, "event: reload"::equals), "no reload event for the about page");
            String aboutBuild = RunningServer.poll(other, line -> line.startsWith("data: {\"build\":"));
            assertTrue(Integer.parseInt(aboutBuild.replaceAll("\\D", "")) > Integer.parseInt(postBuild.replaceAll("\\D", "")),
                    postBuild + " then " + aboutBuild);
            assertTrue(server.get("/about/").body().contains("edited"));
        }
    }

    @Test
    void createdRenamedAndDeletedPostsAreFollowed() throws Exception {
        blog("");
        try (RunningServer server = serve()) {
            write("_posts/2021-04-01-second.md", "---\ntitle: Second\n---\nA new post.\n");
            server.awaitBody("/2021/04/01/second.html", body -> body.contains("A new post."));
            Files.move(site.resolve("_posts/2021-04-01-second.md"), site.resolve("_posts/2021-04-02-renamed.md"));
            server.awaitBody("/2021/04/02/renamed.html", body -> body.contains("A new post."));
            Files.delete(site.resolve("_posts/2021-04-02-renamed.md"));
            server.awaitBody("/", body -> !body.contains("Second"));
            assertEquals(404, server.get("/2021/04/02/renamed.html").statusCode());
        }
    }

    @Test
    void aBrokenPostKeepsTheLastGoodSiteAndShowsTheErrorUntilFixed() throws Exception {
        blog("");
        try (RunningServer server = serve()) {
            BlockingQueue<String> events = server.listen(PAGE);
            write(POST, "---\ntitle: Hello\n---\nBroken {% if %} now.\n");

            String errors = RunningServer.poll(events, line -> line.startsWith("data: [\"_posts/"));
            assertNotNull(errors, "no errors event");
            assertTrue(errors.contains(POST + ":4:"), errors);
            assertTrue(errors.contains("error: "), errors);
            assertTrue(server.err().contains(POST + ":4:"), server.err());
            assertTrue(server.err().contains("still serving the last good site"), server.err());
            // Still the last good page, and still a server.
            assertTrue(server.get(PAGE).body().contains("The first version"));
            // A page opened now hears of the failure at once.
            BlockingQueue<String> late = server.listen("/about/");
            assertNotNull(RunningServer.poll(late, line -> line.startsWith("data: [\"_posts/")), "no errors on connect");

            write(POST, "---\ntitle: Hello\n---\nFixed.\n");
            assertNotNull(RunningServer.poll(events, "event: ok"::equals), "no ok event");
            server.awaitBody(PAGE, body -> body.contains("Fixed."));
        }
    }

    @Test
    void aChangedStylesheetIsSwappedNotReloaded() throws Exception {
        blog("");
        try (RunningServer server = serve()) {
            BlockingQueue<String> events = server.listen("/about/");
            write("assets/site.css", "body { color: navy; }\n");
            String css = RunningServer.poll(events, line -> line.startsWith("data: [\"/assets/"));
            assertEquals("data: [\"/assets/site.css\"]", css);
            assertEquals("text/css; charset=utf-8",
                    server.get("/assets/site.css").headers().firstValue("Content-Type").orElse(""));
        }
    }

    @Test
    void theSiteIsServedUnderItsBaseurlAndAConfigurationChangeNeedsNoRestart() throws Exception {
        blog("baseurl: /blog\n");
        write("404.html", "---\n---\n<html><body>Lost? Try the home page.</body></html>\n");
        try (RunningServer server = serve()) {
            assertTrue(server.url.toString().endsWith("/blog/"), server.url.toString());
            HttpResponse<String> root = server.get("/");
            assertEquals(302, root.statusCode());
            assertEquals("/blog/", root.headers().firstValue("Location").orElse(""));
            assertEquals(200, server.get("/blog" + PAGE).statusCode());
            assertEquals(302, server.get("/blog/about").statusCode(), "a folder without its slash");
            assertEquals(200, server.get("/blog/about/").statusCode());
            HttpResponse<String> missing = server.get("/blog/nothing-here");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Lost? Try the home page."), missing.body());
            assertTrue(missing.body().contains("livereload.js"), missing.body());

            write("_config.yml", "title: Field Notes\nurl: https://example.org\nbaseurl: /notes\n");
            server.awaitBody("/notes" + PAGE, body -> body.contains("The first version"));
            assertEquals(302, server.get("/").statusCode());
            assertEquals("/notes/", server.get("/").headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void headEtagsAndContentTypes() throws Exception {
        blog("");
        try (RunningServer server = serve()) {
            HttpResponse<String> get = server.get("/assets/site.css");
            String etag = get.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> head = server.send(HttpRequest.newBuilder(server.url.resolve("/assets/site.css"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            assertEquals(String.valueOf(get.body().length()), head.headers().firstValue("Content-Length").orElse(""));
            assertEquals(etag, head.headers().firstValue("ETag").orElse(""));

            HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.url.resolve("/assets/site.css"))
                    .header("If-None-Match", etag).build());
            assertEquals(304, again.statusCode());
            assertEquals("", again.body());

            HttpResponse<String> page = server.get(PAGE);
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
            assertEquals(304, server.send(HttpRequest.newBuilder(server.url.resolve(PAGE))
                    .header("If-None-Match", page.headers().firstValue("ETag").orElseThrow()).build()).statusCode());
            assertEquals("application/xml", server.get("/feed.xml").headers().firstValue("Content-Type").orElse(""));
            assertEquals(405, server.send(HttpRequest.newBuilder(server.url.resolve(PAGE))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build()).statusCode());

            // An edit gives the page a new ETag, so the browser's copy is not reused.
            write(POST, "---\ntitle: Hello\n---\nChanged.\n");
            server.awaitBody(PAGE, body -> body.contains("Changed."));
            assertFalse(server.get(PAGE).headers().firstValue("ETag").orElseThrow()
                    .equals(page.headers().firstValue("ETag").orElseThrow()));
        }
    }

    @Test
    void nothingOutsideTheDestinationIsServed() throws Exception {
        blog("");
        Path secret = Files.writeString(site.getParent().resolve(site.getFileName() + "-secret.txt"), "SECRET");
        write("private.txt", "SOURCE ONLY");
        // Links out of the site can only be made in a site written to disk.
        try (RunningServer server = serve("--no-livereload", "--render-to-disk")) {
            Files.createSymbolicLink(site.resolve("_site/leak.txt"), secret);
            Files.createSymbolicLink(site.resolve("_site/up"), site);
            for (String path : new String[] {"/../" + secret.getFileName(), "/%2e%2e/" + secret.getFileName(),
                    "/%2E%2E%2F" + secret.getFileName(), "/assets/..%2f..%2f_config.yml", "/leak.txt",
                    "/up/_config.yml", "/a%00b", "/..\\_config.yml"}) {
                String answer = server.raw("GET " + path + " HTTP/1.1");
                assertTrue(answer.startsWith("HTTP/1.1 403") || answer.startsWith("HTTP/1.1 404")
                        || answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
                assertFalse(answer.contains("SECRET") || answer.contains("title: Field Notes"), path + ": " + answer);
            }
            assertTrue(server.raw("GET /%2e%2e/x HTTP/1.1").startsWith("HTTP/1.1 403"));
            assertTrue(server.raw("GET /up/_config.yml HTTP/1.1").startsWith("HTTP/1.1 403"));
            assertEquals(404, server.get("/_config.yml").statusCode());
            // The flag keeps pages as built.
            assertFalse(server.get(PAGE).body().contains("livereload"));
            assertEquals(404, server.get("/__colophon/events").statusCode());
        }
    }

    @Test
    void aTakenPortIsAnErrorNotAStackTrace() throws Exception {
        blog("");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "-s",
                    site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, code);
            assertTrue(err.toString().startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
        }
    }
}
