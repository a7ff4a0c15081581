package dev.colophon.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code colophon} command run in a JVM of its own, as a user runs it: with its own default time zone,
 * locale and environment, and a process that can be killed. The test class path is the command's class path.
 */
final class CliProcess {

    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new java.util.HashMap<>();
    private final List<String> removedEnvironment = new ArrayList<>();
    private final Path log;

    /** @param log where the child's output and errors go (a file, so a full pipe never blocks the child) */
    CliProcess(Path log) {
        this.log = log;
        // The build must not depend on JEKYLL_ENV leaking in from whoever runs the tests.
        removedEnvironment.add("JEKYLL_ENV");
        removedEnvironment.add("SOURCE_DATE_EPOCH");
    }

    CliProcess jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    CliProcess env(String name, String value) {
        environment.put(name, value);
        removedEnvironment.remove(name);
        return this;
    }

    /** Starts {@code colophon ARGS}; the caller waits for it or kills it. */
    Process start(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        removedEnvironment.forEach(builder.environment()::remove);
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code colophon ARGS} to the end and returns its exit code; fails after two minutes. */
    int run(String... args) {
        Process process = start(args);
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("colophon " + String.join(" ", args) + " did not finish in two minutes; "
                        + "output:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What the child printed, for failure messages. */
    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
