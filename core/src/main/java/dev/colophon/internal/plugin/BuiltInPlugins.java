package dev.colophon.internal.plugin;

import static java.util.Map.entry;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * The plugins shipped with Colophon, for safe mode: each by its exact class name and the module that holds
 * it. Named rather than depended on, so that core needs no plugin; a plugin class added to one of Colophon's
 * modules is added here too (BuiltInPluginsTest in the cli module compares this list with what
 * ServiceLoader finds there). The examples' plugin is left out on purpose: it shows how to write one of
 * your own.
 *
 * <p>A name is not enough: any jar can hold a class of that name. The class must also come from
 * Colophon's own code, see {@link #contains(Class)}.
 */
public final class BuiltInPlugins {

    private static final String CORE = "dev.colophon.core";

    /** Class name to module name. */
    private static final Map<String, String> MODULES = Map.ofEntries(
            entry("dev.colophon.internal.output.StaticFilesRenderer", CORE),
            entry("dev.colophon.frontmatter.YamlFrontMatterReader", "dev.colophon.frontmatter"),
            entry("dev.colophon.frontmatter.TomlFrontMatterReader", "dev.colophon.frontmatter"),
            entry("dev.colophon.frontmatter.JsonFrontMatterReader", "dev.colophon.frontmatter"),
            entry("dev.colophon.frontmatter.YamlDataReader", "dev.colophon.frontmatter"),
            entry("dev.colophon.markdown.MarkdownParser", "dev.colophon.markdown"),
            entry("dev.colophon.html.liquid.LiquidEngine", "dev.colophon.html"),
            entry("dev.colophon.html.layout.PagesRenderer", "dev.colophon.html"),
            entry("dev.colophon.html.layout.Archives", "dev.colophon.html"),
            entry("dev.colophon.html.layout.Redirects", "dev.colophon.html"),
            entry("dev.colophon.html.layout.TaxonomyGenerator", "dev.colophon.html"),
            entry("dev.colophon.html.layout.ThemeGenerator", "dev.colophon.html"),
            entry("dev.colophon.feed.atom.AtomFeedRenderer", "dev.colophon.feed"),
            entry("dev.colophon.feed.json.JsonFeedRenderer", "dev.colophon.feed"),
            entry("dev.colophon.feed.rss.RssFeedRenderer", "dev.colophon.feed"),
            entry("dev.colophon.feed.sitemap.SitemapRenderer", "dev.colophon.feed"),
            entry("dev.colophon.data.JsonDataReader", "dev.colophon.data"),
            entry("dev.colophon.data.CsvDataReader", "dev.colophon.data"),
            entry("dev.colophon.sass.SassParser", "dev.colophon.sass"),
            entry("dev.colophon.highlight.RougeHighlighter", "dev.colophon.highlight"));

    private BuiltInPlugins() {
    }

    /** Each built-in plugin's class name, with the name of the module that holds it. */
    public static Map<String, String> modulesByClass() {
        return MODULES;
    }

    /**
     * Whether a plugin class is one of Colophon's own: its exact name is listed, and it comes from Colophon's
     * code. On the module path, that is the listed module in core's own module layer. On the class path, it
     * is core's jar (the shaded colophon jar holds every module), or, when Colophon's modules are jars or
     * folders of their own (a library's build, Maven's reactor), the class core's class loader finds under
     * that name, provided core's own jar does not hold a class of that name (which that one would shadow).
     */
    public static boolean contains(Class<?> type) {
        String module = MODULES.get(type.getName());
        if (module == null) {
            return false;
        }
        Module own = BuiltInPlugins.class.getModule();
        if (own.isNamed() || type.getModule().isNamed()) {
            return own.isNamed() && module.equals(type.getModule().getName())
                    && type.getModule().getLayer() == own.getLayer();
        }
        CodeSource core = BuiltInPlugins.class.getProtectionDomain().getCodeSource();
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (core == null || source == null || core.getLocation() == null || source.getLocation() == null) {
            return false;
        }
        if (source.getLocation().equals(core.getLocation())) {
            return true;
        }
        return !module.equals(CORE) && foundByCore(type) && !holds(core.getLocation(), type.getName());
    }

    /** Whether core's class loader gives this very class for its name. */
    private static boolean foundByCore(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, BuiltInPlugins.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Whether the jar or folder at {@code location} holds a class of this name. When that cannot be told (a
     * location that is no file), it is taken to hold one: safe mode then leaves the plugin out, with a warning.
     */
    private static boolean holds(URL location, String className) {
        String entry = className.replace('.', '/') + ".class";
        try {
            Path path = Path.of(location.toURI());
            if (Files.isDirectory(path)) {
                return Files.exists(path.resolve(entry));
            }
            try (ZipFile jar = new ZipFile(path.toFile())) {
                return jar.getEntry(entry) != null;
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return true;
        }
    }
}
