package dev.colophon.internal.template;

import java.util.function.Supplier;

/**
 * A variable made when a template first reads it ({@code site.tags}, {@code site.documents}): a page that
 * does not read it does not pay for it, which on a large site is most of what a build session renders
 * after an edit. Made once; thread-safe.
 */
final class Lazy implements Supplier<Object> {

    private Supplier<Object> make;
    private Object value;

    Lazy(Supplier<Object> make) {
        this.make = make;
    }

    @Override
    public synchronized Object get() {
        if (make != null) {
            value = make.get();
            make = null;
        }
        return value;
    }
}
