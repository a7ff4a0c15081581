package dev.colophon.cli.serve;

import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The few settings of {@code _config.yml} the server itself needs: where the site is mounted and which
 * source files are not part of it. Read with the engine's own data readers, but apart from a build, so
 * that the server knows them even while the site fails to build.
 *
 * @param baseurl the path the site is served under, {@code ""} or {@code /blog} (no trailing slash)
 * @param exclude the site's {@code exclude} entries, as written
 * @param include the site's {@code include} entries, as written
 * @param timezone the site's {@code timezone}, or empty when it has none
 */
public record SiteSettings(String baseurl, List<String> exclude, List<String> include, Optional<String> timezone) {

    public SiteSettings {
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
    }

    /** A site without a configuration file. */
    public static SiteSettings defaults() {
        return new SiteSettings("", List.of(), List.of(), Optional.empty());
    }

    /**
     * Reads the configuration file {@code configFile} (relative to {@code source}); a missing file gives
     * the defaults, an unreadable or malformed one empty (the build reports why).
     */
    public static Optional<SiteSettings> read(Path source, String configFile) {
        Path file = source.resolve(configFile);
        if (!Files.isRegularFile(file)) {
            return Optional.of(defaults());
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (DataReader reader : ServiceLoader.load(DataReader.class, SiteSettings.class.getClassLoader())) {
                if (reader.fileExtensions().contains(extension)) {
                    return Optional.of(of(reader.read(new SourceText(configFile, text), warning -> { })));
                }
            }
            return Optional.of(defaults());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SiteSettings of(Object config) {
        if (!(config instanceof Map<?, ?> map)) {
            return defaults();
        }
        Object timezone = map.get("timezone");
        return new SiteSettings(mount(map.get("baseurl")), strings(map.get("exclude")), strings(map.get("include")),
                timezone instanceof String zone && !zone.isBlank() ? Optional.of(zone.strip()) : Optional.empty());
    }

    /** {@code blog/}, {@code /blog/} and {@code /blog} all mount the site at {@code /blog}, as Jekyll does. */
    static String mount(Object baseurl) {
        if (!(baseurl instanceof String text)) {
            return "";
        }
        String path = text.strip();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return "";
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String one ? List.of(one) : List.of();
    }
}
