package dev.colophon.sass;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the file an {@code @import} or {@code @use} means, the way Dart Sass looks on disk, but reading
 * only through the site's files so theme and in-memory files work too.
 *
 * <p>Files are named to Dart Sass by canonical URLs {@code colophon:/PATH}, PATH being relative to the site
 * root; relative imports reach {@link #canonicalize} already resolved against the importing file's URL,
 * other imports arrive as written and are looked up in each load path. Not thread-safe: it serves one
 * compilation.
 */
final class ImportResolver {

    static final String SCHEME = "colophon";

    private final Function<String, Optional<byte[]>> files;
    private final List<String> loadPaths;
    /** Files read so far: looking an import up tries several names, then loading it reads the winner. */
    private final Map<String, Optional<byte[]>> read = new HashMap<>();

    /**
     * @param files reads a file of the site by its path from the root
     * @param loadPaths folders relative to the root ({@code ""} is the root), looked in in order
     */
    ImportResolver(Function<String, Optional<byte[]>> files, List<String> loadPaths) {
        this.files = files;
        this.loadPaths = List.copyOf(loadPaths);
    }

    /** The canonical URL of a file of the site. */
    static String url(String path) {
        try {
            return new URI(SCHEME, null, "/" + path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot name " + path + " by a URL", e);
        }
    }

    /** The site path a canonical URL names, or empty for a URL that is not one of ours. */
    static Optional<String> path(String url) {
        try {
            URI uri = new URI(url);
            if (!SCHEME.equals(uri.getScheme()) || uri.getPath() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The canonical URL of the file an import means, or empty when this resolver has none (Dart Sass then
     * tries the next importer, or reports the import as not found).
     *
     * @param url a {@code colophon:} URL (a relative import, already resolved) or the import as written
     * @param fromImport whether an {@code @import} asks, which also finds import-only files
     * @throws AmbiguousImportException when two files match, e.g. {@code _base.scss} and {@code base.scss}
     */
    Optional<String> canonicalize(String url, boolean fromImport) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getPath() == null || uri.getPath().isEmpty()) {
            return Optional.empty();
        }
        if (SCHEME.equals(uri.getScheme())) {
            return normalize("", uri.getPath()).flatMap(path -> resolve(path, fromImport)).map(ImportResolver::url);
        }
        if (uri.getScheme() != null || uri.getPath().startsWith("/")) {
            return Optional.empty();
        }
        for (String loadPath : loadPaths) {
            Optional<String> found = normalize(loadPath, uri.getPath()).flatMap(path -> resolve(path, fromImport));
            if (found.isPresent()) {
                return found.map(ImportResolver::url);
            }
        }
        return Optional.empty();
    }

    /** The contents of a file {@link #canonicalize} found; empty if it is gone. */
    Optional<byte[]> load(String canonicalUrl) {
        return path(canonicalUrl).flatMap(this::read);
    }

    /** Dart Sass's {@code resolveImportPath}: partials, extensions, import-only files and index files. */
    private Optional<String> resolve(String path, boolean fromImport) {
        String extension = extension(path);
        if (extension.equals("scss") || extension.equals("sass") || extension.equals("css")) {
            String base = path.substring(0, path.length() - extension.length() - 1);
            return firstOf(fromImport ? exactlyOne(candidates(base + ".import." + extension)) : Optional.empty(),
                    () -> exactlyOne(candidates(path)));
        }
        return firstOf(fromImport ? exactlyOne(withExtensions(path + ".import")) : Optional.empty(),
                () -> exactlyOne(withExtensions(path)),
                () -> fromImport ? exactlyOne(withExtensions(join(path, "index.import"))) : Optional.empty(),
                () -> exactlyOne(withExtensions(join(path, "index"))));
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String> first,
            java.util.function.Supplier<Optional<String>>... others) {
        if (first.isPresent()) {
            return first;
        }
        for (var other : others) {
            Optional<String> found = other.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code .sass} and {@code .scss} files, or failing those {@code .css} ones. */
    private List<String> withExtensions(String path) {
        List<String> found = new ArrayList<>(candidates(path + ".sass"));
        found.addAll(candidates(path + ".scss"));
        return found.isEmpty() ? candidates(path + ".css") : found;
    }

    /** The partial {@code _name} and the file {@code name}, those that exist. */
    private List<String> candidates(String path) {
        int slash = path.lastIndexOf('/');
        String partial = path.substring(0, slash + 1) + "_" + path.substring(slash + 1);
        List<String> found = new ArrayList<>(2);
        if (read(partial).isPresent()) {
            found.add(partial);
        }
        if (read(path).isPresent()) {
            found.add(path);
        }
        return found;
    }

    private static Optional<String> exactlyOne(List<String> paths) {
        if (paths.size() > 1) {
            throw new AmbiguousImportException("It's not clear which file to import. Found: "
                    + paths.stream().collect(Collectors.joining(", ")));
        }
        return paths.stream().findFirst();
    }

    private Optional<byte[]> read(String path) {
        return read.computeIfAbsent(path, files);
    }

    /**
     * A load path and an import joined, with {@code .} and {@code ..} resolved; empty when it climbs out of
     * the site.
     */
    static Optional<String> normalize(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder + "/" + relative).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    private static String join(String folder, String name) {
        return folder + "/" + name;
    }

    static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** Two files fit an import; Sass refuses to guess. */
    static final class AmbiguousImportException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        AmbiguousImportException(String message) {
            super(message);
        }
    }
}
