package dev.colophon.html.layout;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Content;
import dev.colophon.model.Template;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layouts of one build, each compiled once on first use, applied Jekyll's way: the content goes into
 * its layout as {@code content}, and that result into the layout the layout names, up to the root.
 */
final class Layouts {

    private final Map<String, Template> templates;
    private final TemplateEngine engine;
    private final TemplateSetup setup;
    private final Map<String, TemplateEngine.Compiled> compiled = new ConcurrentHashMap<>();

    Layouts(Map<String, Template> templates, TemplateEngine engine, TemplateSetup setup) {
        this.templates = templates;
        this.engine = engine;
        this.setup = setup;
    }

    /**
     * Puts {@code html} into the layout {@code name} and its parents.
     *
     * @throws SourceException when a layout does not exist or layouts nest in a cycle
     */
    String apply(String name, String html, Content content, RenderContext context) {
        String output = html;
        String current = name;
        List<String> chain = new ArrayList<>();
        Map<String, Object> variables = context.variables(content);
        Map<String, Object> layoutData = Map.of();
        while (current != null && !current.isEmpty()) {
            Template layout = templates.get(current);
            if (layout == null) {
                throw missing(current, content, chain);
            }
            if (chain.contains(current)) {
                // Placed at the 'layout:' line of the layout that closes the cycle.
                Template closing = templates.get(chain.get(chain.size() - 1));
                chain.add(current);
                throw new SourceException(layoutLine(closing), "layouts nest in a cycle: "
                        + String.join(" → ", chain), "remove the 'layout:' that closes the cycle");
            }
            chain.add(current);
            variables.put("content", output);
            // Jekyll's Renderer#render_layout: each layout sees its own front matter under what the layouts
            // inside it set (deep_merge_hashes(layout.data, payload["layout"])), so a child layout's
            // nav_enabled: false reaches its parent as layout.nav_enabled.
            layoutData = deepMerge(layout.frontMatter().values(), layoutData);
            variables.put("layout", layoutData);
            output = compiled.computeIfAbsent(current, n -> engine.compile(
                    new SourceText(layout.path(), layout.body()), layout.bodyLine(), setup)).render(variables);
            current = layout.parentLayout();
        }
        return output;
    }

    /**
     * Jekyll's {@code Utils.deep_merge_hashes}: {@code over} on a copy of {@code base}, mappings merged key
     * by key, and a null in {@code over} keeping {@code base}'s value.
     */
    static Map<String, Object> deepMerge(Map<String, ?> base, Map<String, ?> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            Object old = merged.get(key);
            if (value == null && merged.containsKey(key)) {
                return;
            }
            merged.put(key, old instanceof Map<?, ?> a && value instanceof Map<?, ?> b
                    ? deepMerge(stringKeys(a), stringKeys(b)) : value);
        });
        return Collections.unmodifiableMap(merged);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static SourcePosition layoutLine(Template template) {
        int line = template.frontMatter().line("layout");
        return new SourcePosition(template.path(), Math.max(line, 1), 1);
    }

    private SourceException missing(String name, Content content, List<String> chain) {
        if (chain.isEmpty()) {
            int line = content.frontMatter().line("layout");
            return new SourceException(new SourcePosition(content.path(), line, line == 0 ? 0 : 1),
                    "layout '" + name + "' does not exist",
                    "create _layouts/" + name + ".html, or use one of: "
                            + String.join(", ", new java.util.TreeSet<>(templates.keySet())));
        }
        Template parent = templates.get(chain.get(chain.size() - 1));
        return new SourceException(layoutLine(parent),
                "layout '" + name + "' does not exist", "create _layouts/" + name + ".html");
    }
}
