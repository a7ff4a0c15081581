package dev.colophon.internal.output;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.url.UrlPaths;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks every renderer for its outputs and checks that no two share a path and none escapes the destination. */
public final class OutputPlan {

    private OutputPlan() {
    }

    public static List<Output> of(Site site, List<Renderer> renderers, RenderContext context, Problems problems) {
        List<Output> all = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Renderer renderer : renderers) {
            List<Output> outputs;
            try {
                outputs = renderer.outputs(site, context);
            } catch (SourceException e) {
                problems.add(e);
                continue;
            }
            for (Output output : outputs) {
                String source = output.source();
                String unsafe = UrlPaths.unsafeReason(output.path());
                if (unsafe != null) {
                    problems.error(SourcePosition.of(source), "output path '" + output.path() + "' is not allowed: "
                            + unsafe, "use a permalink inside the site, without '..' or backslashes");
                    continue;
                }
                String owner = renderer.id() + " (" + source + ")";
                String other = owners.putIfAbsent(output.path(), owner);
                if (other != null) {
                    problems.error(SourcePosition.of(source), "two outputs write " + output.path() + ": " + other
                            + " and " + owner, "give one of them another permalink");
                    continue;
                }
                all.add(output);
            }
        }
        return all;
    }
}
