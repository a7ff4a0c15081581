package dev.colophon.internal.pipeline;

import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.model.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code collections:} in {@code _config.yml}: a list of labels, or a mapping of label to
 * {@code output}, {@code permalink}, {@code sort_by}.
 */
record CollectionSpec(String label, boolean output, String permalink, String sortBy) {

    /** Reads {@code collections:}; {@code posts} is left out (it is built in). */
    static List<CollectionSpec> read(Object value, Problems problems, SourcePosition at) {
        List<CollectionSpec> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof List<?> labels) {
            for (Object label : labels) {
                add(out, String.valueOf(label), Map.of(), problems, at);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((label, settings) -> add(out, String.valueOf(label),
                    settings instanceof Map<?, ?> m ? m : Map.of(), problems, at));
        } else {
            problems.error(at, "'collections' must be a list of names or a mapping of names to settings",
                    "see Jekyll's collections documentation");
        }
        return out;
    }

    private static void add(List<CollectionSpec> out, String label, Map<?, ?> settings, Problems problems,
            SourcePosition at) {
        if (label.equals("posts")) {
            return;
        }
        if (!label.matches("[A-Za-z0-9_-]+")) {
            problems.error(at, "collection name '" + label + "' must be letters, digits, '-' or '_'", null);
            return;
        }
        Object output = settings.get("output");
        Object permalink = settings.get("permalink");
        Object sortBy = settings.get("sort_by");
        out.add(new CollectionSpec(label, Boolean.TRUE.equals(output),
                permalink == null ? Collection.DEFAULT_PERMALINK : permalink.toString(),
                sortBy == null ? "" : sortBy.toString()));
    }
}
