package dev.colophon.internal.source;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

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

    /**
     * The names of the themes a class loader offers, sorted, for a message about one that is missing: the
     * folders and jars that hold {@code META-INF/colophon/themes/} are looked into (a jar packed without
     * folder entries is not seen). Slow beside {@link #find}, and never needed on a build that succeeds.
     */
    public static List<String> available(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            while (roots.hasMoreElements()) {
                names.addAll(namesIn(roots.nextElement()));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Only a message is at stake: list what was found so far.
        }
        names.removeIf(name -> find(name, loader).isEmpty());
        return List.copyOf(names);
    }

    private static List<String> namesIn(URL root) throws IOException, URISyntaxException {
        if (root.getProtocol().equals("file")) {
            try (Stream<Path> folders = Files.list(Path.of(root.toURI()))) {
                return folders.map(f -> f.getFileName().toString()).toList();
            }
        }
        if (root.openConnection() instanceof JarURLConnection connection) {
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(ROOT) && n.endsWith("/files.txt"))
                        .map(n -> n.substring(ROOT.length(), n.length() - "/files.txt".length()))
                        .toList();
            }
        }
        return List.of();
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
