package dev.colophon.internal.source;

import dev.colophon.SiteSource;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A site over its theme: the theme's files appear as the site's, and a site file of the same path wins. */
public final class LayeredSource implements SiteSource {

    private final SiteSource site;
    private final ThemeSource theme;
    private final Set<String> siteFiles;

    public LayeredSource(SiteSource site, List<String> siteFiles, ThemeSource theme) {
        this.site = site;
        this.theme = theme;
        this.siteFiles = Set.copyOf(siteFiles);
    }

    @Override
    public List<String> files() {
        TreeSet<String> all = new TreeSet<>(siteFiles);
        all.addAll(theme.files());
        return List.copyOf(all);
    }

    /** Whether a path is the theme's (not overridden by the site). */
    public boolean isTheme(String path) {
        return !siteFiles.contains(path);
    }

    @Override
    public byte[] read(String path) {
        return siteFiles.contains(path) ? site.read(path) : theme.read(path);
    }

    @Override
    public Instant lastModified(String path) {
        return siteFiles.contains(path) ? site.lastModified(path) : theme.lastModified(path);
    }
}
