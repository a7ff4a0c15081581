package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.colophon.internal.output.StaticFilesRenderer;
import dev.colophon.internal.plugin.BuiltInPlugins;
import dev.colophon.spi.ContentParser;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.Generator;
import dev.colophon.spi.Highlighter;
import dev.colophon.spi.Plugin;
import dev.colophon.spi.Renderer;
import dev.colophon.spi.TemplateEngine;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Safe mode's list of Colophon's own plugins against the plugins themselves: the cli has every plugin module
 * on its class path, and nothing else that registers one.
 */
class BuiltInPluginsTest {

    private static final List<Class<? extends Plugin>> KINDS = List.of(FrontMatterReader.class, DataReader.class,
            ContentParser.class, TemplateEngine.class, Generator.class, Highlighter.class, Renderer.class);

    @Test
    void theListNamesExactlyThePluginsServiceLoaderFindsAndCoresOwnRenderer() {
        TreeSet<String> found = KINDS.stream()
                .flatMap(kind -> ServiceLoader.load(kind).stream())
                .map(provider -> provider.type().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        found.add(StaticFilesRenderer.class.getName());
        assertEquals(found, new TreeSet<>(BuiltInPlugins.modulesByClass().keySet()));
    }

    @Test
    void eachPluginIsInTheModuleTheListNames() throws Exception {
        TreeMap<String, String> declared = new TreeMap<>();
        for (String name : BuiltInPlugins.modulesByClass().keySet()) {
            Class<?> type = Class.forName(name);
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            // The jar or folder the class was loaded from, read as the module its descriptor makes of it.
            String module = ModuleFinder.of(location).findAll().stream()
                    .map(ModuleReference::descriptor)
                    .filter(d -> !d.isAutomatic())
                    .map(d -> d.name())
                    .findFirst()
                    .orElse("(no module-info.class in " + location + ")");
            declared.put(name, module);
        }
        assertEquals(new TreeMap<>(BuiltInPlugins.modulesByClass()), declared);
    }

    @Test
    void everyBuiltInPluginHereIsTrusted() throws Exception {
        TreeMap<String, Boolean> trusted = new TreeMap<>();
        for (String name : BuiltInPlugins.modulesByClass().keySet()) {
            trusted.put(name, BuiltInPlugins.contains(Class.forName(name)));
        }
        assertEquals(List.of(true), trusted.values().stream().distinct().toList(), trusted::toString);
    }
}
