package dev.colophon.model;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An immutable snapshot of a whole site after reading and converting: what renderers see.
 *
 * @param config the settings
 * @param posts the published posts, newest first (ties broken by path, so the order is stable)
 * @param pages the pages, by path
 * @param staticFiles files copied as they are, by path
 * @param layouts the site's own layouts by name; empty when the site has no {@code _layouts/}
 * @param includes the site's own includes by name
 * @param time the build time, as templates see {@code site.time}
 * @param theme the theme whose files are layered under the site's ({@code theme:}, or the built-in
 *     {@value #DEFAULT_THEME} for a site without layouts of its own); empty for none
 * @param data the contents of {@code _data/}, by file name without extension, folders nested
 * @param collections the collections other than posts, in the order configured
 * @param environment Jekyll's environment ({@code JEKYLL_ENV}): {@code development} unless set
 */
public record Site(
        SiteConfig config,
        List<Post> posts,
        List<Page> pages,
        List<StaticFile> staticFiles,
        Map<String, Template> layouts,
        Map<String, Template> includes,
        OffsetDateTime time,
        String theme,
        Map<String, Object> data,
        List<Collection> collections,
        String environment) {

    /** The theme a site without {@code _layouts/} and without {@code theme:} gets, when it is on the class path. */
    public static final String DEFAULT_THEME = "colophon";

    public Site {
        Objects.requireNonNull(theme, "theme");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        collections = List.copyOf(collections);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(config, "config");
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
        layouts = Map.copyOf(layouts);
        includes = Map.copyOf(includes);
        Objects.requireNonNull(time, "time");
    }

    /** The documents of every collection that writes pages. */
    public List<Page> outputDocuments() {
        return collections.stream().filter(Collection::output).flatMap(c -> c.docs().stream()).toList();
    }

    /** A copy with other posts and pages, everything else the same. */
    public Site with(List<Post> posts, List<Page> pages, List<Collection> collections) {
        return new Site(config, posts, pages, staticFiles, layouts, includes, time, theme, data, collections,
                environment);
    }

    /** Posts by tag, tags in alphabetical order, posts newest first. */
    public Map<String, List<Post>> tags() {
        return group(true);
    }

    /** Posts by category, categories in alphabetical order, posts newest first. */
    public Map<String, List<Post>> categories() {
        return group(false);
    }

    private Map<String, List<Post>> group(boolean byTag) {
        Map<String, List<Post>> groups = new TreeMap<>();
        for (Post post : posts) {
            for (String key : byTag ? post.tags() : post.categories()) {
                groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(post);
            }
        }
        Map<String, List<Post>> out = new LinkedHashMap<>();
        groups.forEach((key, list) -> out.put(key, List.copyOf(list)));
        return Collections.unmodifiableMap(out);
    }
}
