package dev.colophon.internal.output;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.internal.pipeline.Stages;
import dev.colophon.model.Page;
import dev.colophon.model.Site;
import dev.colophon.spi.Output;
import dev.colophon.spi.RenderContext;
import dev.colophon.spi.Renderer;
import dev.colophon.url.UrlPaths;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Asks every renderer for its outputs and checks that no two share a path and none escapes the destination. */
public final class OutputPlan {

    private OutputPlan() {
    }

    public static List<Output> of(Site site, List<Renderer> renderers, RenderContext context, Problems problems) {
        return of(site, renderers, context, problems, new Stages());
    }

    /** @param stages where the time of producing each renderer's files goes, as "render ID" */
    public static List<Output> of(Site site, List<Renderer> renderers, RenderContext context, Problems problems,
            Stages stages) {
        List<Output> all = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Renderer renderer : renderers) {
            try {
                String stage = "render " + renderer.id();
                List<Output> timed = renderer.outputs(site, context).stream()
                        .map(o -> new Output(o.path(), o.inputs(), () -> stages.time(stage, o.content())))
                        .toList();
                add(renderer.id(), timed, all, owners, problems);
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        add("sidecars", sidecars(site), all, owners, problems);
        return all;
    }

    /** The files pages bring with them (a stylesheet's source map), written as the parser gave them. */
    private static List<Output> sidecars(Site site) {
        List<Output> outputs = new ArrayList<>();
        for (Page page : site.pages()) {
            page.sidecars().forEach((path, text) -> outputs.add(new Output(path, Set.of(page.path()),
                    () -> text.getBytes(StandardCharsets.UTF_8))));
        }
        return outputs;
    }

    private static void add(String id, List<Output> outputs, List<Output> all, Map<String, String> owners,
            Problems problems) {
        for (Output output : outputs) {
            String source = output.source();
            String unsafe = UrlPaths.unsafeReason(output.path());
            if (unsafe != null) {
                problems.error(SourcePosition.of(source), "output path '" + output.path() + "' is not allowed: "
                        + unsafe, "use a permalink inside the site, without '..' or backslashes");
                continue;
            }
            String owner = id + " (" + source + ")";
            String other = owners.putIfAbsent(output.path(), owner);
            if (other != null) {
                problems.error(SourcePosition.of(source), "two outputs write " + output.path() + ": " + other
                        + " and " + owner, "give one of them another permalink");
                continue;
            }
            all.add(output);
        }
    }
}
