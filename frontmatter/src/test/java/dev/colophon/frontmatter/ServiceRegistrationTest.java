package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.spi.DataReader;
import dev.colophon.spi.FrontMatterReader;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The readers are registered with {@code @AutoService}, so the pipeline finds them by ServiceLoader. */
class ServiceRegistrationTest {

    @Test
    void frontMatterReadersAreRegistered() {
        assertEquals(Set.of(YamlFrontMatterReader.class, TomlFrontMatterReader.class, JsonFrontMatterReader.class),
                ServiceLoader.load(FrontMatterReader.class).stream().map(ServiceLoader.Provider::type)
                        .collect(Collectors.toSet()));
    }

    @Test
    void dataReaderIsRegistered() {
        assertTrue(ServiceLoader.load(DataReader.class).stream()
                .anyMatch(provider -> provider.type() == YamlDataReader.class));
    }
}
