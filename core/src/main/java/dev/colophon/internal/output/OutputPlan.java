package dev.colophon.internal.output;

import dev.colophon.diagnostic.SourceException;
import dev.colophon.internal.pipeline.Problems;
import dev.colophon.internal.pipeline.Stages;
import dev.colophon.model.Content;
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
import java.util.stream.Stream;

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
        return of(site, renderers, context, problems, stages, path -> false);
    }

    /**
     * @param checked whether an output's path was checked by an earlier build of the same outline (a build
     *     session's, when only what its graph follows changed): such a path is not checked again, and when
     *     every path was, neither are the site's URLs
     */
    public static List<Output> of(Site site, List<Renderer> renderers, RenderContext context, Problems problems,
            Stages stages, java.util.function.Predicate<String> checked) {
        List<Output> all = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Renderer renderer : renderers) {
            try {
                String stage = "render " + renderer.id();
                List<Output> timed = renderer.outputs(site, context).stream()
                        .map(o -> new Output(o.path(), o.inputs(), () -> stages.time(stage, o.content())))
                        .toList();
                add(site, renderer.id(), timed, all, owners, problems, checked);
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        add(site, "sidecars", sidecars(site), all, owners, problems, checked);
        if (!all.stream().allMatch(output -> checked.test(output.path()))) {
            addressesTaken(site, owners, problems);
        }
        return all;
    }

    /**
     * A post or page whose URL names a file (it has an extension) that another output writes: Jekyll writes
     * the post there ({@code permalink: /feed.xml} gives it that extension) and the feed over it, or the other
     * way round, whichever comes last; here the post would go to {@code feed.xml.html}, and every link to it
     * open the feed. Either way one silently replaces the other: an error naming both.
     */
    private static void addressesTaken(Site site, Map<String, String> owners, Problems problems) {
        Stream.of(site.posts().stream(), site.pages().stream(), site.outputDocuments().stream())
                .flatMap(s -> s.map(c -> (Content) c))
                .forEach(content -> {
                    String file = UrlPaths.decodePath(content.url()).substring(1);
                    String other = owners.get(file);
                    if (other != null && !file.equals(content.outputPath())
                            && file.substring(file.lastIndexOf('/') + 1).contains(".")) {
                        problems.error(Origins.of(site, content.path(), content.outputPath()), "the URL "
                                + content.url() + " is the address of " + file + ", which " + other + " writes: links"
                                + " to " + content.path() + " would open that file",
                                "give one of them another permalink, or switch that output off");
                    }
                });
    }

    /** The longest file or folder name Linux, macOS and Windows file systems take, in UTF-8 bytes (NAME_MAX). */
    static final int MAX_NAME_BYTES = 255;

    /** The first segment of a path too long to be a file or folder name, or null. */
    private static String tooLongSegment(String path) {
        for (String segment : path.split("/")) {
            // Characters first: a name of fewer than 64 characters has fewer than 256 bytes in UTF-8.
            if (segment.length() > MAX_NAME_BYTES / 4
                    && segment.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return segment;
            }
        }
        return null;
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

    private static void add(Site site, String id, List<Output> outputs, List<Output> all, Map<String, String> owners,
            Problems problems, java.util.function.Predicate<String> checked) {
        for (Output output : outputs) {
            if (checked.test(output.path())) {
                owners.putIfAbsent(output.path(), id);
                all.add(output);
                continue;
            }
            String source = output.source();
            String unsafe = UrlPaths.unsafeReason(output.path());
            if (unsafe != null) {
                problems.error(Origins.of(site, source, output.path()), "output path '" + output.path()
                        + "' is not allowed: " + unsafe,
                        "use a permalink inside the site, without '..' or backslashes");
                continue;
            }
            String tooLong = tooLongSegment(output.path());
            if (tooLong != null) {
                // Found here rather than as a failed write: the message can then say which post made the name.
                problems.error(Origins.of(site, source, output.path()), "output path '" + output.path() + "' has a "
                        + "name of " + tooLong.getBytes(StandardCharsets.UTF_8).length + " bytes, more than the "
                        + MAX_NAME_BYTES + " a file system allows",
                        "shorten the permalink, tag or category that makes it");
                continue;
            }
            // A generated file (a feed) is its own source: named by its renderer alone.
            String owner = source.equals(output.path()) ? id : id + " (" + source + ")";
            String other = owners.putIfAbsent(output.path(), owner);
            if (other != null) {
                problems.error(Origins.of(site, source, output.path()), "two outputs write " + output.path() + ": "
                        + other + " and " + owner, "give one of them another permalink");
                continue;
            }
            all.add(output);
        }
    }
}
