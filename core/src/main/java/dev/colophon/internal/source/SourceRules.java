package dev.colophon.internal.source;

import dev.colophon.model.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Jekyll's rules for which source files take part in a build, and as what.
 */
public final class SourceRules {

    /** What Jekyll leaves out by default, besides names starting with {@code _ . #} or ending with {@code ~}. */
    private static final List<String> DEFAULT_EXCLUDES = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
            "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems",
            "vendor/ruby");

    /** Jekyll's configuration files at the root: {@code _config.yml}, {@code _config.dev.yaml}, {@code _config.toml}. */
    private static final Pattern CONFIG_NAME =
            Pattern.compile("_config(\\.[^/]*)?\\.(ya?ml|toml)");

    private final List<String> excludes = new ArrayList<>();
    private final List<Glob> excludeGlobs = new ArrayList<>();
    private final List<String> includes;
    private final List<Glob> includeGlobs;
    private final String configFile;
    private final java.util.Set<String> collectionFolders;

    public SourceRules(SiteConfig config, String configFile) {
        this(config, configFile, java.util.Set.of());
    }

    /** Rules that also know the collections' folders ({@code _LABEL}), whose files are documents. */
    public SourceRules(SiteConfig config, String configFile, java.util.Set<String> collectionLabels) {
        this.collectionFolders = collectionLabels.stream().map(l -> "_" + l).collect(java.util.stream.Collectors.toSet());
        excludes.addAll(DEFAULT_EXCLUDES);
        for (String exclude : config.exclude()) {
            String clean = strip(exclude);
            if (isGlob(clean)) {
                // The configuration reader reported a pattern that is not a glob, and leaves it out.
                glob(clean).ifPresent(excludeGlobs::add);
            } else {
                excludes.add(clean);
            }
        }
        // Jekyll includes .htaccess unless told otherwise: it is a web server's file, not a hidden one.
        List<String> included = new ArrayList<>(List.of(".htaccess"));
        config.include().stream().map(SourceRules::strip).forEach(included::add);
        this.includes = List.copyOf(included);
        // Jekyll matches include entries as globs too (File.fnmatch).
        this.includeGlobs = includes.stream().filter(SourceRules::isGlob).map(SourceRules::glob)
                .flatMap(java.util.Optional::stream).toList();
        this.configFile = configFile;
    }

    /** Whether an exclude or include entry is a glob rather than a path. */
    public static boolean isGlob(String entry) {
        return entry.contains("*") || entry.contains("?") || entry.contains("[");
    }

    /**
     * Checks an exclude or include glob.
     *
     * @return what is wrong with it, or null when it is a glob
     */
    public static String globProblem(String entry) {
        try {
            Glob.of(strip(entry));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static java.util.Optional<Glob> glob(String clean) {
        try {
            return java.util.Optional.of(Glob.of(clean));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
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

    /** Classifies one file, given as a {@code /}-separated path relative to the source. */
    public SourceKind classify(String path) {
        if (path.equals(configFile) || isExcluded(path)) {
            return SourceKind.IGNORED;
        }
        String[] segments = path.split("/");
        String first = segments[0];
        if (segments.length > 1) {
            switch (first) {
                case "_layouts": return SourceKind.LAYOUT;
                // A hidden file there is not an include: {% include .env %} finds nothing.
                case "_includes": return hiddenBelow(segments, 1) ? SourceKind.IGNORED : SourceKind.INCLUDE;
                case "_data": return SourceKind.DATA;
                default: break;
            }
            if (collectionFolders.contains(first)) {
                return hiddenBelow(segments, 1) ? SourceKind.IGNORED : SourceKind.DOCUMENT;
            }
        }
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equals("_posts")) {
                return hiddenBelow(segments, i + 1) ? SourceKind.IGNORED : SourceKind.POST;
            }
            if (segments[i].equals("_drafts")) {
                return hiddenBelow(segments, i + 1) ? SourceKind.IGNORED : SourceKind.DRAFT;
            }
            if (isHidden(segments[i]) && !isIncluded(path)) {
                return SourceKind.IGNORED;
            }
        }
        if (isHidden(segments[segments.length - 1]) && !isIncluded(path)) {
            return SourceKind.IGNORED;
        }
        return SourceKind.OTHER;
    }

    /**
     * Why {@code include_relative} may not read a file, or empty when it may. Never the configuration (it
     * may hold keys) nor a hidden file (a name, or a folder's, starting with {@code .} or {@code #} or ending
     * with {@code ~}: {@code .env}, {@code .git/}, an editor's backup) unless {@code include:} lists it; in
     * safe mode, nothing {@code exclude:} leaves out either. Outside safe mode an excluded file may be read,
     * as in Jekyll: a site may leave {@code README.md} out of the build and include it in its home page.
     * Names starting with {@code _} are not hidden here: they are where such snippets are kept.
     *
     * @param path a {@code /}-separated path relative to the source, without {@code ..}
     */
    public Optional<String> unreadableByTemplates(String path, boolean safe) {
        String[] segments = path.split("/");
        if (path.equals(configFile) || segments.length == 1 && CONFIG_NAME.matcher(path).matches()) {
            return Optional.of("it is the site's configuration");
        }
        for (String segment : segments) {
            if ((segment.startsWith(".") || segment.startsWith("#") || segment.endsWith("~")) && !isIncluded(path)) {
                return Optional.of("it is hidden (a name starting with '.' or '#', or ending with '~')");
            }
        }
        if (safe && isExcluded(path)) {
            return Optional.of("exclude: in " + configFile + " leaves it out of the site, and safe mode "
                    + "reads nothing the site leaves out");
        }
        return Optional.empty();
    }

    /** The categories a post gets from the folders above its {@code _posts} folder. */
    public static List<String> folderCategories(String path) {
        String[] segments = path.split("/");
        List<String> out = new ArrayList<>();
        for (String segment : segments) {
            if (segment.equals("_posts") || segment.equals("_drafts")) {
                break;
            }
            out.add(segment);
        }
        return out;
    }

    private boolean hiddenBelow(String[] segments, int from) {
        for (int i = from; i < segments.length; i++) {
            if (segments[i].startsWith(".") || segments[i].endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(String name) {
        return name.startsWith("_") || name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    private boolean isIncluded(String path) {
        for (String include : includes) {
            if (path.equals(include) || path.startsWith(include + "/")) {
                return true;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.equals(include)) {
                return true;
            }
        }
        if (!includeGlobs.isEmpty()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            for (Glob glob : includeGlobs) {
                if (glob.matches(path) || glob.matches(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isExcluded(String path) {
        for (String exclude : excludes) {
            if (path.equals(exclude) || path.startsWith(exclude + "/")) {
                return true;
            }
        }
        if (!excludeGlobs.isEmpty()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            for (Glob glob : excludeGlobs) {
                if (glob.matches(path) || glob.matches(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
