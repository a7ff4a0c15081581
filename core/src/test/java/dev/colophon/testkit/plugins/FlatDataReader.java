package dev.colophon.testkit.plugins;

import dev.colophon.spi.DataReader;
import dev.colophon.spi.SourceText;
import java.util.HashMap;
import java.util.Set;

/** Reads {@code _config.yml} and {@code .yml} data files with {@link FlatYaml}, for core's own tests. */
public final class FlatDataReader implements DataReader {

    @Override
    public String id() {
        return "test-flat-yaml";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("yml", "yaml");
    }

    @Override
    public Object read(SourceText source) {
        return FlatYaml.read(source.path(), source.text().lines().toList(), 1, new HashMap<>());
    }
}
