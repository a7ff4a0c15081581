package dev.colophon.html.liquid;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The file whose template is being rendered on this thread, for tags that resolve paths against it
 * ({@code include_relative}). One per parser; templates render on several threads at once.
 */
final class CurrentFile {

    private final ThreadLocal<Deque<String>> stack = ThreadLocal.withInitial(ArrayDeque::new);

    void enter(String path) {
        stack.get().push(path);
    }

    void leave() {
        stack.get().pop();
    }

    /** The path, or empty outside a render. */
    String path() {
        String path = stack.get().peek();
        return path == null ? "" : path;
    }
}
