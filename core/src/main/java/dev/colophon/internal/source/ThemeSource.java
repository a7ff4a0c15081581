package dev.colophon.internal.source;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A theme packaged as a jar: files under {@code META-INF/colophon/themes/NAME/}, listed in its
 * {@code files.txt} (read instead of scanning the class path). Jekyll's gem themes, for the JVM.
 */
public final class ThemeSource implements SiteSource {

    static final String ROOT = "META-INF/colophon/themes/";

    private final String name;
    private final ClassLoader loader;
    private final List<String> files;

    private ThemeSource(String name, ClassLoader loader, List<String> files) {
        this.name = name;
        this.loader = loader;
        this.files = files;
    }

    /** The theme of that name on the class path, or empty when no jar provides it. */
    public static Optional<ThemeSource> find(String name, ClassLoader loader) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(ROOT + name + "/files.txt")) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> files = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
            return Optional.of(new ThemeSource(name, loader, files));
        } catch (IOException e) {
            throw new ColophonException("cannot read theme " + name + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    @Override
    public List<String> files() {
        return files;
    }

    @Override
    public byte[] read(String path) {
        try (InputStream in = loader.getResourceAsStream(ROOT + name + "/" + path)) {
            if (in == null) {
                throw new ColophonException("theme " + name + " lists " + path + " but has no such file");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ColophonException("cannot read " + path + " of theme " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Instant lastModified(String path) {
        return Instant.EPOCH;
    }
}
