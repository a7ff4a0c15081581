package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Renders footnotes with kramdown's ids and classes instead of flexmark's.
 *
 * <p>A reference is {@code <sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup>}; the notes
 * follow the body as {@code <div class="footnotes"><ol><li id="fn:1">…}, each ending with one back-link
 * {@code <a href="#fnref:1" class="reversefootnote">} per reference (a second reference to note 1 is
 * {@code fnref:1:1}). Ids use the note's number, not its label, so they are always valid and unique;
 * only notes that are referenced are listed and undefined references stay text, so every link has its
 * target.
 *
 * <p>Notes are numbered as kramdown numbers them ({@link FootnoteNumbers}), not as flexmark does.
 */
final class FootnoteRenderer implements PhasedNodeRenderer {

    // kramdown's &#8617;, exactly: Jekyll sites' text and CSS expect this character alone.
    static final String BACK_LINK_TEXT = "\u21A9";
    // A no-break space keeps the arrow on the line of the note's last word.
    static final String BACK_LINK_SEPARATOR = "\u00A0";

    /**
     * The part the notes' tags are written as. They are written while the document is the node being
     * rendered, and flexmark's embedded-attribute provider looks through a node's children for the
     * {@code NODE} part: through every block of the document for each tag, quadratic in a post with
     * thousands of notes. No provider gives this part anything.
     */
    private static final AttributablePart NOTES = new AttributablePart("KRAMDOWN_FOOTNOTES");

    private FootnoteNumbers numbers;

    /** Numbers the notes of {@code document} once, before the first reference or note is written. */
    private FootnoteNumbers countOnce(Document document) {
        if (numbers == null) {
            numbers = new FootnoteNumbers(document);
        }
        return numbers;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, this::renderReference),
                // The notes are written at the end of the body, not where they were defined.
                new NodeRenderingHandler<>(FootnoteBlock.class, (note, context, html) -> { }));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(@NotNull NodeRendererContext context, @NotNull HtmlWriter html,
            @NotNull Document document, @NotNull RenderingPhase phase) {
        FootnoteNumbers numbers = countOnce(document);
        if (phase != RenderingPhase.BODY_BOTTOM || numbers.notes().isEmpty()) {
            return;
        }
        html.attr("class", "footnotes").withAttr(NOTES).tagIndent("div", () ->
                html.tagIndent("ol", () -> {
                    for (FootnoteBlock note : numbers.notes()) {
                        renderNote(note, numbers, context, html);
                    }
                }));
    }

    private void renderReference(Footnote reference, NodeRendererContext context, HtmlWriter html) {
        if (context.isDoNotRenderLinks()) {
            // A heading's copy in the table of contents: kramdown leaves its footnote references out, and
            // a second fnref id would not be unique.
            return;
        }
        FootnoteNumbers numbers = countOnce(context.getDocument());
        Integer repeat = numbers.repeat(reference);
        if (repeat == null) {
            // A reference to a note that is never defined stays text, as in kramdown.
            html.raw("[^");
            context.renderChildren(reference);
            html.raw("]");
            return;
        }
        FootnoteBlock note = reference.getFootnoteBlock();
        int number = numbers.number(note);
        html.attr("id", FootnoteNumbers.referenceId(numbers.label(note), repeat));
        html.withAttr().tag("sup", false, false, () -> {
            html.attr("href", "#" + FootnoteNumbers.noteId(numbers.label(note)));
            html.attr("class", "footnote");
            html.withAttr().tag("a");
            html.text(String.valueOf(number));
            html.tag("/a");
        });
    }

    private void renderNote(FootnoteBlock note, FootnoteNumbers numbers, NodeRendererContext context,
            HtmlWriter html) {
        html.attr("id", FootnoteNumbers.noteId(numbers.label(note)));
        html.withAttr(NOTES).tagIndent("li", () -> {
            Node last = note.getLastChild();
            if (last instanceof Paragraph) {
                // Like kramdown, end the last paragraph with the back-links rather than add a line for them.
                for (Node child = note.getFirstChild(); child != last; child = child.getNext()) {
                    context.render(child);
                }
                html.tagLine("p", () -> {
                    context.renderChildren(last);
                    renderBackLinks(note, numbers, html);
                });
            } else {
                context.renderChildren(note);
                html.tagLine("p", () -> renderBackLinks(note, numbers, html));
            }
        });
    }

    private void renderBackLinks(FootnoteBlock note, FootnoteNumbers numbers, HtmlWriter html) {
        int references = numbers.references(note);
        for (int repeat = 0; repeat < references; repeat++) {
            html.raw(BACK_LINK_SEPARATOR);
            html.attr("href", "#" + FootnoteNumbers.referenceId(numbers.label(note), repeat));
            html.attr("class", "reversefootnote");
            html.withAttr(NOTES).tag("a");
            html.raw(BACK_LINK_TEXT);
            if (repeat > 0) {
                // Tells apart the back-links of a note cited several times: ↩, ↩², ↩³ …
                html.tag("sup").text(String.valueOf(repeat + 1)).tag("/sup");
            }
            html.tag("/a");
        }
    }

    /** Creates a renderer per rendered document, since each document has its own notes. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new FootnoteRenderer();
        }
    }
}
