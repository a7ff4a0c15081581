package dev.colophon.internal.template;

import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.graph.Reads;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code site} variable, which notes when its {@code time} is read: a page that shows the build time
 * changes with every build, so a build that used it cannot later be found "unchanged". Listing the
 * whole map counts as reading it.
 */
final class SiteView extends AbstractMap<String, Object> {

    /** The variables that list the posts: reading one depends on which posts there are, and their order. */
    private static final Set<String> LISTS = Set.of("posts", "tags", "categories", "documents", "related_posts",
            "collections");

    private final Map<String, Object> values;
    private final Runnable timeRead;
    private final Reads reads;

    SiteView(Map<String, Object> values, Runnable timeRead, Reads reads) {
        this.values = Collections.unmodifiableMap(values);
        this.timeRead = timeRead;
        this.reads = reads;
    }

    /** The same site with one more variable, such as a post's {@code related_posts}. */
    SiteView with(String key, Object value) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.put(key, value);
        return new SiteView(copy, timeRead, reads);
    }

    @Override
    public Object get(Object key) {
        if ("time".equals(key)) {
            timeRead.run();
        } else if (key instanceof String name && LISTS.contains(name)) {
            reads.record(Fact.POST_LIST);
        }
        Object value = values.get(key);
        return value instanceof Lazy lazy ? lazy.get() : value;
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        timeRead.run();
        reads.record(Fact.POST_LIST);
        Map<String, Object> resolved = new java.util.LinkedHashMap<>();
        values.forEach((key, value) -> resolved.put(key, value instanceof Lazy lazy ? lazy.get() : value));
        return Collections.unmodifiableMap(resolved).entrySet();
    }
}
