package dev.colophon.internal.pipeline;

import dev.colophon.internal.graph.Fact;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Posts a build session's later build read again, each still a post the last good build published, at the
 * same place in the site (path, URL, date, tags, categories): what each file read and what its front matter
 * made. The site can then be patched rather than read again ({@link KeptRead}).
 *
 * @param read each post's file as read now, by path
 * @param outlines what each file's front matter made now, by path
 * @param fields the paths whose front matter made a different post (a title, a description), not only a
 *     different body
 */
public record PostEdits(Map<String, SourceFile> read, Map<String, Outlined> outlines, Set<String> fields) {

    public PostEdits {
        read = Map.copyOf(read);
        outlines = Map.copyOf(outlines);
        fields = Set.copyOf(fields);
    }

    /** Whether only bodies changed: the posts are the same, the site's views of them too. */
    public boolean bodiesOnly() {
        return fields.isEmpty();
    }

    /** The edited posts' paths. */
    public Set<String> paths() {
        return read.keySet();
    }

    /**
     * What the edits change: each file and body, the fields of the posts in {@link #fields}, and the posts as
     * a whole for the renderers that declare them as their input (a feed, the sitemap).
     */
    public Set<Fact> facts() {
        Set<Fact> facts = new HashSet<>();
        read.keySet().forEach(path -> facts.addAll(Fact.ofEdit(path, true, fields.contains(path))));
        return facts;
    }
}
