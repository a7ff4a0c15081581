package dev.colophon.frontmatter;

import com.google.auto.service.AutoService;
import dev.colophon.diagnostic.Diagnostic;
import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Consumer;
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
        return read(source, null);
    }

    /**
     * Reads the file as Jekyll's YAML does where it is lenient: a key written twice ({@code markdown:} in a
     * real theme's {@code _config.yml}) takes the last value, and {@code warnings} says where. Without a
     * listener (null), a key written twice is an error, as in front matter.
     */
    @Override
    public Object read(SourceText source, Consumer<Diagnostic> warnings) {
        YamlText yaml = new YamlText(source.path(), "the file", SafeYaml.withoutBom(source.text()), 1);
        Node root = SafeYaml.compose(yaml, SafeYaml.MAX_DATA_CODE_POINTS);
        Object value = root == null ? null : new NodeConverter(yaml, warnings).convert(root);
        return value == null ? new LinkedHashMap<String, Object>() : value;
    }
}
