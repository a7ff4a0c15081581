package dev.colophon.html.liquid;

import dev.colophon.diagnostic.ColophonException;
import dev.colophon.model.FrontMatter;
import dev.colophon.model.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default theme shipped in this module: layouts, includes and assets, read from the class path
 * once. It is used when a site has no {@code _layouts/} of its own.
 */
public final class Theme {

    private static final String ROOT = "dev/colophon/html/theme/";

    private Theme() {
    }

    /** Loaded on first use, then shared: the theme's files never change while the JVM runs. */
    private static final class Files {
        static final List<String> INDEX = lines(read("index.txt"));
        static final Map<String, Template> LAYOUTS = templates("_layouts/", true);
        static final Map<String, Template> INCLUDES = templates("_includes/", false);
    }

    /** The theme's layouts by name. */
    public static Map<String, Template> layouts() {
        return Files.LAYOUTS;
    }

    /** One of the theme's includes. */
    public static Optional<Template> include(String name) {
        return Optional.ofNullable(Files.INCLUDES.get(name));
    }

    /** The theme's assets, as paths below the site root, e.g. {@code assets/colophon.css}. */
    public static List<String> assets() {
        return Files.INDEX.stream().filter(p -> p.startsWith("assets/")).toList();
    }

    /** The bytes of a theme file. */
    public static byte[] read(String path) {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new ColophonException("the default theme has no file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ColophonException("cannot read the default theme's " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static Map<String, Template> templates(String folder, boolean stripExtension) {
        Map<String, Template> out = new LinkedHashMap<>();
        for (String path : Files.INDEX) {
            if (!path.startsWith(folder)) {
                continue;
            }
            String name = path.substring(folder.length());
            if (stripExtension) {
                name = name.substring(0, name.lastIndexOf('.'));
            }
            out.put(name, parse(name, path, new String(read(path), StandardCharsets.UTF_8)));
        }
        return Map.copyOf(out);
    }

    /** The theme's own front matter holds at most {@code layout: NAME}; no YAML reader is needed for it. */
    private static Template parse(String name, String path, String text) {
        if (!text.startsWith("---\n")) {
            return new Template(name, "theme:" + path, FrontMatter.EMPTY, text, 1);
        }
        int end = text.indexOf("\n---\n", 3);
        String block = text.substring(4, end);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                values.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        int bodyLine = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
        return new Template(name, "theme:" + path, new FrontMatter(values, Map.of()), text.substring(end + 5), bodyLine);
    }
}
