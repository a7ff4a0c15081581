package dev.colophon.frontmatter;

import dev.colophon.diagnostic.SourceException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed node tree into plain values, doing the checks SnakeYAML leaves to its constructors:
 * tags, duplicate keys, merge keys, self-containing aliases and how much aliases repeat.
 *
 * <p>One instance converts one document and is then thrown away; it is not thread-safe.
 */
final class NodeConverter {

    /**
     * How many values aliases may repeat in all. SnakeYAML caps the number of aliases, but 50 aliases can
     * still double a list 25 times; this catches such bombs before anyone walks the result.
     */
    static final long MAX_REPEATED_VALUES = 100_000;

    private static final String TAG_HINT = "remove the tag; only !!str, !!int, !!float, !!bool, !!null,"
            + " !!timestamp, !!seq and !!map are read";

    private final YamlText yaml;
    /** Hears keys written twice, the last of which is taken; null when that is an error. */
    private final java.util.function.Consumer<dev.colophon.diagnostic.Diagnostic> duplicates;
    /** Nodes converted so far: meeting one again means an alias, which shares the value. */
    private final Map<Node, Converted> done = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private long repeated;

    /** A node's value and how many values it holds with every alias expanded. */
    private record Converted(Object value, long size) {
    }

    NodeConverter(YamlText yaml) {
        this(yaml, null);
    }

    /**
     * A converter that takes the last of a key written twice, as Jekyll's YAML does, and tells
     * {@code duplicates} where; with null, a key written twice is an error.
     */
    NodeConverter(YamlText yaml, java.util.function.Consumer<dev.colophon.diagnostic.Diagnostic> duplicates) {
        this.yaml = yaml;
        this.duplicates = duplicates;
    }

    /** Converts a node and everything under it. */
    Object convert(Node node) {
        return visit(node).value();
    }

    /** Converts a mapping node, for callers that need the map itself. */
    Map<String, Object> convertMapping(MappingNode node) {
        @SuppressWarnings("unchecked") // mapping() builds a Map<String, Object> for every mapping node
        Map<String, Object> map = (Map<String, Object>) visit(node).value();
        return map;
    }

    /** Whether a key is YAML's merge key: a plain {@code <<} without a tag. */
    static boolean isMergeKey(Node key) {
        return key instanceof ScalarNode scalar && scalar.getTag() == SafeYaml.PLAIN && scalar.isPlain()
                && scalar.getValue().equals("<<");
    }

    private Converted visit(Node node) {
        Converted seen = done.get(node);
        if (seen != null) {
            repeated += seen.size();
            if (repeated > MAX_REPEATED_VALUES) {
                throw new SourceException(yaml.at(node),
                        "YAML aliases repeat more than " + MAX_REPEATED_VALUES + " values",
                        "use fewer aliases ('*name') of big lists or mappings");
            }
            return seen;
        }
        if (!inProgress.add(node)) {
            String anchor = node.getAnchor();
            throw new SourceException(yaml.at(node), "the YAML anchor '&" + anchor + "' is used inside its own value",
                    "an alias '*" + anchor + "' cannot stand inside the value it names");
        }
        Converted converted = switch (node.getNodeId()) {
            case scalar -> new Converted(scalar((ScalarNode) node), 1);
            case sequence -> sequence((SequenceNode) node);
            case mapping -> mapping((MappingNode) node);
            default -> throw new IllegalStateException("unexpected YAML node " + node.getNodeId());
        };
        inProgress.remove(node);
        done.put(node, converted);
        return converted;
    }

    private Converted sequence(SequenceNode node) {
        requireTag(node, Tag.SEQ);
        List<Object> list = new ArrayList<>(node.getValue().size());
        long size = 1;
        for (Node item : node.getValue()) {
            Converted converted = visit(item);
            list.add(converted.value());
            size += converted.size();
        }
        return new Converted(list, size);
    }

