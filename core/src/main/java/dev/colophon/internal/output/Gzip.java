package dev.colophon.internal.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * Compresses an output into a gzip member as a browser takes it with {@code Content-Encoding: gzip}, the same
 * bytes for the same input (no time or name in the header), so that equal bytes mean an unchanged output.
 * One per thread at a time: it keeps its deflater and buffer between outputs, as making a deflater
 * allocates a quarter of a megabyte of native memory.
 */
final class Gzip implements AutoCloseable {

    /**
     * Level 1, chosen by measurement on the 10,000-post corpus' 80.5 MB of outputs, two threads: level 1
     * gives 36.2 MB in 0.48-0.54 s, level 4 34.6 MB in 0.63 s, level 6 (zlib's default) 34.3 MB in
     * 0.83-1.0 s. The last 5% of size is not worth twice the time of a dev server's first build.
     */
    static final int LEVEL = 1;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final int TRAILER = 8;

    private final Deflater deflater = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private byte[] buffer = new byte[64 * 1024];

    /** The CRC-32 of the bytes the last {@link #compress} call was given (also in its gzip trailer). */
    private long lastCrc;

    /** The bytes as a gzip member; longer than the bytes themselves when they do not compress (images). */
    byte[] compress(byte[] bytes) {
        crc.reset();
        crc.update(bytes);
        lastCrc = crc.getValue();
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        int at = HEADER.length;
        System.arraycopy(HEADER, 0, buffer, 0, at);
        while (!deflater.finished()) {
            if (at == buffer.length - TRAILER) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            at += deflater.deflate(buffer, at, buffer.length - TRAILER - at);
        }
        byte[] out = Arrays.copyOf(buffer, at + TRAILER);
        putInt(out, at, (int) lastCrc);
        putInt(out, at + 4, bytes.length);
        return out;
    }

    long lastCrc() {
        return lastCrc;
    }

    /** The CRC-32 of {@code bytes}. */
    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The bytes a gzip member holds. */
    static InputStream inflating(byte[] gzip) {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(gzip), 8192);
        } catch (IOException e) {
            throw new UncheckedIOException("a gzip member this process made cannot be read", e);
        }
    }

    private static void putInt(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >>> 8);
        out[at + 2] = (byte) (value >>> 16);
        out[at + 3] = (byte) (value >>> 24);
    }

    @Override
    public void close() {
        deflater.end();
    }
}
