package dev.colophon.cli.serve;

import java.nio.file.Path;

/** What a watcher tells the rebuilder: each change under the source, as it comes. */
interface Changes {

    /** What happened to a path (a rename is its old name deleted and its new one created). */
    enum Kind { CREATED, MODIFIED, DELETED }

    /** {@code path}, under the source (or the source itself: anything in it), changed and may change the site. */
    void changed(Path path, Kind kind);

    /**
     * An editor's own file that the site ignores (see {@link SaveBurst#editorFile}) changed: a save is under
     * way beside it. Nothing is built for it.
     */
    default void editing(Path path, Kind kind) {
    }
}
