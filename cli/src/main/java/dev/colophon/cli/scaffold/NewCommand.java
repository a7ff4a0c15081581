package dev.colophon.cli.scaffold;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code colophon new}: only its subcommands do something. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a site, or a post in a site.",
        subcommands = {NewSiteCommand.class, NewPostCommand.class})
public final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to create: new site DIR, or new post TITLE");
    }
}
