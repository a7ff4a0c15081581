package dev.colophon.internal.graph;

import dev.colophon.spi.Output;
import java.util.Set;

/**
 * Something an output, a body or a page's conversion can depend on: a source file as a whole, the fields
 * of a post or page (its front matter and what the engine derives from it: title, URL, tags), its body
 * (the converted content, the excerpt, the word count), or a site-wide fact.
 *
 * @param kind what of the {@code name} is meant
 * @param name a source path, or for {@link Kind#SITE} a fact's name ({@code site:config}, {@code site:time})
 */
public record Fact(Kind kind, String name) {

    /**
     * What of {@code name} is meant: a file as a whole; a post's or page's fields; its body; a site-wide fact;
     * or a post's place among the others (its neighbours, {@code page.previous} and {@code page.next}).
     */
    public enum Kind { FILE, FIELDS, BODY, SITE, PLACE }

    /** The build time: an output that shows it changes with every build. */
    public static final Fact TIME = site("site:time");
    /**
     * Which posts the site has, in which order: read by whatever lists them ({@code site.posts}, its tags and
     * categories, related posts, a paginator), changed when a post is added.
     */
    public static final Fact POST_LIST = site("site:post-list");
    /** Output.Inputs.POSTS as a fact: changes when any post does. */
    public static final Fact POSTS = site(Output.Inputs.POSTS);

    public static Fact file(String path) {
        return new Fact(Kind.FILE, path);
    }

    public static Fact fields(String path) {
        return new Fact(Kind.FIELDS, path);
    }

    public static Fact body(String path) {
        return new Fact(Kind.BODY, path);
    }

    /** The neighbours of the post at {@code path}: they change when a post is added next to it. */
    public static Fact place(String path) {
        return new Fact(Kind.PLACE, path);
    }

    /**
     * What an edit to the post or page at {@code path} changes: the file and the body always, the fields
     * when its front matter made another post or page, and the posts (or pages) as a whole, for renderers
     * that declare them as their input (a feed, the sitemap).
     */
    public static Set<Fact> ofEdit(String path, boolean post, boolean fields) {
        return fields
                ? Set.of(file(path), body(path), fields(path), post ? POSTS : site(Output.Inputs.PAGES))
                : Set.of(file(path), body(path), post ? POSTS : site(Output.Inputs.PAGES));
    }

    public static Fact site(String name) {
        return new Fact(Kind.SITE, name);
    }
}
