package dev.colophon.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The footnotes of one document as kramdown numbers them: in the order of their first reference in the text,
 * with references made inside notes counted after the text's. flexmark's own numbering follows the
 * <em>last</em> reference to a note when there are several.
 *
 * <p>Shared by {@link FootnoteRenderer} and {@link FastHtml}, so that both write the same ids and numbers.
 */
final class FootnoteNumbers {

    private final List<FootnoteBlock> notes = new ArrayList<>();
    private final Map<FootnoteBlock, Integer> numbers = new IdentityHashMap<>();
    private final Map<FootnoteBlock, Integer> referenceCounts = new IdentityHashMap<>();
    private final Map<Footnote, Integer> repeats = new IdentityHashMap<>();

    FootnoteNumbers(Document document) {
        NodeVisitor collector = new NodeVisitor(
                new VisitHandler<>(Footnote.class, this::count),
                // The notes' own text is read after the body's, in the order the notes are listed.
                new VisitHandler<>(FootnoteBlock.class, note -> { }));
        collector.visit(document);
        for (int i = 0; i < notes.size(); i++) {
            collector.visitChildren(notes.get(i));
        }
    }

    private void count(Footnote reference) {
        FootnoteBlock note = reference.getFootnoteBlock();
        if (note == null) {
            return;
        }
        int repeat = referenceCounts.getOrDefault(note, 0);
        if (repeat == 0) {
            notes.add(note);
            numbers.put(note, notes.size());
        }
        referenceCounts.put(note, repeat + 1);
        repeats.put(reference, repeat);
    }

    /** The referenced notes, in the order they are listed. */
    List<FootnoteBlock> notes() {
        return Collections.unmodifiableList(notes);
    }

    int number(FootnoteBlock note) {
        return numbers.get(note);
    }

    /** How many references the note has, each with a back-link. */
    int references(FootnoteBlock note) {
        return referenceCounts.get(note);
    }

    /**
     * Which reference to its note this is, 0 for the first; null for a reference to a note that is never
     * defined, which stays text.
     */
    Integer repeat(Footnote reference) {
        return repeats.get(reference);
    }

    /**
     * The note's label as kramdown uses it in ids ({@code [^yaml]} is {@code fn:yaml}); labels that could
     * not be an id (white space) fall back to the note's number.
     */
    String label(FootnoteBlock note) {
        String text = note.getText().toString();
        return text.isEmpty() || text.chars().anyMatch(Character::isWhitespace) ? String.valueOf(number(note)) : text;
    }

    static String noteId(String label) {
        return "fn:" + label;
    }

    static String referenceId(String label, int repeat) {
        return repeat == 0 ? "fnref:" + label : "fnref:" + label + ":" + repeat;
    }
}
