package dev.colophon.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * {@code --config a.yml,b.yml}, as Jekyll reads it: a comma-separated list, each name stripped and read as
     * {@link #configInSource}, in order (a later file's keys win).
     *
     * @throws IllegalArgumentException for a path outside the source, or a list that names no file
     */
    public static List<String> configFilesInSource(Path source, String configs) {
        List<String> files = new ArrayList<>();
        for (String name : configs.split(",")) {
            if (!name.isBlank()) {
                files.add(configInSource(source, name.strip()));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--config '" + configs + "' names no configuration file (name one,"
                    + " or several separated by commas, e.g. --config _config.yml,_config.dev.yml)");
        }
        return files;
    }

    /**
     * The usage error for {@code --limit_posts N} when N is not 1 or more, as picocli words its own; null
     * when N is fine or not given. Jekyll takes 0 as no limit, which is what leaving it out says.
     */
    public static String limitPostsProblem(Integer limitPosts, String command) {
        if (limitPosts == null || limitPosts >= 1) {
            return null;
        }
        return "Invalid value for option '--limit_posts': " + limitPosts + " is not 1 or more (the number of newest"
                + " posts to build; see colophon " + command + " --help)";
    }
}
