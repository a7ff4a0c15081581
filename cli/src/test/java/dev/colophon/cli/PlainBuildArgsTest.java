package dev.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The quick reading of a build command line agrees with picocli's, and leaves everything else to it. */
class PlainBuildArgsTest {

    @Test
    void readsPlainOptionsAsPicocliDoes() {
        for (String line : List.of("build", "build -s site -d out", "build --source site --destination=out",
                "build -D --future --safe --trace --profile --wait", "build --drafts --config other.yml --threads 3",
                "build --threads=+4 --config=a=b.yml -s ./x/../y", "build -d out -s site --safe",
                "build -b /blog --unpublished --limit_posts 3 -V -w --force-polling", "build --baseurl=/b -q --watch",
                "build --verbose --quiet --config a.yml,b.yml --limit_posts=2")) {
            String[] args = line.split(" ");
            Optional<BuildCommand> quick = PlainBuildArgs.parse(args);
            assertTrue(quick.isPresent(), line);
            assertEquals(describe(picocli(args)), describe(quick.get()), line);
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String line : List.of("", "--help", "--version", "build --help", "build -h", "build --version", "build x",
                "build -s a -s b", "build -sa", "build -s=a", "build -Ds a", "build -s", "build --threads x",
                "build --threads", "build --drafts=true", "build @args.txt", "build -s @site", "build -s -d",
                "build --source= -d out", "build --", "build --unknown", "other", "build --threads 99999999999",
                "build -qV", "build --limit_posts x", "build --baseurl")) {
            assertEquals(Optional.empty(), PlainBuildArgs.parse(line.isEmpty() ? new String[0] : line.split(" ")),
                    line);
        }
    }

    private static BuildCommand picocli(String... args) {
        ParseResult result = new CommandLine(new Main()).parseArgs(args);
        return (BuildCommand) result.subcommand().commandSpec().userObject();
    }

    private static String describe(BuildCommand c) {
        return List.of(c.source, String.valueOf(c.destination), c.drafts, c.future, c.safe, c.config,
                String.valueOf(c.threads), c.trace, c.profile, c.waitForOther, String.valueOf(c.baseurl), c.unpublished,
                String.valueOf(c.limitPosts), c.verbose, c.quiet, c.watch, c.forcePolling).toString();
    }
}
