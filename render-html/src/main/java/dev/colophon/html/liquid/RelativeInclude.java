package dev.colophon.html.liquid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.function.Function;
import liqp.TemplateContext;
import liqp.antlr.CharStreamWithLocation;
import liqp.nodes.LNode;
import liqp.org.antlr.v4.runtime.CharStreams;
import liqp.tags.Include;

/**
 * Jekyll's {@code {% include_relative FILE %}}: a file beside the page (or below it) rendered in place, read
 * from the site's files rather than the disk, so in-memory sites and themes work too. liqp parses its
 * arguments like {@code include}'s; only where the file comes from differs.
 */
final class RelativeInclude extends Include {

    private final CurrentFile current;
    private final Function<String, Optional<byte[]>> files;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    RelativeInclude(CurrentFile current, Function<String, Optional<byte[]>> files) {
        super("include_relative");
        this.current = current;
        this.files = files;
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        int[] level = depth.get();
        if (level[0] >= BoundedInclude.MAX_DEPTH) {
            throw new BoundedInclude.IncludeCycleException("include_relative nests more than "
                    + BoundedInclude.MAX_DEPTH + " deep: a file probably includes itself");
        }
        level[0]++;
        try {
            return super.render(context, nodes);
        } finally {
            level[0]--;
        }
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
        return new CharStreamWithLocation(CharStreams.fromString(
                TagArguments.protect(new String(bytes, StandardCharsets.UTF_8)), path));
    }
}
