package dev.colophon.cli.serve;

import dev.colophon.MemorySite;
import dev.colophon.StoredFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a request path names in the destination (or the site in memory), decided as {@code jekyll serve} does: the site under its
 * baseurl, {@code index.html} for a folder, {@code /about} for {@code about.html}. Nothing outside the
 * destination is ever named: {@code ..} in any spelling is refused, and so is a symbolic link whose target
 * leaves the destination.
 */
sealed interface ServedPath {

    /**
     * A file of the site: {@code file} with every link followed (it is what is read), {@code path} that
     * file relative to the destination, {@code /}-separated.
     */
    record Found(Path file, String path) implements ServedPath {
    }

    /** A file of a site built into memory. */
    record Stored(StoredFile file) implements ServedPath {
    }

    /** Elsewhere: a folder without its slash, or the root of a site with a baseurl. */
    record Redirect(String location) implements ServedPath {
    }

    /** Nothing there. */
    record Missing() implements ServedPath {
    }

    /** A path that tries to leave the destination, or cannot be a file's name. */
    record Refused(String why) implements ServedPath {
    }

    /**
     * Resolves a raw (still percent-encoded) request path against the destination.
     *
     * @param baseurl {@code ""} or a path such as {@code /blog}, without a trailing slash
     */
    static ServedPath resolve(Path destination, String baseurl, String rawPath) {
        return resolve(baseurl, rawPath, relative -> find(destination, relative, rawPath));
    }

    /** Resolves a raw request path against a site built into memory, as against a destination. */
    static ServedPath resolve(MemorySite site, String baseurl, String rawPath) {
        return resolve(baseurl, rawPath, relative -> find(site, relative, rawPath));
    }

    /** The checks every request path passes, then {@code find} given the clean path relative to the site. */
    private static ServedPath resolve(String baseurl, String rawPath, Function<String, ServedPath> find) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Refused("not an absolute path");
        }
        String rest = rawPath;
        if (!baseurl.isEmpty()) {
            if (rawPath.equals("/") || rawPath.equals(baseurl)) {
                return new Redirect(baseurl + "/");
            }
            if (!rawPath.startsWith(baseurl + "/")) {
                return new Missing();
            }
            rest = rawPath.substring(baseurl.length());
        }
        String decoded = decode(rest);
        if (decoded == null) {
            return new Refused("malformed percent-encoding");
        }
        if (decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) {
            return new Refused("a NUL or a backslash in the path");
        }
        StringBuilder relative = new StringBuilder();
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return new Refused("a . or .. segment");
            }
            if (!segment.isEmpty()) {
                relative.append(relative.length() == 0 ? "" : "/").append(segment);
            }
        }
        return find.apply(relative.toString());
    }

    /** As {@link #find(Path, String, String)} finds a file in a folder, without links to follow. */
    private static ServedPath find(MemorySite site, String relative, String rawPath) {
        if (relative.isEmpty()) {
            return stored(site, "index.html");
        }
        Optional<StoredFile> file = site.file(relative);
        if (file.isPresent()) {
            return new Stored(file.get());
        }
        if (site.isFolder(relative)) {
            return rawPath.endsWith("/") ? stored(site, relative + "/index.html") : new Redirect(rawPath + "/");
        }
        return stored(site, relative + ".html");
    }

    private static ServedPath stored(MemorySite site, String path) {
        return site.file(path).<ServedPath>map(Stored::new).orElseGet(Missing::new);
    }

    private static ServedPath find(Path destination, String relative, String rawPath) {
        Path root;
        Path file;
        try {
            root = destination.toRealPath();
            file = relative.isEmpty() ? root : root.resolve(relative);
        } catch (IOException | InvalidPathException e) {
            return new Missing();
        }
        // Where a segment is a root of its own (C: on Windows), resolve leaves the destination at once.
        if (!file.startsWith(root)) {
            return new Refused("not a path in the site");
        }
        // Each step is checked where the links lead before anything about the file is answered: even a
        // redirect for a folder without its slash would say that a folder exists outside.
        Path real = real(file);
        if (real != null && !real.startsWith(root)) {
            return new Refused("a symbolic link to outside the site");
        }
        if (real != null && Files.isDirectory(real)) {
            if (!rawPath.endsWith("/")) {
                return new Redirect(rawPath + "/");
            }
            file = real.resolve("index.html");
        } else if (real == null && !relative.isEmpty()) {
            // Jekyll's servlet: /about serves about.html, the form pretty links without a slash take.
            file = file.resolveSibling(file.getFileName() + ".html");
        }
        real = real(file);
        if (real == null || !Files.isRegularFile(real)) {
            return new Missing();
        }
        if (!real.startsWith(root)) {
            return new Refused("a symbolic link to outside the site");
        }
        // The checked path is the one read, so a link changed after this answer is not followed; and the
        // file is named as the build wrote it, which is how a build reports it changed.
        return new Found(real, root.relativize(real).toString().replace('\\', '/'));
    }

    /** The file with every link followed, or null when there is none (or its name is too long to be one). */
    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /** Percent-decodes a path as UTF-8; null when it is malformed. A {@code +} stays a plus in a path. */
    static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
