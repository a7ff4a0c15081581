package dev.colophon.internal.template;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A read-only template view of a post or page: its fields, some computed only when a template reads them
 * ({@link Deferred}, e.g. the converted content), and optionally the neighbours {@code previous} and
 * {@code next} laid over them. Posts share one map of fields between the view a template gets as
 * {@code page} and the views their neighbours link to, so a large site keeps one copy.
 */
final class View extends AbstractMap<String, Object> {

    /** A value computed each time it is read; what it reads caches what is worth caching. */
    record Deferred(Supplier<Object> value) {
    }

    private static final String PREVIOUS = "previous";
    private static final String NEXT = "next";

    private final Map<String, Object> fields;
    private final boolean neighbours;
    private final Object previous;
    private final Object next;

    /** @param fields the view's fields, values possibly {@link Deferred}; not copied, so not to be changed */
    View(Map<String, Object> fields) {
        this(fields, false, null, null);
    }

    private View(Map<String, Object> fields, boolean neighbours, Object previous, Object next) {
        this.fields = fields;
        this.neighbours = neighbours;
        this.previous = previous;
        this.next = next;
    }

    /** The same fields with {@code previous} and {@code next}, which may be null. */
    View withNeighbours(Object previous, Object next) {
        return new View(fields, true, previous, next);
    }

    @Override
    public Object get(Object key) {
        if (neighbours && PREVIOUS.equals(key)) {
            return previous;
        }
        if (neighbours && NEXT.equals(key)) {
            return next;
        }
        return resolve(fields.get(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.containsKey(key) || neighbours && (PREVIOUS.equals(key) || NEXT.equals(key));
    }

    @Override
    public int size() {
        if (!neighbours) {
            return fields.size();
        }
        return fields.size() + (fields.containsKey(PREVIOUS) ? 0 : 1) + (fields.containsKey(NEXT) ? 0 : 1);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                List<Entry<String, Object>> entries = new ArrayList<>(size());
                for (String key : fields.keySet()) {
                    entries.add(new SimpleImmutableEntry<>(key, get(key)));
                }
                if (neighbours) {
                    if (!fields.containsKey(PREVIOUS)) {
                        entries.add(new SimpleImmutableEntry<>(PREVIOUS, previous));
                    }
                    if (!fields.containsKey(NEXT)) {
                        entries.add(new SimpleImmutableEntry<>(NEXT, next));
                    }
                }
                return java.util.Collections.unmodifiableList(entries).iterator();
            }

            @Override
            public int size() {
                return View.this.size();
            }
        };
    }

    private static Object resolve(Object value) {
        return value instanceof Deferred deferred ? deferred.value().get() : value;
    }
}
