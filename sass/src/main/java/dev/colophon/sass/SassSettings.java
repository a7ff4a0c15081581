package dev.colophon.sass;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.SiteConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code sass:} settings of {@code _config.yml}, as jekyll-sass-converter reads them.
 *
 * @param loadPaths the folders imports are looked up in, relative to the site root, in order, without
 *     leading or trailing slashes ({@code ""} is the root): {@code sass.load_paths}, then
 *     {@code sass.sass_dir} ({@code _sass} by default), then {@code _sass}
 * @param compressed whether {@code sass.style} is {@code compressed}; otherwise the CSS is expanded
 * @param sourceMaps {@code sass.sourcemap}: {@code always} (the default), {@code never}, or
 *     {@code development} (only when the build's environment is development)
 */
record SassSettings(List<String> loadPaths, boolean compressed, String sourceMaps) {

    static final String DEFAULT_SASS_DIR = "_sass";

    SassSettings {
        loadPaths = List.copyOf(loadPaths);
    }

    /**
     * Reads the settings.
     *
     * @throws SourceException for a style Dart Sass does not have, placed in the configuration file
     */
    static SassSettings of(SiteConfig config) {
        Map<?, ?> sass = config.values().get("sass") instanceof Map<?, ?> map ? map : Map.of();
        String sassDir = sass.get("sass_dir") == null ? DEFAULT_SASS_DIR : folder(String.valueOf(sass.get("sass_dir")));
        // jekyll-sass-converter's order: the user's load paths, then the Sass folder, then the theme's
        // _sass folder. Colophon layers theme files under the site root, so the theme's folder is _sass.
        LinkedHashSet<String> paths = new LinkedHashSet<>();
        for (String path : list(sass.get("load_paths"))) {
            paths.add(folder(path));
        }
        paths.add(sassDir);
        paths.add(DEFAULT_SASS_DIR);
        return new SassSettings(new ArrayList<>(paths), compressed(sass.get("style"), config.file()),
                sourceMaps(sass.get("sourcemap"), config.file()));
    }

    /** Whether a stylesheet gets a source map in the given environment, as jekyll-sass-converter decides. */
    boolean sourceMap(String environment) {
        return switch (sourceMaps) {
            case "never" -> false;
            case "development" -> environment.equals("development");
            default -> true;
        };
    }

    private static String sourceMaps(Object setting, String configFile) {
        if (setting == null) {
            return "always";
        }
        String name = symbol(setting);
        return switch (name) {
            case "always", "never", "development" -> name;
            // YAML reads a bare `false` as a boolean; Jekyll would raise on it, the intent is plain.
            case "false" -> "never";
            default -> throw new SourceException(SourcePosition.of(configFile),
                    "unknown value \"" + setting + "\" for sass.sourcemap",
                    "use always (the default), never or development");
        };
    }

    /** A setting as written, lower case; a Ruby symbol in YAML ({@code :compressed}) loses its colon. */
    private static String symbol(Object setting) {
        String name = String.valueOf(setting).strip().toLowerCase(Locale.ROOT);
        return name.startsWith(":") ? name.substring(1) : name;
    }

    private static boolean compressed(Object style, String configFile) {
        if (style == null) {
            return false;
        }
        String name = symbol(style);
        return switch (name) {
            case "compressed" -> true;
            // nested and compact are Ruby Sass styles; Dart Sass-based converters fall back to expanded.
            case "expanded", "nested", "compact", "" -> false;
            default -> throw new SourceException(SourcePosition.of(configFile),
                    "unknown Sass style \"" + style + "\" in sass.style",
                    "use expanded (the default) or compressed");
        };
    }

    private static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().filter(item -> item != null).map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** A folder relative to the site root: {@code /css/sass/} and {@code ./css/sass} become {@code css/sass}. */
    static String folder(String path) {
        String folder = path.strip().replace('\\', '/');
        while (folder.startsWith("./")) {
            folder = folder.substring(2);
        }
        while (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return folder.equals(".") ? "" : folder;
    }
}
