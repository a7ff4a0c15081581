package dev.colophon.internal.source;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A site held in memory; nothing is read from disk. */
public final class MemorySource implements SiteSource {

    private final Map<String, byte[]> files = new TreeMap<>();

    public MemorySource(Map<String, String> texts) {
        texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    @Override
    public byte[] read(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new ColophonException("no file " + path + " in the in-memory site");
        }
        return bytes.clone();
    }

    @Override
    public Instant lastModified(String path) {
        return Instant.EPOCH;
    }
}
