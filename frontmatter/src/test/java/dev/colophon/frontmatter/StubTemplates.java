package dev.colophon.frontmatter;

import dev.colophon.spi.SourceText;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;

/**
 * A template engine that leaves every template as it is, for the end-to-end tests of this module: the
 * Liquid engine's module depends on this one, so its tests cannot use it.
 */
final class StubTemplates implements TemplateEngine {

    @Override
    public String id() {
        return "stub-templates";
    }

    @Override
    public Compiled compile(SourceText source, int firstLine, TemplateSetup setup) {
        String text = source.text();
        return variables -> text;
    }
}
