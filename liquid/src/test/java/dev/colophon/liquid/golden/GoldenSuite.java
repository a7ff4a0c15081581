package dev.colophon.liquid.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where Golden Liquid's {@code golden_liquid.json} is: the suite comes from its repository, not a package
 * registry, so it is not kept in this one; it lives in {@code shared/golden-liquid/} beside the repository
 * (as CI lays it out), or where {@code -Dgolden.liquid=FILE} says. Without it the tests that need it are
 * skipped, saying where it was looked for.
 */
public final class GoldenSuite {

    private GoldenSuite() {
    }

    /** The suite's file; skips the calling test when it cannot be found. */
    public static Path file() {
        String given = System.getProperty("golden.liquid");
        Path file = given != null ? Path.of(given) : find();
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "Golden Liquid not found: put golden_liquid.json in shared/golden-liquid/ beside the repository, or"
                        + " run with -Dgolden.liquid=FILE (see liquid/src/test/resources/golden-liquid/README.md)");
        return file;
    }

    /** shared/golden-liquid/golden_liquid.json in the first folder above the working folder that has it. */
    private static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/golden-liquid/golden_liquid.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
