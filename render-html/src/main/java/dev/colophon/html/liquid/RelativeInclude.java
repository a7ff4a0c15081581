package dev.colophon.html.liquid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.function.Function;
import liqp.TemplateContext;
import liqp.antlr.CharStreamWithLocation;
import liqp.nodes.LNode;
import liqp.tags.Include;

/**
 * Jekyll's {@code {% include_relative FILE %}}: a file beside the page (or below it) rendered in place, read
 * from the site's files rather than the disk, so in-memory sites and themes work too. liqp parses its
 * arguments like {@code include}'s; only where the file comes from differs.
 */
final class RelativeInclude extends Include {

    private final CurrentFile current;
    private final Function<String, Optional<byte[]>> files;
    private final IncludeDepth depth = new IncludeDepth();

    RelativeInclude(CurrentFile current, Function<String, Optional<byte[]>> files) {
        super("include_relative");
        this.current = current;
        this.files = files;
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        return depth.nest(() -> "include_relative nests more than " + IncludeDepth.MAX_DEPTH
                + " deep: a file probably includes itself", () -> super.render(context, nodes));
    }

    @Override
    protected CharStreamWithLocation detectSource(TemplateContext context, String name) throws IOException {
        String here = current.path();
        String folder = here.contains("/") ? here.substring(0, here.lastIndexOf('/') + 1) : "";
        String path = java.nio.file.Path.of(folder + name).normalize().toString().replace('\\', '/');
        if (path.startsWith("..")) {
            throw new NoSuchFileException(name + " (outside the site)");
        }
        byte[] bytes = files.apply(path).orElseThrow(() -> new NoSuchFileException(path));
        return TagArguments.stream(new String(bytes, StandardCharsets.UTF_8), path);
    }
}
