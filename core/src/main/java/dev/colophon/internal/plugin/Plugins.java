package dev.colophon.internal.plugin;

import dev.colophon.diagnostic.ColophonException;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.Generator;
import dev.colophon.spi.Highlighter;
import dev.colophon.spi.Plugin;
import dev.colophon.spi.Renderer;
import dev.colophon.spi.TemplateEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The plugins of one engine, validated and indexed once: sorted by order then id, parsers indexed by
 * file extension. Immutable.
 */
public final class Plugins {

    private static final Comparator<Plugin> ORDER =
            Comparator.comparingInt(Plugin::order).thenComparing(Plugin::id);

    private final List<Plugin> all;

    private final List<FrontMatterReader> frontMatterReaders;
    private final List<Renderer> renderers;
    private final List<Generator> generators;
    private final List<Highlighter> highlighters;
    private final Optional<TemplateEngine> templateEngine;
    private final Map<String, ContentParser> parsersByExtension;
    private final Map<String, DataReader> dataReadersByExtension;
    private final ClassLoader classLoader;

    private Plugins(List<Plugin> all, ClassLoader classLoader) {
        this.all = List.copyOf(all);
        this.classLoader = classLoader;
        checkUniqueIds(all);
        frontMatterReaders = sorted(all, FrontMatterReader.class);
        renderers = sorted(all, Renderer.class);
        generators = sorted(all, Generator.class);
        highlighters = sorted(all, Highlighter.class);
        templateEngine = sorted(all, TemplateEngine.class).stream().findFirst();
        parsersByExtension = index(sorted(all, ContentParser.class), ContentParser::fileExtensions, "content parsers");
        dataReadersByExtension = index(sorted(all, DataReader.class), DataReader::fileExtensions, "data readers");
    }

    /**
     * Collects plugins: those given, then (when {@code discover} is on) those {@link ServiceLoader} finds
     * for each kind. A discovered plugin whose class was also given explicitly is skipped.
     *
     * @throws ColophonException when two plugins share an id, or claim an extension at the same order
     */
    public static Plugins of(List<Plugin> explicit, boolean discover, ClassLoader loader) {
        List<Plugin> all = new ArrayList<>(explicit);
        if (discover) {
            for (Class<? extends Plugin> kind : List.of(FrontMatterReader.class, DataReader.class,
                    ContentParser.class, TemplateEngine.class, Generator.class, Highlighter.class, Renderer.class)) {
                for (Plugin found : ServiceLoader.load(kind, loader)) {
                    boolean known = all.stream().anyMatch(p -> p.getClass() == found.getClass());
                    if (!known) {
                        all.add(found);
                    }
                }
            }
        }
        return new Plugins(all, loader);
    }

    /**
     * These plugins without the ones not shipped with Colophon, for safe mode; {@code skipped} is told of
     * each one left out, by id.
     */
    public Plugins builtInOnly(Consumer<Plugin> skipped) {
        List<Plugin> kept = new ArrayList<>();
        List<Plugin> left = new ArrayList<>();
        for (Plugin plugin : all) {
            (isBuiltIn(plugin) ? kept : left).add(plugin);
        }
        if (left.isEmpty()) {
            return this;
        }
        left.stream().distinct().sorted(Comparator.comparing(Plugin::id)).forEach(skipped);
        return new Plugins(kept, classLoader);
    }

    /** Whether a plugin is one of Colophon's own: by its exact class, never by its package. */
    static boolean isBuiltIn(Plugin plugin) {
        return BuiltInPlugins.contains(plugin.getClass());
    }

    private static void checkUniqueIds(List<Plugin> all) {
        Map<String, Plugin> byId = new HashMap<>();
        for (Plugin plugin : all) {
            Plugin other = byId.putIfAbsent(plugin.id(), plugin);
            if (other != null && other != plugin) {
                throw new ColophonException("two plugins have the id '" + plugin.id() + "': "
                        + other.getClass().getName() + " and " + plugin.getClass().getName()
                        + " (give one of them another id, or remove one from the class path)");
            }
        }
    }

    private static <T extends Plugin> List<T> sorted(List<Plugin> all, Class<T> kind) {
        return all.stream().filter(kind::isInstance).map(kind::cast).distinct().sorted(ORDER).toList();
    }

    private static <T extends Plugin> Map<String, T> index(List<T> plugins, Function<T, Set<String>> extensions,
            String what) {
        Map<String, T> byExtension = new HashMap<>();
        for (T plugin : plugins) {
            for (String extension : extensions.apply(plugin)) {
                T winner = byExtension.get(extension);
                if (winner == null) {
                    byExtension.put(extension, plugin);
                } else if (winner.order() == plugin.order()) {
                    throw new ColophonException("two " + what + " claim '." + extension + "' files at order "
                            + plugin.order() + ": " + winner.getClass().getName() + " (" + winner.id() + ") and "
                            + plugin.getClass().getName() + " (" + plugin.id() + ")"
                            + " (give one a lower order() to make it win)");
                }
            }
        }
        return Map.copyOf(byExtension);
    }

    /** The class loader plugins and themes are found with. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    public List<FrontMatterReader> frontMatterReaders() {
        return frontMatterReaders;
    }

    public List<Renderer> renderers() {
        return renderers;
    }

    public List<Generator> generators() {
        return generators;
    }

    /** The highlighter with the lowest order that knows a language. */
    public Optional<Highlighter> highlighter(String language) {
        return highlighters.stream().filter(h -> h.languages().contains(language)).findFirst();
    }

    public Optional<TemplateEngine> templateEngine() {
        return templateEngine;
    }

    /** Every content parser that handles some extension, each once. */
    public Set<ContentParser> parsers() {
        return Set.copyOf(parsersByExtension.values());
    }

    /** The parser for a file extension (lower case, no dot). */
    public Optional<ContentParser> parser(String extension) {
        return Optional.ofNullable(parsersByExtension.get(extension));
    }

    public Optional<DataReader> dataReader(String extension) {
        return Optional.ofNullable(dataReadersByExtension.get(extension));
    }
}
