package dev.colophon.cli.serve;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which changes under the source cannot change the site, so that they start no build: the destination and
 * the engine's temporary folders beside it (a build writes thousands of files there), version control, what
 * the site excludes, and the hidden and backup files editors leave (Jekyll skips names starting with
 * {@code .} or {@code #} or ending with {@code ~}, unless the site includes them). Anything else starts a
 * build, which is cheap when nothing that matters changed: the engine remembers its last build.
 */
final class WatchFilter {

    private static final Set<String> VERSION_CONTROL = Set.of(".git", ".hg", ".svn", ".bzr");
    /** Jekyll's default excludes: the engine never reads these either. */
    private static final List<String> DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
            "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems",
            "vendor/ruby");

    private final Path source;
    private final Path destination;
    private final String enginePrefix;
    private final Supplier<SiteSettings> settings;

    WatchFilter(Path source, Path destination, Supplier<SiteSettings> settings) {
        this.source = source;
        this.destination = destination;
        // The engine's ".NAME.colophon-tmp-…" and ".NAME.colophon-old-…" beside the destination.
        this.enginePrefix = "." + destination.getFileName() + ".colophon-";
        this.settings = settings;
    }

    /** Whether a change of {@code path} (absolute, under the source) cannot change the site. */
    boolean ignored(Path path) {
        if (path.equals(source)) {
            return false;
        }
        if (path.startsWith(destination) || !path.startsWith(source)) {
            return true;
        }
        String relative = source.relativize(path).toString().replace('\\', '/');
        SiteSettings site = settings.get();
        String[] segments = relative.split("/");
        for (String segment : segments) {
            if (VERSION_CONTROL.contains(segment) || segment.startsWith(enginePrefix)) {
                return true;
            }
        }
        if (excluded(relative, DEFAULT_EXCLUDES) || excluded(relative, site.exclude())) {
            return true;
        }
        for (String segment : segments) {
            boolean hidden = segment.startsWith(".") || segment.startsWith("#") || segment.endsWith("~");
            if (hidden && !included(relative, segment, site.include())) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(String relative, List<String> entries) {
        for (String entry : entries) {
            String clean = strip(entry);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.contains("*") || clean.contains("?") || clean.contains("[")) {
                PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + clean);
                Path path = Path.of(relative);
                if (glob.matches(path) || glob.matches(path.getFileName())) {
                    return true;
                }
            } else if (relative.equals(clean) || relative.startsWith(clean + "/")) {
                return true;
            }
        }
        return false;
    }

    /** Jekyll includes {@code .htaccess} whatever the site says; {@code include} adds names and paths. */
    private static boolean included(String relative, String segment, List<String> entries) {
        if (segment.equals(".htaccess")) {
            return true;
        }
        for (String entry : entries) {
            String clean = strip(entry);
            if (clean.equals(segment) || relative.equals(clean) || relative.startsWith(clean + "/")
                    || clean.startsWith(relative + "/")) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String entry) {
        String s = entry.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
