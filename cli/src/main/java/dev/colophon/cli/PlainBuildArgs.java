package dev.colophon.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The usual command line, {@code build} with plain options, read without picocli. Building picocli's model
 * of the commands takes about 100 ms of a one-post build's 700: its classes are Java 5 bytecode, which class
 * data sharing cannot archive, and it reflects over every annotation. Anything this does not recognise —
 * help, version, clustered, repeated or attached short options, argument files, bad values — goes to
 * picocli, which stays the definition of what the command accepts and of every message about it.
 */
final class PlainBuildArgs {

    private PlainBuildArgs() {
    }

    /** The build command these arguments ask for, or empty when picocli must read them. */
    static Optional<BuildCommand> parse(String... args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        BuildCommand command = new BuildCommand();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            String option = longName(name);
            if (option == null || !seen.add(option)) {
                return Optional.empty();
            }
            boolean flag = switch (option) {
                case "--drafts" -> command.drafts = true;
                case "--future" -> command.future = true;
                case "--safe" -> command.safe = true;
                case "--trace" -> command.trace = true;
                case "--profile" -> command.profile = true;
                case "--wait" -> command.waitForOther = true;
                case "--unpublished" -> command.unpublished = true;
                case "--verbose" -> command.verbose = true;
                case "--quiet" -> command.quiet = true;
                case "--watch" -> command.watch = true;
                case "--force-polling" -> command.forcePolling = true;
                default -> false;
            };
            if (flag) {
                if (value != null) {
                    return Optional.empty();
                }
                continue;
            }
            if (value == null && i + 1 < args.length) {
                value = args[++i];
            }
            // Values picocli might read otherwise (an option name, an @file) or reject: its call.
            if (value == null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            try {
                switch (option) {
                    case "--source" -> command.source = Path.of(value);
                    case "--destination" -> command.destination = Path.of(value);
                    case "--config" -> command.config = value;
                    case "--theme-path" -> command.themePath = value;
                    case "--baseurl" -> command.baseurl = value;
                    case "--limit_posts" -> command.limitPosts = Integer.valueOf(value);
                    case "--threads" -> command.threads = Integer.valueOf(value);
                    default -> throw new IllegalStateException("no value option " + option);
                }
            } catch (InvalidPathException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(command);
    }

    /** The option's long name, for the names {@link BuildCommand} declares; null for anything else. */
    private static String longName(String name) {
        return switch (name) {
            case "-s", "--source" -> "--source";
            case "-d", "--destination" -> "--destination";
            case "-D", "--drafts" -> "--drafts";
            case "--future", "--safe", "--config", "--threads", "--trace", "--profile", "--wait" -> name;
            case "--theme-path" -> name;
            case "-b", "--baseurl" -> "--baseurl";
            case "-V", "--verbose" -> "--verbose";
            case "-q", "--quiet" -> "--quiet";
            case "-w", "--watch" -> "--watch";
            case "--unpublished", "--limit_posts", "--force-polling" -> name;
            default -> null;
        };
    }

    /** A writer on standard output or error as picocli makes it, so that output is the same either way. */
    static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String encoding = System.getProperty(encodingProperty);
        Charset charset = Charset.defaultCharset();
        if (encoding != null) {
            try {
                charset = Charset.forName("cp65001".equalsIgnoreCase(encoding) ? "UTF-8" : encoding);
            } catch (RuntimeException e) {
                // picocli falls back to the default charset too
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
