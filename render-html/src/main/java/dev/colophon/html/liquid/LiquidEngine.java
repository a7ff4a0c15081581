package dev.colophon.html.liquid;

import com.google.auto.service.AutoService;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Liquid templates, Jekyll flavour, with Colophon's own engine ({@code dev.colophon.liquid}): includes from
 * {@code _includes/}, Jekyll's filters and tags.
 */
@AutoService(TemplateEngine.class)
public final class LiquidEngine implements TemplateEngine {

    /** What {@link #prepare} parses and renders: the tags, filters and expressions of a typical layout. */
    private static final String WARM_UP = "{% if page.title %}{{ page.title | escape }}{% endif %}"
            + "{% for post in site.posts limit: 2 %}{{ post.date | date: \"%Y\" }}{% endfor %}";

    /** The engine of the last setup seen: a build compiles all its templates with one setup. */
    private final AtomicReference<JekyllLiquid> last = new AtomicReference<>();

    @Override
    public String id() {
        return "liquid";
    }

    @Override
    public Compiled compile(SourceText source, int firstLine, TemplateSetup setup) {
        return new LiquidTemplate(configured(setup), source, firstLine);
    }

    /** Loads the engine's classes while the build reads the site, out of the way of the first page. */
    @Override
    public void prepare() {
        dev.colophon.liquid.Liquid.builder().build().parse(WARM_UP).render(java.util.Map.of());
    }

    private JekyllLiquid configured(TemplateSetup setup) {
        JekyllLiquid configured = last.get();
        if (configured == null || configured.setup() != setup) {
            configured = new JekyllLiquid(setup);
            last.set(configured);
        }
        return configured;
    }
}
