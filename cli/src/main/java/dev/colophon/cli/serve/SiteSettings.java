package dev.colophon.cli.serve;

import dev.colophon.BuildOptions;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        return readAll(source, List.of(configFile)).map(SiteSettings::of);
    }

    /**
     * Reads the configuration files of a build's options, a later file's keys over an earlier's, and its
     * {@code --baseurl} over them; empty when a file is unreadable or malformed (the build reports why).
     */
    public static Optional<SiteSettings> read(Path source, BuildOptions options) {
        return readAll(source, options.configFiles()).map(keys -> {
            options.baseurl().ifPresent(baseurl -> keys.put("baseurl", baseurl));
            return of(keys);
        });
    }

    /** The top-level keys of the files, a later file's over an earlier's (the keys read here are no mappings). */
    private static Optional<Map<Object, Object>> readAll(Path source, List<String> configFiles) {
        Map<Object, Object> keys = new LinkedHashMap<>();
        for (String configFile : configFiles) {
            Optional<Object> read = readOne(source, configFile);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            if (read.get() instanceof Map<?, ?> map) {
                keys.putAll(map);
            }
        }
        return Optional.of(keys);
    }

    /** One file's values, no keys for a missing file or one no reader takes; empty when it cannot be read. */
    private static Optional<Object> readOne(Path source, String configFile) {
        Path file = source.resolve(configFile);
        if (!Files.isRegularFile(file)) {
            return Optional.of(Map.of());
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (DataReader reader : ServiceLoader.load(DataReader.class, SiteSettings.class.getClassLoader())) {
                if (reader.fileExtensions().contains(extension)) {
                    Object values = reader.read(new SourceText(configFile, text), warning -> { });
                    return Optional.of(values == null ? Map.of() : values);
                }
            }
            return Optional.of(Map.of());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SiteSettings of(Map<Object, Object> map) {
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