    private Converted mapping(MappingNode node) {
        requireTag(node, Tag.MAP);
        Map<String, ScalarNode> written = writtenKeys(node);
        Map<String, Object> map = new LinkedHashMap<>();
        long size = 1;
        for (NodeTuple entry : node.getValue()) {
            Converted value = visit(entry.getValueNode());
            size += value.size();
            if (isMergeKey(entry.getKeyNode())) {
                // Merged entries never replace keys written in this mapping; earlier sources win.
                for (Map<?, ?> source : mergeSources(entry.getValueNode(), value.value())) {
                    source.forEach((key, item) -> {
                        if (!written.containsKey(key)) {
                            map.putIfAbsent((String) key, item);
                        }
                    });
                }
            } else {
                map.put(((ScalarNode) entry.getKeyNode()).getValue(), value.value());
            }
        }
        return new Converted(map, size);
    }

    /** The keys written in a mapping (merge keys aside), by their text; fails on a duplicate. */
    private Map<String, ScalarNode> writtenKeys(MappingNode node) {
        Map<String, ScalarNode> keys = new LinkedHashMap<>();
        for (NodeTuple entry : node.getValue()) {
            if (isMergeKey(entry.getKeyNode())) {
                continue;
            }
            ScalarNode key = key(entry.getKeyNode());
            ScalarNode first = keys.putIfAbsent(key.getValue(), key);
            if (first != null && duplicates != null) {
                duplicates.accept(dev.colophon.diagnostic.Diagnostic.warning(yaml.at(key),
                        "duplicate key '" + key.getValue() + "': this one is used, as in Jekyll",
                        "the key is already on line " + yaml.at(first).line() + "; keep one of the two"));
            } else if (first != null) {
                throw new SourceException(yaml.at(key), "duplicate key '" + key.getValue() + "'",
                        "the key is already on line " + yaml.at(first).line() + "; keep one of the two");
            }
        }
        return keys;
    }

    /** A key node, which must be a scalar; its text is the key, whatever its type. */
    private ScalarNode key(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new SourceException(yaml.at(node), "a key must be plain text, not a list or a mapping",
                    "write the key as text");
        }
        scalar(scalar); // only to check its tag
        return scalar;
    }

    /** The mappings a merge key's value names: one mapping, or a list of them. */
    private List<Map<?, ?>> mergeSources(Node node, Object value) {
        if (value instanceof Map<?, ?> map) {
            return List.of(map);
        }
        if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof Map)) {
            return list.stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
        }
        throw new SourceException(yaml.at(node),
                "the value of the merge key '<<' must be a mapping or a list of mappings",
                "write '<<: *name', where '&name' marks a mapping");
    }

    private Object scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (tag == SafeYaml.PLAIN) {
            // A non-specific tag '!' also lands here, on quoted scalars too: those stay text.
            return node.isPlain() ? Scalars.plain(text) : text;
        }
        if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
            return text; // dates stay as written: the pipeline parses them, keeping their offset
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return fitting(Scalars.bool(text), node, "a boolean");
        }
        if (tag.equals(Tag.INT)) {
            return fitting(Scalars.integer(text), node, "a decimal integer");
        }
        if (tag.equals(Tag.FLOAT)) {
            return Scalars.isInfinityOrNan(text) ? text : fitting(Scalars.decimal(text), node, "a decimal number");
        }
        throw notAllowed(node);
    }

    private Object fitting(Object value, ScalarNode node, String what) {
        if (value == null) {
            throw new SourceException(yaml.at(node), "'" + node.getValue() + "' is not " + what,
                    "write a value that fits the tag '" + shown(node.getTag()) + "', or remove the tag");
        }
        return value;
    }

    private void requireTag(Node node, Tag expected) {
        if (!node.getTag().equals(expected)) {
            throw notAllowed(node);
        }
    }

    private SourceException notAllowed(Node node) {
        return new SourceException(yaml.at(node), "YAML tag '" + shown(node.getTag()) + "' is not allowed", TAG_HINT);
    }

    /** A tag the way it is usually written: {@code !!name} for YAML's own prefix. */
    private static String shown(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
