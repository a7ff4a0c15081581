package dev.colophon.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which names are an editor's own files while it saves (the saves themselves: {@link EditorSaveTest}). */
class SaveBurstTest {

    @Test
    void editorsFilesAreKnownByTheirNames() {
        List<String> names = List.of("4913", "5036", "4914", "49130", "2021-03-26-hello.md~", ".#2021-03-26-hello.md",
                "#2021-03-26-hello.md#", "#", "hello.md___jb_tmp___", "hello.md___jb_old___", "hello.md.tmp",
                ".hello.md.swp", "hello.md", "tmp", "notes.tmpl");
        String editors = names.stream().filter(name -> SaveBurst.editorFile(Path.of("site/_posts", name)))
                .collect(Collectors.joining(" "));
        assertEquals("4913 5036 2021-03-26-hello.md~ .#2021-03-26-hello.md #2021-03-26-hello.md# hello.md___jb_tmp___ "
                + "hello.md___jb_old___ hello.md.tmp", editors);
    }
}
