package dev.colophon.cli;

import dev.colophon.cli.scaffold.NewCommand;
import dev.colophon.cli.serve.ServeCommand;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code colophon} command. */
@Command(name = "colophon", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds static blogs from Jekyll-style sources.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CleanCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code: 0 success, 1 build errors, 2 usage errors. */
    public static int run(String... args) {
        Optional<BuildCommand> build = PlainBuildArgs.parse(args);
        if (build.isPresent()) {
            return build.get().run(PlainBuildArgs.writer(System.out, "sun.stdout.encoding"),
                    PlainBuildArgs.writer(System.err, "sun.stderr.encoding"));
        }
        return command().execute(args);
    }

    /** Runs the command with its output and errors going to the given writers (for embedding and tests). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        Optional<BuildCommand> build = PlainBuildArgs.parse(args);
        if (build.isPresent()) {
            return build.get().run(out, err);
        }
        return command().setOut(out).setErr(err).execute(args);
    }

    /**
     * The command, whose usage errors are one line, the help named: the whole help after each mistake buried
     * the message (and a script's log) under thirty lines.
     */
    private static CommandLine command() {
        return new CommandLine(new Main()).setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(e.getMessage() + " (see " + failed.getCommandSpec().qualifiedName() + " --help)");
            failed.getErr().flush();
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
