package dev.colophon.internal.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Converted bodies by a checksum of what decides them (the site's configuration, the parser, the text),
 * kept by an engine across builds: a rebuild converts only what changed. For parsers whose output depends
 * on nothing else ({@link dev.colophon.spi.ContentParser#pure()}).
 *
 * <p>Bounded: after each build, entries that build did not use are dropped (their text is gone), and
 * nothing new is added while the cache holds {@code maxBytes} bytes of HTML.
 *
 * <p>Made for a dev server's first build, which fills it with every post: the HTML is kept as UTF-8, not
 * as a String (Markdown's typographic quotes make nearly every body's String two bytes a character: 146
 * MB at 10,000 posts, 75 MB as UTF-8), and the key is two CRCs, not SHA-256, which under the C1
 * compiler the server runs with is plain Java: 0.7 s of the first build at 10,000 posts, the CRCs 10 ms.
 */
public final class ConversionCache {

    /** One entry: the HTML in UTF-8, and the build that last used it. */
    private record Entry(byte[] html, long build) {
    }

    /**
     * The CRC-32C and the CRC-32 of the configuration, parser and text, and their length: two texts of one
     * length meet only when their difference is a multiple of both polynomials (2<sup>-64</sup> for texts
     * not made to collide).
     */
    private record Key(long checksums, long length) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong builds = new AtomicLong();
    private final long maxBytes;
    /** The configuration's fingerprint in the last build started. */
    private volatile Key lastConfig;

    /** @param maxBytes how many bytes of HTML (in UTF-8) it may hold */
    public ConversionCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Starts a build: returns its view of the cache, for the configuration {@code config} (any text fingerprint). */
    public Build start(String config) {
        // The configuration's own checksums stand for it in every key: it is not checked again per body.
        Key fingerprint = key(config.getBytes(StandardCharsets.UTF_8));
        // Another configuration: no entry can be used again (each key holds the configuration's). Dropped now,
        // not at the end of the build, so that a dev server rebuilding after a _config.yml edit does not
        // hold the old conversions and the new at once (an engine building two sites in turn loses its cache).
        if (!fingerprint.equals(lastConfig)) {
            entries.clear();
            bytes.set(0);
            lastConfig = fingerprint;
        }
        return new Build(builds.incrementAndGet(), ByteBuffer.allocate(16).putLong(fingerprint.checksums())
                .putLong(fingerprint.length()).array());
    }

    /** What one build sees and uses. */
    public final class Build {

        private final long build;
        private final byte[] config;

        private Build(long build, byte[] config) {
            this.build = build;
            this.config = config;
        }

        /** The HTML of {@code text} by {@code parser}, converted by {@code convert} unless cached. */
        String html(String parser, String text, Supplier<String> convert) {
            Key key = key(parser, text);
            Entry entry = entries.get(key);
            if (entry != null) {
                if (entry.build() != build) {
                    entries.put(key, new Entry(entry.html(), build));
                }
                return new String(entry.html(), StandardCharsets.UTF_8);
            }
            String html = convert.get();
            byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
            if (bytes.get() + utf8.length <= maxBytes && entries.putIfAbsent(key, new Entry(utf8, build)) == null) {
                bytes.addAndGet(utf8.length);
            }
            return html;
        }

        private Key key(String parser, String text) {
            return ConversionCache.key(config, parser.getBytes(StandardCharsets.UTF_8), new byte[] {0},
                    text.getBytes(StandardCharsets.UTF_8));
        }

        /** Ends the build: what it did not use is dropped. */
        public void finish() {
            entries.entrySet().removeIf(e -> {
                boolean unused = e.getValue().build() != build;
                if (unused) {
                    bytes.addAndGet(-e.getValue().html().length);
                }
                return unused;
            });
        }
    }

    private static Key key(byte[]... parts) {
        CRC32C castagnoli = new CRC32C();
        CRC32 ieee = new CRC32();
        long length = 0;
        for (byte[] part : parts) {
            castagnoli.update(part);
            ieee.update(part);
            length += part.length;
        }
        return new Key(castagnoli.getValue() << 32 | ieee.getValue(), length);
    }
}
