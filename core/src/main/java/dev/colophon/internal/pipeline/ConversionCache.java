package dev.colophon.internal.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Converted bodies by the SHA-256 of what decides them (the site's configuration, the parser, the text),
 * kept by an engine across builds: a rebuild converts only what changed. For parsers whose output depends
 * on nothing else ({@link dev.colophon.spi.ContentParser#pure()}).
 *
 * <p>Bounded: after each build, entries that build did not use are dropped (their text is gone), and
 * nothing new is added while the cache holds {@code maxChars} characters.
 */
public final class ConversionCache {

    /** One entry: the HTML, and the build that last used it. */
    private record Entry(String html, long build) {
    }

    /** 128 bits of the digest: enough that two texts never meet by chance. */
    private record Key(long high, long low) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final AtomicLong builds = new AtomicLong();
    private final long maxChars;

    /** @param maxChars how many characters of HTML it may hold */
    public ConversionCache(long maxChars) {
        this.maxChars = maxChars;
    }

    /** Starts a build: returns its view of the cache, for the configuration {@code config} (any text fingerprint). */
    public Build start(String config) {
        return new Build(builds.incrementAndGet(), digest(config.getBytes(StandardCharsets.UTF_8)));
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
            MessageDigest sha = sha256();
            sha.update(config);
            sha.update(parser.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            ByteBuffer digest = ByteBuffer.wrap(sha.digest());
            Key key = new Key(digest.getLong(), digest.getLong());
            Entry entry = entries.get(key);
            if (entry != null) {
                if (entry.build() != build) {
                    entries.put(key, new Entry(entry.html(), build));
                }
                return entry.html();
            }
            String html = convert.get();
            if (chars.get() + html.length() <= maxChars && entries.putIfAbsent(key, new Entry(html, build)) == null) {
                chars.addAndGet(html.length());
            }
            return html;
        }

        /** Ends the build: what it did not use is dropped. */
        public void finish() {
            entries.entrySet().removeIf(e -> {
                boolean unused = e.getValue().build() != build;
                if (unused) {
                    chars.addAndGet(-e.getValue().html().length());
                }
                return unused;
            });
        }
    }

    private static byte[] digest(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
