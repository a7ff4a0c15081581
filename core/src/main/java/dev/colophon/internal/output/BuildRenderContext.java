package dev.colophon.internal.output;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.ColophonException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.internal.template.Variables;
import dev.colophon.model.Content;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.TemplateEngine;
import dev.colophon.spi.TemplateSetup;
import java.util.Map;
import java.util.Optional;

/** The {@link RenderContext} of one build. */
public final class BuildRenderContext implements RenderContext {

    private final Optional<TemplateEngine> engine;
    private final Variables variables;
    private final SiteSource source;
    private final Problems problems;
    private final TemplateSetup setup;
    private final Runnable clockRead;

    /** @param clockRead runs when a renderer says its output shows the build time */
    public BuildRenderContext(Optional<TemplateEngine> engine, TemplateSetup setup, Variables variables,
            SiteSource source, Problems problems, Runnable clockRead) {
        this.clockRead = clockRead;
        this.setup = setup;
        this.engine = engine;
        this.variables = variables;
        this.source = source;
        this.problems = problems;
    }

    @Override
    public TemplateEngine templateEngine() {
        return engine.orElseThrow(() -> new ColophonException(
                "no template engine on the class path (add colophon-render-html)"));
    }

    @Override
    public TemplateSetup templateSetup() {
        return setup;
    }

    @Override
    public Map<String, Object> siteVariables() {
        return variables.site();
    }

    @Override
    public Map<String, Object> pageVariables(Content content) {
        return variables.page(content);
    }

    @Override
    public Map<String, Object> variables(Content content) {
        return variables.forContent(content);
    }

    @Override
    public byte[] readSource(String path) {
        return source.read(path);
    }

    @Override
    public void warn(SourcePosition position, String message, String hint) {
        problems.warning(position, message, hint);
    }

    @Override
    public void usesBuildTime() {
        clockRead.run();
    }
}
