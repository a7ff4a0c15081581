package dev.colophon.internal.pipeline;

import dev.colophon.model.SiteConfig;
import dev.colophon.spi.ContentParser;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Converted bodies by a checksum of what decides them (the parser, its part of the site's configuration, the
 * text), kept by an engine across builds: a rebuild converts only what changed. For parsers whose output
 * depends on nothing else ({@link dev.colophon.spi.ContentParser#pure()}).
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

    /** One entry: the HTML in UTF-8, the parser that made it, and the build that last used it. */
    private record Entry(byte[] html, String parser, long build) {
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
    /** What decided each parser's conversions in the last build started, by parser id. */
    private volatile Map<String, Key> lastConfig = Map.of();

    /** @param maxBytes how many bytes of HTML (in UTF-8) it may hold */
    public ConversionCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Starts a build of a site with {@code config}, whose {@code parsers} that are pure it caches. */
    public Build start(SiteConfig config, java.util.Collection<ContentParser> parsers) {
        Map<String, String> configs = new HashMap<>();
        parsers.stream().filter(ContentParser::pure)
                .forEach(parser -> configs.put(parser.id(), fingerprint(config, parser)));
        return start(configs);
    }

    /**
     * What decides a pure parser's conversions in a site: safe mode and the configuration, whole or the keys
     * the parser names ({@link ContentParser#configKeys()}), in the order of their names.
     */
    static String fingerprint(SiteConfig config, ContentParser parser) {
        StringBuilder text = new StringBuilder("safe=").append(config.safe()).append('\n');
        Optional<Set<String>> keys = parser.configKeys();
        if (keys.isEmpty()) {
            return text.append(config.values()).toString();
        }
        for (String key : new TreeSet<>(keys.get())) {
            text.append(key).append('=').append(config.values().get(key)).append('\n');
        }
        return text.toString();
    }

    /**
     * Starts a build: returns its view of the cache.
     *
     * @param configs what decides each pure parser's conversions in this build, by parser id (any text: see
     *     {@link #fingerprint})
     */
    Build start(Map<String, String> configs) {
        // Each parser's configuration stands for it in every key of its conversions: not checked again per body.
        Map<String, Key> fingerprints = new HashMap<>();
        configs.forEach((parser, config) -> fingerprints.put(parser, key(config.getBytes(StandardCharsets.UTF_8))));
        // A parser under another configuration (or gone) can use none of its entries again: they are dropped
        // now, not at the end of the build, so that a dev server rebuilding after a _config.yml edit does not
        // hold the old conversions and the new at once (an engine building two sites in turn loses its cache).
        Set<String> stale = new HashSet<>(lastConfig.keySet());
        stale.removeIf(parser -> lastConfig.get(parser).equals(fingerprints.get(parser)));
        if (!stale.isEmpty()) {
            entries.values().removeIf(entry -> {
                boolean drop = stale.contains(entry.parser());
                if (drop) {
                    bytes.addAndGet(-entry.html().length);
                }
                return drop;
            });
        }
        lastConfig = Map.copyOf(fingerprints);
        Map<String, byte[]> prefixes = new HashMap<>();
        fingerprints.forEach((parser, fingerprint) -> prefixes.put(parser, ByteBuffer.allocate(16)
                .putLong(fingerprint.checksums()).putLong(fingerprint.length()).array()));
        return new Build(builds.incrementAndGet(), prefixes);
    }

    /** What one build sees and uses. */
    public final class Build {

        private final long build;
        /** Each pure parser's configuration, as the checksums that start its keys. */
        private final Map<String, byte[]> configs;

        private Build(long build, Map<String, byte[]> configs) {
            this.build = build;
            this.configs = configs;
        }

        /**
         * The HTML of {@code text} by {@code parser}, converted by {@code convert} unless cached; converted
         * and not kept for a parser the build was not started with.
         */
        String html(String parser, String text, Supplier<String> convert) {
            byte[] config = configs.get(parser);
            if (config == null) {
                return convert.get();
            }
            Key key = key(config, parser.getBytes(StandardCharsets.UTF_8), new byte[] {0},
                    text.getBytes(StandardCharsets.UTF_8));
            Entry entry = entries.get(key);
            if (entry != null) {
                if (entry.build() != build) {
                    entries.put(key, new Entry(entry.html(), parser, build));
                }
                return new String(entry.html(), StandardCharsets.UTF_8);
            }
            String html = convert.get();
            byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
            if (bytes.get() + utf8.length <= maxBytes
                    && entries.putIfAbsent(key, new Entry(utf8, parser, build)) == null) {
                bytes.addAndGet(utf8.length);
            }
            return html;
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
