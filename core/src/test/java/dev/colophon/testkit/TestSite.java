package dev.colophon.testkit;

import dev.colophon.BuildOptions;
import dev.colophon.BuildResult;
import dev.colophon.Colophon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A small site in a temporary folder, built for real, with its output read back: the end-to-end test kit
 * shared by the modules' tests.
 *
 * <pre>{@code
 * TestSite site = TestSite.in(tempDir).file("_posts/2021-03-26-hi.md", "---\ntitle: Hi\n---\nHello");
 * site.build();
 * assertThat(site.output("2021/03/26/hi.html")).contains("Hello");
 * }</pre>
 */
public final class TestSite {

    /** A fixed build time, so "future" means the same thing on every run. */
    public static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    private final Path source;
    private final Path destination;
    /** The engine {@link #build} uses; null for {@link Colophon#create()}, every plugin on the class path. */
    private final Colophon engine;

    private TestSite(Path root, Colophon engine) {
        this.source = root.resolve("site");
        this.destination = root.resolve("out");
        this.engine = engine;
    }

    public static TestSite in(Path tempDir) {
        TestSite site = new TestSite(tempDir, null);
        try {
            Files.createDirectories(site.source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /** The same site, built by {@code engine} instead of one with every plugin on the class path. */
    public TestSite using(Colophon engine) {
        return new TestSite(source.getParent(), Objects.requireNonNull(engine, "engine"));
    }

    /** Writes a source file (UTF-8). */
    public TestSite file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String path, byte[] bytes) {
        try {
            Path file = source.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path source() {
        return source;
    }

    public Path destination() {
        return destination;
    }

    /** Default options at {@link #NOW}, one thread. */
    public static BuildOptions options() {
        return BuildOptions.defaults().withNow(NOW).withThreads(1);
    }

    public BuildResult build() {
        return build(options());
    }

    public BuildResult build(BuildOptions options) {
        return (engine == null ? Colophon.create() : engine).build(source, destination, options);
    }

    /** The text of an output file; fails when it does not exist. */
    public String output(String path) {
        try {
            return Files.readString(destination.resolve(path));
        } catch (IOException e) {
            throw new AssertionError("no output file " + path + "; the site has: " + outputs(), e);
        }
    }

    public boolean exists(String path) {
        return Files.exists(destination.resolve(path));
    }

    /** Every output file, sorted, relative to the destination. */
    public List<String> outputs() {
        if (!Files.isDirectory(destination)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(destination)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> destination.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
