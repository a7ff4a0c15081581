package dev.colophon.internal.template;

import dev.colophon.internal.graph.Fact;
import dev.colophon.internal.graph.Reads;
import dev.colophon.model.Content;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A read-only template view of a post, page or document: its fields, and optionally the neighbours
 * {@code previous} and {@code next} laid over them. A post's fields are one map shared by every view of it in a build (the
 * {@code page} a template gets, its neighbours' links, the views Liquid in bodies sees), so a large site
 * keeps one copy; the fields marked {@link #FROM_BODY} (content, excerpt, word count) are read, and so
 * converted, only when a template reads them, from the body of the post the view was made for. A page's
 * view is one too, for its {@code content}, which depends on who reads it (see {@link RenderOrder}).
 */
final class View extends AbstractMap<String, Object> {

    /** A field read from the body of the view's post: content, excerpt, word count, reading time. */
    static final Object FROM_BODY = new Object() {
        @Override
        public String toString() {
            return "(from the post's body)";
        }
    };

    private static final String PREVIOUS = "previous";
    private static final String NEXT = "next";

    private final Map<String, Object> fields;
    private final Content content;
    private final BiFunction<Content, String, Object> body;
    /** Told of each read, as the fields or the body of {@code content}: see {@link Reads}. */
    private final Reads reads;
    private final Fact fieldsRead;
    private final Fact bodyRead;
    private final boolean neighbours;
    private final Object previous;
    private final Object next;

    /**
     * @param fields the post's fields, shared, so not to be changed; {@link #FROM_BODY} values are read
     *     from {@code content}
     * @param content the post or page whose body those values come from
     * @param body reads a {@link #FROM_BODY} field, by name, of {@code content}
     * @param reads where the build records what is read
     */
    View(Map<String, Object> fields, Content content, BiFunction<Content, String, Object> body, Reads reads) {
        this(fields, content, body, reads, Fact.fields(content.path()), Fact.body(content.path()), false, null, null);
    }

    private View(Map<String, Object> fields, Content content, BiFunction<Content, String, Object> body, Reads reads,
            Fact fieldsRead, Fact bodyRead, boolean neighbours, Object previous, Object next) {
        this.fields = fields;
        this.content = content;
        this.body = body;
        this.reads = reads;
        this.fieldsRead = fieldsRead;
        this.bodyRead = bodyRead;
        this.neighbours = neighbours;
        this.previous = previous;
        this.next = next;
    }

    /** The same fields with {@code previous} and {@code next}, which may be null. */
    View withNeighbours(Object previous, Object next) {
        return new View(fields, content, body, reads, fieldsRead, bodyRead, true, previous, next);
    }

    @Override
    public Object get(Object key) {
        // The neighbours change when a post is added next to this one.
        if (neighbours && PREVIOUS.equals(key)) {
            reads.record(Fact.place(content.path()));
            return previous;
        }
        if (neighbours && NEXT.equals(key)) {
            reads.record(Fact.place(content.path()));
            return next;
        }
        return resolve(key, fields.get(key));
    }

    @Override
    public boolean containsKey(Object key) {
        reads.record(fieldsRead);
        return fields.containsKey(key) || neighbours && (PREVIOUS.equals(key) || NEXT.equals(key));
    }

    @Override
    public int size() {
        reads.record(fieldsRead);
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
                    reads.record(Fact.place(content.path()));
                    if (!fields.containsKey(PREVIOUS)) {
                        entries.add(new SimpleImmutableEntry<>(PREVIOUS, previous));
                    }
                    if (!fields.containsKey(NEXT)) {
                        entries.add(new SimpleImmutableEntry<>(NEXT, next));
                    }
                }
                return Collections.unmodifiableList(entries).iterator();
            }

            @Override
            public int size() {
                return View.this.size();
            }
        };
    }

    private Object resolve(Object key, Object value) {
        if (value == FROM_BODY) {
            reads.record(bodyRead);
            return body.apply(content, String.valueOf(key));
        }
        reads.record(fieldsRead);
        return value;
    }
}
