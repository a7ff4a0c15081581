package dev.colophon.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.spi.ContentParser;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTest {

    @Test
    void serviceLoaderFindsMarkdownParser() {
        boolean found = ServiceLoader.load(ContentParser.class).stream()
                .anyMatch(provider -> provider.type() == MarkdownParser.class);
        assertTrue(found, "MarkdownParser is not registered in META-INF/services");
    }
}
