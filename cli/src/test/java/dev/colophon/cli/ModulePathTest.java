package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.colophon.testkit.TestSite;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The colophon command on the module path, where the JVM holds Colophon's modules to their descriptors:
 * what they export, require, open to picocli and provide, and safe mode's trust in them by module. The
 * tests run on the class path (see the parent pom), so this one starts a JVM of its own.
 */
class ModulePathTest {

    @TempDir
    Path temp;

    @Test
    void aSafeBuildOnTheModulePathUsesEveryKindOfPluginAndWritesWhatTheClassPathWrites() throws Exception {
        TestSite site = TestSite.in(temp)
                .file("_config.yml", "title: Modules\nurl: https://example.org\nsafe: true\n")
                .file("_data/people.csv", "name\nAda\n")
                .file("_posts/2024-01-01-hi.md", "---\ntitle: Hi\ntags: [java]\n---\nSome *Markdown*.\n\n"
                        + "```java\nint x = 1;\n```\n")
                .file("about.md", "---\ntitle: About\n---\nBy {{ site.data.people[0].name }}.\n");
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        // Colophon's modules and what they need, without the tests: core's test kit shares its packages.
        String modulePath = classPath.stream()
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                .collect(Collectors.joining(File.pathSeparator));

        Path modular = temp.resolve("modular");
        String log = colophon(List.of("-p", modulePath, "-m", "dev.colophon.cli/dev.colophon.cli.Main"), site, modular);
        // No warning: safe mode trusted each built-in plugin by its module.
        assertTrue(log.startsWith("Built 1 post, "), log);
        assertFalse(log.contains("warning"), log);
        assertTrue(Files.readString(modular.resolve("about.html")).contains("By Ada."));
        assertTrue(Files.readString(modular.resolve("2024/01/01/hi.html")).contains("<em>Markdown</em>"));

        Path plain = temp.resolve("plain");
        colophon(List.of("-cp", String.join(File.pathSeparator, classPath), "dev.colophon.cli.Main"), site, plain);
        assertEquals(files(plain), files(modular));
    }

    /** Runs {@code colophon build} in a JVM of its own, at a fixed build time; gives what it printed. */
    private static String colophon(List<String> launch, TestSite site, Path destination)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(List.of("build", "-s", site.source().toString(), "-d", destination.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOURCE_DATE_EPOCH", String.valueOf(TestSite.NOW.getEpochSecond()));
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        return out;
    }

    /** Every file of a folder, by its path relative to it. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return out;
    }
}
