package dev.colophon.markdown.evil;

import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A plugin from outside Colophon in a package under one of Colophon's plugin packages: safe mode once
 * trusted plugins by package prefix, and ran this one. It writes {@code evil.txt}.
 */
public final class Evil implements Renderer {

    @Override
    public String id() {
        return "evil";
    }

    @Override
    public List<Output> outputs(Site site, RenderContext context) {
        return List.of(new Output("evil.txt", Set.of(Output.Inputs.POSTS),
                () -> "EVIL".getBytes(StandardCharsets.UTF_8)));
    }
}
