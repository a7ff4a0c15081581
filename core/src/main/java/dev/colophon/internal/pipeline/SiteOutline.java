package dev.colophon.internal.pipeline;

import dev.colophon.model.Collection;
import dev.colophon.model.Page;
import dev.colophon.model.Post;
import dev.colophon.model.StaticFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the outline stage makes of the files read: the site's posts, pages, collections and static files,
 * each where it will be written, none converted yet.
 *
 * @param posts the published posts, newest first, as many as {@code --limit_posts} keeps
 * @param pages the pages read from the source, in Jekyll's order of {@code site.pages}
 * @param collections the collections, each with its documents in order
 * @param files each post's, page's and document's source file with its defaults applied, by path: the
 *     bodies are read from them; a shared map, to which the generators' pages are added ({@link
 *     Outline#generated}) and a session's edits put their new files ({@link KeptRead})
 * @param nextPublication the date of the first post after the build time ({@link Instant#MAX} when there is
 *     none): a build at that time or later publishes it
 */
record SiteOutline(List<Post> posts, List<Page> pages, List<Collection> collections, List<StaticFile> statics,
        Map<String, SourceFile> files, Instant nextPublication) {

    SiteOutline {
        posts = List.copyOf(posts);
        pages = List.copyOf(pages);
        collections = List.copyOf(collections);
        statics = List.copyOf(statics);
    }
}
