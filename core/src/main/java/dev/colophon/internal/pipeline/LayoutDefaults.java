package dev.colophon.internal.pipeline;

import java.util.Set;

/**
 * Which layout a post, page or document without {@code layout:} gets. Jekyll gives none; with the
 * jekyll-default-layout plugin listed it gives {@code post}, {@code home} (the index), {@code page}, or
 * {@code default}, whichever exists. The built-in theme behaves as if the plugin were on, for Markdown.
 */
record LayoutDefaults(Set<String> layouts, boolean enabled, boolean everyPage) {

    static final LayoutDefaults NONE = new LayoutDefaults(Set.of(), false, false);

    String forPost() {
        return enabled ? first("post", "default") : "";
    }

    /**
     * @param index whether the page is the site's (or a folder's) index
     * @param converted whether its body was converted to HTML (Markdown), rather than written as HTML
     */
    String forPage(boolean index, boolean converted) {
        if (!enabled || (!converted && !everyPage)) {
            return "";
        }
        return index ? first("home", "page", "default") : first("page", "default");
    }

    private String first(String... names) {
        for (String name : names) {
            if (layouts.contains(name)) {
                return name;
            }
        }
        return "";
    }
}
