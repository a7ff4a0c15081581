package dev.colophon.html.liquid;

import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * jekyll-include-cache's {@code include_cached}: an include from {@code _includes}, rendered like
 * {@code include} with Jekyll-style {@code key=value} parameters as {@code include.*}. Each file is parsed
 * and its node tree built once ({@link Nodes}), as {@link BoundedInclude} does for {@code include}; one
 * tag serves one parser, so one build's includes.
 */
final class FileInclude extends Tag {

    private final Function<String, Optional<String>> resolver;
    private final IncludeDepth depth = new IncludeDepth();
    private final Map<String, Nodes> parsed = new ConcurrentHashMap<>();

    private FileInclude(String name, Function<String, Optional<String>> resolver) {
        super(name);
        this.resolver = resolver;
    }

    static FileInclude cached(Function<String, Optional<String>> includes) {
        return new FileInclude("include_cached", includes);
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        String arguments = TagArguments.of(this, context, nodes);
        int space = arguments.indexOf(' ');
        String file = space < 0 ? arguments : arguments.substring(0, space);
        Map<String, Object> parameters = TagArguments.parameters(space < 0 ? "" : arguments.substring(space), context);
        return depth.nest(() -> "includes nest more than " + IncludeDepth.MAX_DEPTH + " deep at '" + file
                + "': an include probably includes itself",
                () -> parsed.computeIfAbsent(file, f -> parse(context, f))
                        .render(Map.of("include", parameters), context));
    }

    private Nodes parse(TemplateContext context, String file) {
        String text = resolver.apply(file).orElseThrow(() -> new IllegalArgumentException(
                new NoSuchFileException((getName().equals("include_cached") ? "_includes/" : "") + file)));
        try {
            return new Nodes(context.getParser(), context.getParser().parse(TagArguments.stream(text, file)));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
