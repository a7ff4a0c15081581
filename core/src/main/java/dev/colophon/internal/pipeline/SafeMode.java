package dev.colophon.internal.pipeline;

import dev.colophon.SiteSource;
import dev.colophon.diagnostic.SourcePosition;
import dev.colophon.internal.plugin.Plugins;
import dev.colophon.internal.source.DirectorySource;
import dev.colophon.internal.source.SourceKind;
import dev.colophon.internal.source.SourceRules;
import java.util.List;

/**
 * Jekyll's safe mode ({@code safe: true}, {@code --safe}) as far as the build goes: only Colophon's own
 * plugins run, and the site's symbolic links are neither listed nor read. What it means for Markdown is
 * the content parser's business; it sees {@link dev.colophon.model.SiteConfig#safe()}.
 */
final class SafeMode {

    private SafeMode() {
    }

    /** The plugins safe mode runs: Colophon's own. Each other one is named in a warning. */
    static Plugins plugins(Plugins plugins, String configFile, Problems problems) {
        return plugins.builtInOnly(plugin -> problems.warning(SourcePosition.of(configFile),
                "safe mode: plugin '" + plugin.id() + "' (" + plugin.getClass().getName() + ") is not loaded",
                "only Colophon's built-in plugins run in safe mode; build without safe: true and --safe to use it"));
    }

    /** The symbolic links among a folder's files; none for a source that is not a folder. */
    static List<String> links(SiteSource source, List<String> files) {
        if (source instanceof DirectorySource folder) {
            return files.stream().filter(folder::isSymbolicLink).toList();
        }
        return List.of();
    }

    /** The source without symbolic links, as far as it has any. */
    static SiteSource withoutLinks(SiteSource source) {
        return source instanceof DirectorySource folder ? folder.withoutSymbolicLinks() : source;
    }

    /**
     * A warning for each link left out that the build would have used: links in ignored places, such as
     * {@code node_modules/.bin}, are not worth one.
     */
    static void warnLinks(List<String> links, SourceRules rules, Problems problems) {
        for (String link : links) {
            if (rules.classify(link) != SourceKind.IGNORED) {
                problems.warning(SourcePosition.of(link), "safe mode: symbolic link is not followed",
                        "copy the file into the site instead of linking to it");
            }
        }
    }
}
