package dev.colophon.cli;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What every command that builds ({@code build}, {@code serve}) reads the same way: the build time and
 * Jekyll's environment from the process's environment, and {@code --config} as a path in the source.
 */
public final class BuildSettings {

    private BuildSettings() {
    }

    /** {@code SOURCE_DATE_EPOCH}, when set, fixes the build time, for reproducible builds; else now. */
    public static Instant now() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now();
    }

    /** {@code JEKYLL_ENV}, as Jekyll reads it: {@code development} unless set. */
    public static String environment() {
        String env = System.getenv("JEKYLL_ENV");
        return env == null || env.isBlank() ? "development" : env;
    }

    /**
     * The configuration file as a path in the source folder. A plain name is the source's ({@code --config
     * _config.dev.yml}); a path that is absolute or starts with {@code ./} or {@code ../} is the current
     * folder's, as Jekyll reads it, and must lie inside the source, which is where Colophon reads it from.
     *
     * @throws IllegalArgumentException for a path outside the source, with what to do
     */
    public static String configInSource(Path source, String config) {
        boolean fromHere = Path.of(config).isAbsolute() || config.startsWith("./") || config.startsWith("../")
                || config.startsWith(".\\") || config.startsWith("..\\");
        if (!fromHere) {
            return config;
        }
        Path root = source.toAbsolutePath().normalize();
        Path file = Path.of(config).toAbsolutePath().normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("the configuration file " + config + " is not inside the source folder "
                    + root + " (Colophon reads it from there: move it into the folder, or give -s the folder"
                    + " that holds it)");
        }
        return root.relativize(file).toString().replace('\\', '/');
    }
}
