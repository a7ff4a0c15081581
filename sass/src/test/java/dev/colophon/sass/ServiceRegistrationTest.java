package dev.colophon.sass;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.spi.ContentParser;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTest {

    @Test
    void serviceLoaderFindsTheSassParser() {
        assertTrue(ServiceLoader.load(ContentParser.class).stream()
                .anyMatch(p -> p.type() == SassParser.class));
    }
}
