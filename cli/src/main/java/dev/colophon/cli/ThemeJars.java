package dev.colophon.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The theme jars a build is given — {@code --theme-path}, {@code COLOPHON_CLASSPATH}, and every {@code *.jar}
 * in the site's {@code _themes/} folder — behind one class loader for the engine. The launcher runs {@code
 * java -jar}, which ignores any other class path, so the jars are opened here instead. Plugins in them are
 * found too, and as they are not Colophon's own, safe mode leaves them out.
 */
public final class ThemeJars implements AutoCloseable {

    /** The environment variable that lists theme jars, as {@code --theme-path} does. */
    public static final String ENVIRONMENT = "COLOPHON_CLASSPATH";

    private final ClassLoader loader;
    private final List<Path> jars;

    private ThemeJars(ClassLoader loader, List<Path> jars) {
        this.loader = loader;
        this.jars = List.copyOf(jars);
    }

    /**
     * Opens the jars: those of {@code themePath} first, then of {@code environment} (both lists separated by
     * {@link File#pathSeparator}, either may be null), then the source's {@code _themes/*.jar} by name.
     *
     * @throws IllegalArgumentException when a listed jar does not exist, naming it and where it was listed
     */
    public static ThemeJars open(String themePath, String environment, Path source) {
        List<Path> jars = new ArrayList<>();
        jars.addAll(listed(themePath, "--theme-path"));
        jars.addAll(listed(environment, ENVIRONMENT));
        jars.addAll(inThemesFolder(source.resolve("_themes")));
        ClassLoader parent = ThemeJars.class.getClassLoader();
        if (jars.isEmpty()) {
            return new ThemeJars(parent, jars);
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("cannot open the theme jar " + jars.get(i) + ": " + e.getMessage());
            }
        }
        return new ThemeJars(new URLClassLoader("colophon-themes", urls, parent), jars);
    }

    private static List<Path> listed(String paths, String where) {
        List<Path> jars = new ArrayList<>();
        if (paths == null) {
            return jars;
        }
        for (String entry : paths.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path jar = Path.of(entry.strip());
            if (!Files.exists(jar)) {
                throw new IllegalArgumentException(where + " names " + jar.toAbsolutePath().normalize()
                        + ", which does not exist (give the path of a theme jar; several are separated by '"
                        + File.pathSeparator + "')");
            }
            jars.add(jar);
        }
        return jars;
    }

    /** The jars a site carries with it: sorted by name, so that the order does not follow the file system. */
    private static List<Path> inThemesFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list the theme jars in " + folder + ": " + e.getMessage());
        }
    }

    /** The class loader to give the engine: Colophon's own when there are no jars. */
    public ClassLoader loader() {
        return loader;
    }

    /** The jars, in the order they are searched. */
    public List<Path> jars() {
        return jars;
    }

    /** Closes the jars (on Windows, an open jar cannot be replaced). */
    @Override
    public void close() {
        // Only a loader opened here: the one it was given is Colophon's own.
        if (!jars.isEmpty() && loader instanceof URLClassLoader opened) {
            try {
                opened.close();
            } catch (IOException e) {
                // Nothing was written through it: a jar left open until the JVM exits harms nothing.
            }
        }
    }
}
