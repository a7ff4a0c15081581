package dev.colophon;

import dev.colophon.internal.output.MemoryTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One output file of a {@link MemorySite}: kept gzip-compressed (when that makes it smaller), or, for a
 * static file of the source folder, read from there. A server sends {@link #writeGzipTo} to a client that
 * accepts gzip and {@link #open} to one that does not.
 */
public final class StoredFile {

    private final String path;
    private final MemoryTarget.Entry entry;

    StoredFile(String path, MemoryTarget.Entry entry) {
        this.path = path;
        this.entry = entry;
    }

    /** The file's path in the site, {@code /}-separated. */
    public String path() {
        return path;
    }

    /** Its length in bytes, uncompressed, as a build writes it. */
    public long size() {
        return entry.size();
    }

    /**
     * A strong validator for an ETag: hex digits that change whenever the file's bytes do (its size and
     * CRC-32), and stay the same across sessions for the same bytes, so a browser's copy is still good after
     * a restart.
     */
    public String version() {
        return Long.toHexString(entry.size()) + Long.toHexString(entry.crc() | 1L << 32).substring(1);
    }

    /** When this version of the file was stored: the build that last changed it. */
    public Instant stored() {
        return entry.stored();
    }

    /** Whether the file is kept gzip-compressed: {@link #writeGzipTo} and {@link #gzipSize} can be used. */
    public boolean isGzipped() {
        return entry.gzipped();
    }

    /**
     * The length of the gzip-compressed form.
     *
     * @throws IllegalStateException when the file is not kept compressed
     */
    public int gzipSize() {
        requireGzip();
        return entry.bytes().length;
    }

    /**
     * Writes the file gzip-compressed, a whole gzip member, as it is kept (nothing is compressed again).
     *
     * @throws IllegalStateException when the file is not kept compressed
     */
    public void writeGzipTo(OutputStream out) throws IOException {
        requireGzip();
        out.write(entry.bytes());
    }

    /**
     * The file's bytes, as a build writes them, uncompressed.
     *
     * @throws IOException when a static file cannot be read from the source folder (removed since the build)
     */
    public InputStream open() throws IOException {
        return entry.open();
    }

    /**
     * The static file of the source folder this file is read from when asked for, rather than kept in memory;
     * empty for a file kept in memory. It may have changed since the build: a server that streams it takes
     * its length from the file system, not from {@link #size}.
     */
    public Optional<Path> sourceFile() {
        return Optional.ofNullable(entry.file());
    }

    /** {@link #open} read whole. */
    public byte[] bytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }

    private void requireGzip() {
        if (!entry.gzipped()) {
            throw new IllegalStateException(path + " is not kept compressed");
        }
    }

    @Override
    public String toString() {
        return "StoredFile[" + path + ", " + entry.size() + " bytes" + (entry.gzipped() ? ", gzipped" : "") + "]";
    }
}
