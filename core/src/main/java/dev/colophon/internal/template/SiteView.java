package dev.colophon.internal.template;

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

    private final Map<String, Object> values;
    private final Runnable timeRead;

    SiteView(Map<String, Object> values, Runnable timeRead) {
        this.values = Collections.unmodifiableMap(values);
        this.timeRead = timeRead;
    }

    /** The same site with one more variable, such as a post's {@code related_posts}. */
    SiteView with(String key, Object value) {
        Map<String, Object> copy = new HashMap<>(values);
        copy.put(key, value);
        return new SiteView(copy, timeRead);
    }

    @Override
    public Object get(Object key) {
        if ("time".equals(key)) {
            timeRead.run();
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
        Map<String, Object> resolved = new java.util.LinkedHashMap<>();
        values.forEach((key, value) -> resolved.put(key, value instanceof Lazy lazy ? lazy.get() : value));
        return Collections.unmodifiableMap(resolved).entrySet();
    }
}
