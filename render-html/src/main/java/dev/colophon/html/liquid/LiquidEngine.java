package dev.colophon.html.liquid;

import com.google.auto.service.AutoService;
import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.concurrent.atomic.AtomicReference;
import liqp.TemplateParser;

/**
 * Liquid templates, Jekyll flavour, with liqp: includes from {@code _includes/}, Jekyll's filters.
 */
@AutoService(TemplateEngine.class)
public final class LiquidEngine implements TemplateEngine {

    /** The parser of the last setup seen: a build compiles all its templates with one setup. */
    private final AtomicReference<Configured> last = new AtomicReference<>();

    private record Configured(TemplateSetup setup, TemplateParser parser, CurrentFile current) {
    }

    @Override
    public String id() {
        return "liquid";
    }

    @Override
    public Compiled compile(SourceText source, int firstLine, TemplateSetup setup) {
        Configured configured = configured(setup);
        return new LiquidTemplate(configured.parser(), configured.current(), setup, source, firstLine);
    }

    private Configured configured(TemplateSetup setup) {
        Configured configured = last.get();
        if (configured == null || configured.setup() != setup) {
            CurrentFile current = new CurrentFile();
            configured = new Configured(setup, Parsers.jekyll(setup, current), current);
            last.set(configured);
        }
        return configured;
    }
}
