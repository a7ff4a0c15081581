package dev.colophon.frontmatter;

import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.SourceException;
import dev.colophon.model.FrontMatter;
import dev.colophon.spi.Document;
import dev.colophon.spi.FrontMatterReader;
import dev.colophon.spi.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads Jekyll-style YAML front matter: a block between {@code ---} lines at the very start of a file.
 *
 * <p>Stateless, so one instance serves every thread.
 */
@AutoService(FrontMatterReader.class)
public final class YamlFrontMatterReader implements FrontMatterReader {

    public YamlFrontMatterReader() {
        // Found by ServiceLoader, which needs a public no-arg constructor.
    }

    @Override
    public String id() {
        return "yaml";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Document> read(SourceText source) {
        return FrontMatterBlock.find(source.path(), source.text(), FrontMatterBlock.Fence.YAML).map(block -> {
            YamlText yaml = new YamlText(source.path(), "the front matter", block.content(), block.contentLine());
            return new Document(frontMatter(yaml), block.body(), block.bodyLine());
        });
    }

    private static FrontMatter frontMatter(YamlText yaml) {
        Node root = SafeYaml.compose(yaml);
        NodeConverter converter = new NodeConverter(yaml);
        if (root instanceof MappingNode mapping) {
            return new FrontMatter(converter.convertMapping(mapping), keyLines(yaml, mapping));
        }
        if (root == null || converter.convert(root) == null) {
            return FrontMatter.EMPTY; // an empty block, or one holding only '~'
        }
        throw new SourceException(yaml.at(root), "front matter must be a mapping of keys to values",
                "write one 'key: value' per line between the '---' lines");
    }

    /** The file line of each key written at the top level; keys that come in by a merge have none. */
    private static Map<String, Integer> keyLines(YamlText yaml, MappingNode mapping) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && !NodeConverter.isMergeKey(key)) {
                lines.put(key.getValue(), yaml.at(key).line());
            }
        }
        return lines;
    }
}
