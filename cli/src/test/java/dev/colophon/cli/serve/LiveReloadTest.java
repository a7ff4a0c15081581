package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live reload's event stream as a browser's EventSource sees it, above all when it was away: a page that
 * reconnects after builds it missed, or whose first connection comes after a build overtook it, is told
 * what it would have been told had it listened all along.
 */
class LiveReloadTest {

    private static final String POST = "_posts/2021-03-26-hello.md";
    private static final String PAGE = "/2021/03/26/hello.html";
    private static final Pattern VERSION =
            Pattern.compile("<script src=\"/__colophon/livereload.js\" data-version=\"([0-9a-f]*)\"></script>");

    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        SiteFiles.write(site, path, text);
    }

    private RunningServer blog() throws IOException {
        write("_config.yml", "title: Field Notes\nurl: https://example.org\n");
        write(POST, "---\ntitle: Hello\n---\nThe first version of this post.\n");
        write("assets/site.css", "body { color: black; }\n");
        write("about.md", "---\ntitle: About\npermalink: /about/\n---\nAbout this blog.\n");
        return new RunningServer("-s", site.toString());
    }

    /** The version the page's script tag carries, as served now. */
    private static String version(RunningServer server, String path) {
        String body = server.get(path).body();
        Matcher m = VERSION.matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    /** The events that came with the connection's first write, until nothing more comes for a moment. */
    private static List<String> firstEvents(RunningServer.Listener listener) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (String line = listener.lines.poll(2, TimeUnit.SECONDS); line != null;
                line = listener.lines.poll(300, TimeUnit.MILLISECONDS)) {
            lines.add(line);
        }
        return lines;
    }

    private static String build(String id) {
        return id.substring(id.indexOf('.') + 1);
    }

    @Test
    void everyEventCarriesItsBuildAsItsIdAndAConnectionBeginsWithHello() throws Exception {
        try (RunningServer server = blog(); RunningServer.Listener page = server.connect(PAGE, null, null)) {
            assertNotNull(RunningServer.poll(page.lines, "event: hello"::equals), "no hello");
            String hello = page.nextId();
            assertEquals("1", build(hello), "the first build");
            assertEquals("data: {\"build\":1}", RunningServer.poll(page.lines, l -> l.startsWith("data: ")));

            write(POST, "---\ntitle: Hello\n---\nThe second version.\n");
            assertNotNull(RunningServer.poll(page.lines, "event: reload"::equals), "no reload");
            String reload = page.nextId();
            assertEquals(hello.substring(0, hello.indexOf('.')), reload.substring(0, reload.indexOf('.')), "one run");
            assertTrue(Integer.parseInt(build(reload)) > 1, reload);
            assertEquals("data: {\"build\":" + build(reload) + "}", RunningServer.poll(page.lines, l -> l.startsWith("data: ")));
        }
    }

    @Test
    void aPageAwayWhileItsFileChangedReloadsWhenItReconnects() throws Exception {
        try (RunningServer server = blog()) {
            String served = version(server, PAGE);
            String seen;
            try (RunningServer.Listener page = server.connect(PAGE, served, null)) {
                seen = page.nextId();
            }
            // The network drops; the post is saved meanwhile.
            write(POST, "---\ntitle: Hello\n---\nSaved while the page was away.\n");
            server.awaitBody(PAGE, body -> body.contains("Saved while the page was away."));

            try (RunningServer.Listener again = server.connect(PAGE, served, seen)) {
                List<String> events = firstEvents(again);
                assertTrue(events.contains("event: reload"), events.toString());
            }
            // Reloaded, the page carries the new version, and its next connection is quiet: no reload loop.
            String now = version(server, PAGE);
            assertNotEquals(served, now);
            try (RunningServer.Listener reloaded = server.connect(PAGE, now, null)) {
                List<String> events = firstEvents(reloaded);
                assertTrue(events.contains("event: hello"), events.toString());
                assertTrue(!events.contains("event: reload"), events.toString());
            }
        }
    }

    @Test
    void aBuildBetweenServingAPageAndItsFirstConnectionReloadsIt() throws Exception {
        try (RunningServer server = blog()) {
            String served = version(server, PAGE);
            write(POST, "---\ntitle: Hello\n---\nSaved before the script connected.\n");
            server.awaitBody(PAGE, body -> body.contains("Saved before the script connected."));
            try (RunningServer.Listener page = server.connect(PAGE, served, null)) {
                assertTrue(firstEvents(page).contains("event: reload"));
            }
        }
    }

    @Test
    void aPageWhoseFileDidNotChangeCatchesUpOnStylesheetsWithoutReloading() throws Exception {
        try (RunningServer server = blog()) {
            String about = version(server, "/about/");
            String seen;
            try (RunningServer.Listener page = server.connect("/about/", about, null)) {
                seen = page.nextId();
            }
            write("assets/site.css", "body { color: navy; }\n");
            server.awaitBody("/assets/site.css", body -> body.contains("navy"));
            write(POST, "---\ntitle: Hello\n---\nAnother page changed too.\n");
            server.awaitBody(PAGE, body -> body.contains("Another page changed too."));

            try (RunningServer.Listener again = server.connect("/about/", about, seen)) {
                List<String> events = firstEvents(again);
                assertTrue(events.contains("event: css"), events.toString());
                assertTrue(events.contains("data: [\"/assets/site.css\"]"), events.toString());
                assertTrue(!events.contains("event: reload"), events.toString());
            }
            // Up to date, a reconnection hears nothing but hello.
            String upToDate;
            try (RunningServer.Listener page = server.connect("/about/", about, null)) {
                upToDate = page.nextId();
            }
            try (RunningServer.Listener again = server.connect("/about/", about, upToDate)) {
                List<String> events = firstEvents(again);
                assertEquals(1, events.stream().filter(l -> l.startsWith("event: ")).count(), events.toString());
            }
        }
    }

    @Test
    void aPageOfAnEarlierServerRunReloads() throws Exception {
        try (RunningServer server = blog();
                RunningServer.Listener page = server.connect("/about/", version(server, "/about/"), "old.7")) {
            assertTrue(firstEvents(page).contains("event: reload"));
        }
    }

    @Test
    void aFailureFixedWhileThePageWasAwayIsClearedWhenItReconnects() throws Exception {
        try (RunningServer server = blog()) {
            String about = version(server, "/about/");
            String failed;
            try (RunningServer.Listener page = server.connect("/about/", about, null)) {
                page.nextId();
                write(POST, "---\ntitle: Hello\n---\nBroken {% if %} now.\n");
                assertNotNull(RunningServer.poll(page.lines, "event: errors"::equals), "no errors");
                failed = page.nextId();
            }
            write(POST, "---\ntitle: Hello\n---\nFixed.\n");
            server.awaitBody(PAGE, body -> body.contains("Fixed."));
            try (RunningServer.Listener again = server.connect("/about/", about, failed)) {
                List<String> events = firstEvents(again);
                assertTrue(events.contains("event: ok"), events.toString());
                assertTrue(!events.contains("event: errors"), events.toString());
            }
        }
    }

    @Test
    void aNotFoundPageWaitsQuietlyAndReloadsOnceItsPathIsCreated() throws Exception {
        write("404.html", "---\n---\n<html><body>Lost.</body></html>\n");
        try (RunningServer server = blog()) {
            String served = version(server, "/2021/04/01/later.html");
            assertEquals("", served, "a 404 page shows no file of its own");
            try (RunningServer.Listener page = server.connect("/2021/04/01/later.html", served, null)) {
                List<String> events = firstEvents(page);
                assertTrue(!events.contains("event: reload"), "a 404 page would reload for ever: " + events);
                write("_posts/2021-04-01-later.md", "---\ntitle: Later\n---\nWritten later.\n");
                assertNotNull(RunningServer.poll(page.lines, "event: reload"::equals), "no reload");
            }
        }
    }

    /** The event comes after the build: by then the destination has the new page whole. */
    @Test
    void aReloadIsSentOnlyOnceTheNewPageIsServed() throws Exception {
        try (RunningServer server = blog(); RunningServer.Listener page = server.connect(PAGE, version(server, PAGE), null)) {
            for (int i = 1; i <= 5; i++) {
                write(POST, "---\ntitle: Hello\n---\nVersion " + i + ".\n");
                assertNotNull(RunningServer.poll(page.lines, "event: reload"::equals), "no reload " + i);
                String body = server.get(PAGE).body();
                assertTrue(body.contains("Version " + i + "."), body);
            }
        }
    }
}
