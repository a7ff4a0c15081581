package dev.colophon.internal.pipeline;

import java.util.function.Supplier;

/**
 * Where a post's body text is read from: the file, at the offset its front matter ends. A build session
 * that keeps the last build's posts points an edited post's body at the file as it is now, instead of
 * making every post again (see {@link SiteReader#resetBodies}).
 */
final class BodyText implements Supplier<String> {

    private volatile Supplier<String> read;

    BodyText(Supplier<String> read) {
        this.read = read;
    }

    void set(Supplier<String> read) {
        this.read = read;
    }

    @Override
    public String get() {
        return read.get();
    }
}
