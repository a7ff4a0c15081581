package dev.colophon.cli.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.colophon.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Answers GET and HEAD for the site's files, from the destination or from memory: their content type, an
 * ETag to revalidate by, the site's own {@code 404.html} for what is missing, and in HTML (only as it is
 * served, never in the built file) the live-reload script. A file kept gzip-compressed in memory goes as it
 * is to a client that accepts gzip (browsers, {@code curl --compressed}), inflated to one that does not.
 */
final class SiteHandler implements HttpHandler {

    /** Long enough for a large site's swap, short enough that a stuck request still gets an answer. */
    private static final Duration WAIT_FOR_BUILD = Duration.ofSeconds(10);
    /**
     * How long a request waits for the site's first build, which a large site takes longer over (but a site
     * kept in memory answers as soon as its outputs are planned): the server listens from the start.
     */
    private static final Duration WAIT_FOR_FIRST_BUILD = Duration.ofMinutes(10);
    /**
     * Pages with the live-reload script, compressed, kept for the next request of the same version: a page
     * is compressed once per version, not per request. A few hundred cover the pages open in a browser;
     * a link checker walking the whole site only cycles them.
     */
    private static final int INJECTED_PAGES = 256;

    /** What a request path names in the site: the destination, or the site in memory. */
    interface Site {
        ServedPath resolve(String baseurl, String rawPath);
    }

    /** A page with the script, compressed, for one version of its file and of the script's tag. */
    private record Injected(String version, byte[] gzip) {
    }

