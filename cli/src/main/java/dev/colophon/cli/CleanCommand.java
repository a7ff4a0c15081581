package dev.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code colophon clean}: removes the built site, the temporary folders an interrupted build left beside it,
 * and the caches {@code jekyll clean} removes, so that the next build starts from nothing.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Removes the built site and the caches, as jekyll clean does.")
final class CleanCommand implements Callable<Integer> {

    /** What {@code jekyll clean} removes from the source besides the destination. */
    private static final List<String> CACHES = List.of(".jekyll-cache", ".jekyll-metadata", ".sass-cache");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site's folder (default: .)")
    Path source = Path.of(".");

    @Option(names = {"-d", "--destination"}, paramLabel = "DIR",
            description = "the built site to remove (default: SOURCE/_site)")
    Path destination;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path src = source.toAbsolutePath().normalize();
        Path dest = (destination != null ? destination : source.resolve("_site")).toAbsolutePath().normalize();
        // The same refusal as a build's: removing the destination must never remove the sources.
        if (src.startsWith(dest)) {
            err.println("error: the destination " + dest + " is or contains the source folder " + src
                    + ": cleaning would remove your sources (give the built site with -d)");
            return 1;
        }
        List<Path> targets = new ArrayList<>();
        targets.add(dest);
        try {
            targets.addAll(leftovers(dest));
        } catch (IOException e) {
            // no parent to look in: nothing left over there
        }
        CACHES.forEach(cache -> targets.add(src.resolve(cache)));
        int removed = 0;
        for (Path target : targets) {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                delete(target);
                out.println("Removed " + target);
                removed++;
            } catch (IOException e) {
                err.println("error: cannot remove " + target + ": " + e.getMessage());
                return 1;
            }
        }
        if (removed == 0) {
            out.println("Nothing to clean in " + src);
        }
        return 0;
    }

    /** The engine's {@code .NAME.colophon-tmp-…} and {@code .NAME.colophon-old-…} beside the destination. */
    private static List<Path> leftovers(Path destination) throws IOException {
        List<Path> found = new ArrayList<>();
        Path parent = destination.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return found;
        }
        String prefix = "." + destination.getFileName();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent)) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix + ".colophon-tmp-") || name.startsWith(prefix + ".colophon-old-")) {
                    found.add(sibling);
                }
            }
        }
        return found;
    }

    /** Removes a file or a tree; a symbolic link is removed itself, never what it points to. */
    private static void delete(Path target) throws IOException {
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
