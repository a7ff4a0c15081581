package dev.colophon.frontmatter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.spi.DataReader;
import dev.colophon.spi.FrontMatterReader;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The readers are registered with {@code @AutoService}, so the pipeline finds them by ServiceLoader. */
class ServiceRegistrationTest {

    @Test
    void frontMatterReaderIsRegistered() {
        assertTrue(ServiceLoader.load(FrontMatterReader.class).stream()
                .anyMatch(provider -> provider.type() == YamlFrontMatterReader.class));
    }

    @Test
    void dataReaderIsRegistered() {
        assertTrue(ServiceLoader.load(DataReader.class).stream()
                .anyMatch(provider -> provider.type() == YamlDataReader.class));
    }
}