    private final Site site;
    private final Rebuilder builds;
    private final boolean liveReload;
    private final Map<String, Injected> injected = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Injected> eldest) {
                    return size() > INJECTED_PAGES;
                }
            });

    SiteHandler(Site site, Rebuilder builds, boolean liveReload) {
        this.site = site;
        this.builds = builds;
        this.liveReload = liveReload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "Method not allowed: " + method);
                return;
            }
            try {
                answer(exchange);
            } catch (NoSuchFileException e) {
                // The file went between finding and reading it: a build swapped the site. Once more, after it.
                awaitBuild();
                answer(exchange);
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawPath();
        ServedPath found = site.resolve(builds.settings().baseurl(), raw);
        if (found instanceof ServedPath.Missing && builds.building()) {
            // Between the two moves of a swap the destination is briefly gone; before the first build has
            // planned its outputs, nothing is there.
            awaitBuild();
            found = site.resolve(builds.settings().baseurl(), raw);
        }
        if (found instanceof ServedPath.Found file) {
            send(exchange, 200, file.file(), file.path());
        } else if (found instanceof ServedPath.Stored stored) {
            send(exchange, 200, stored.file());
        } else if (found instanceof ServedPath.Redirect redirect) {
            // 302, not 301: browsers remember a 301 for good, and the baseurl may change with the configuration.
            exchange.getResponseHeaders().set("Location", redirect.location());
            text(exchange, 302, "See " + redirect.location());
        } else if (found instanceof ServedPath.Refused refused) {
            text(exchange, 403, "Forbidden: " + refused.why());
        } else {
            // The site's own page, found as a request for it is: never through a link out of the site.
            ServedPath page = site.resolve("", "/404.html");
            if (page instanceof ServedPath.Found file) {
                send(exchange, 404, file.file(), file.path());
            } else if (page instanceof ServedPath.Stored stored && stored.file().path().equals("404.html")) {
                send(exchange, 404, stored.file());
            } else {
                text(exchange, 404, "Not found: " + raw);
            }
        }
    }

    /**
     * Sends a file of the site in memory. Its ETag is its version (see {@link StoredFile#version()}), marked
     * for the script and the encoding, as each is another representation of the file (RFC 9110, 8.8.3).
     */
    private void send(HttpExchange exchange, int status, StoredFile file) throws IOException {
        String type = ContentTypes.of(file.path());
        boolean inject = liveReload && ContentTypes.isHtml(type);
        boolean gzip = file.isGzipped() && acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
        String version = file.version();
        String etag = "\"" + version + (inject ? "-lr" : "") + (gzip ? "-gz" : "") + "\"";
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("ETag", etag);
        headers.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(file.stored().atOffset(ZoneOffset.UTC)));
        headers.set("Cache-Control", "no-cache");
        if (file.isGzipped()) {
            headers.set("Vary", "Accept-Encoding");
        }
        if (gzip) {
            headers.set("Content-Encoding", "gzip");
        }
        if (status == 200 && matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        String shown = status == 200 ? version : "";
        byte[] body = !inject ? null : gzip ? injected(file, shown) : withScript(file.bytes(), shown);
        Path source = file.sourceFile().orElse(null);
        long length = body != null ? body.length : gzip ? file.gzipSize()
                : source != null ? Files.size(source) : file.size();
        if (sendHeaders(exchange, status, length)) {
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (body != null) {
                out.write(body);
            } else if (gzip) {
                file.writeGzipTo(out);
            } else if (source != null) {
                Files.copy(source, out);
            } else {
                try (InputStream in = file.open()) {
                    in.transferTo(out);
                }
            }
        }
    }

    /** The page with the script, compressed: made once per version of the page, then taken from {@link #injected}. */
    private byte[] injected(StoredFile file, String shown) throws IOException {
        String key = file.path() + (shown.isEmpty() ? " (404)" : "");
        String version = file.version() + "/" + shown;
        Injected kept = injected.get(key);
        if (kept != null && kept.version().equals(version)) {
            return kept.gzip();
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream((int) file.size() / 3 + 64);
        // The fastest level, as the store's own: this is on the way to the first browser asking for the page
        // after a save (the 10,000-post home page, 1.1 MB: 16 ms at the default level, 4.5 ms at this one).
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(withScript(file.bytes(), shown));
        }
        byte[] gzip = bytes.toByteArray();
        injected.put(key, new Injected(version, gzip));
        return gzip;
    }

    /**
     * Whether an {@code Accept-Encoding} header takes gzip: named (or {@code x-gzip}, or {@code *}) without
     * {@code q=0}. No header means no encoding: curl without {@code --compressed}, a script, a test.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] bits = part.split(";");
            String coding = bits[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                for (int i = 1; i < bits.length; i++) {
                    String parameter = bits[i].strip().toLowerCase(Locale.ROOT);
                    if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private void send(HttpExchange exchange, int status, Path file, String path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String type = ContentTypes.of(path);
        boolean inject = liveReload && ContentTypes.isHtml(type);
        String version = version(attributes);
        String etag = "\"" + version + (inject ? "-lr" : "") + "\"";
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("ETag", etag);
        headers.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(attributes.lastModifiedTime().toInstant().atOffset(ZoneOffset.UTC)));
        // Revalidate every time: a dev server's files change under the browser's cache.
        headers.set("Cache-Control", "no-cache");
        if (status == 200 && matches(exchange.getRequestHeaders().getFirst("If-None-Match"), etag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        // A 404 page says it shows no file: it reloads once the path names one.
        byte[] body = inject ? withScript(Files.readAllBytes(file), status == 200 ? version : "") : null;
        long length = body != null ? body.length : attributes.size();
        if (sendHeaders(exchange, status, length)) {
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (body != null) {
                out.write(body);
            } else {
                Files.copy(file, out);
            }
        }
    }

    /**
     * The version of a file, its strong validator, from what the file system says of it, so nothing is read
     * to answer a revalidation: the engine gives a changed output a new file and leaves an unchanged one
     * alone. Also the {@code version} a page's live-reload script reports back (see {@link LiveReload}).
     */
    static String version(BasicFileAttributes attributes) {
        long hash = 17;
        hash = hash * 31 + String.valueOf(attributes.fileKey()).hashCode();
        hash = hash * 31 + attributes.size();
        hash = hash * 31 + attributes.lastModifiedTime().toInstant().getEpochSecond();
        hash = hash * 31 + attributes.lastModifiedTime().toInstant().getNano();
        return Long.toHexString(hash);
    }

    /** {@link #version(BasicFileAttributes)} of a file, or {@code ""} when it cannot be read. */
    static String version(Path file) {
        try {
            return version(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether an {@code If-None-Match} header names this ETag (weakly compared, as RFC 9110 asks for it). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page with the script before its last {@code </body>}, or at its end when it has none.
     *
     * @param version the version of the file the page shows, {@code ""} for none (a 404 page)
     */
    static byte[] withScript(byte[] html, String version) {
        // A version is hex digits: nothing in it needs escaping in an attribute.
        byte[] tag = ("<script src=\"" + LiveReload.SCRIPT + "\" data-version=\"" + version + "\"></script>\n")
                .getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfIgnoreCase(html, "</body");
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    /** Searches bytes for ASCII text, so a page in any ASCII-compatible encoding is left byte for byte. */
    private static int lastIndexOfIgnoreCase(byte[] bytes, String ascii) {
        byte[] needle = ascii.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = bytes.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                byte b = bytes[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void awaitBuild() throws IOException {
        try {
            builds.awaitIdle(builds.built() ? WAIT_FOR_BUILD : WAIT_FOR_FIRST_BUILD);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static void text(HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Sends the status and length: a HEAD request gets the length a GET would, and no body. Whether the
     * request was a HEAD, answered.
     */
    private static boolean sendHeaders(HttpExchange exchange, int status, long length) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return true;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        return false;
    }
}
