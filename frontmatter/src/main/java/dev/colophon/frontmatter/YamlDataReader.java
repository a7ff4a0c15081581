package dev.colophon.frontmatter;

import com.google.auto.service.AutoService;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.util.LinkedHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a whole YAML data file, such as {@code _config.yml} or a file under {@code _data}, with the same
 * safe rules as front matter.
 *
 * <p>Stateless, so one instance serves every thread.
 */
@AutoService(DataReader.class)
public final class YamlDataReader implements DataReader {

    public YamlDataReader() {
        // Found by ServiceLoader, which needs a public no-arg constructor.
    }

    @Override
    public String id() {
        return "yaml-data";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("yml", "yaml");
    }

    /** Reads the file; an empty file, or one holding only comments or {@code ~}, gives an empty map. */
    @Override
    public Object read(SourceText source) {
        YamlText yaml = new YamlText(source.path(), "the file", SafeYaml.withoutBom(source.text()), 1);
        Node root = SafeYaml.compose(yaml);
        Object value = root == null ? null : new NodeConverter(yaml).convert(root);
        return value == null ? new LinkedHashMap<String, Object>() : value;
    }
}
