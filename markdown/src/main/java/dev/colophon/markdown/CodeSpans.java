package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Writes a code span's text as CommonMark 0.31 has it: line endings become spaces, and one space is taken
 * from each end when both ends have one and the text is not all spaces. flexmark 0.64 instead trims all
 * white space at the ends and collapses runs of it inside, so {@code `a   b`} became {@code a b} where
 * kramdown too keeps {@code a   b}.
 */
final class CodeSpans implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Code.class, CodeSpans::render));
    }

    private static void render(Code node, NodeRendererContext context, HtmlWriter html) {
        html.withAttr().tag("code");
        html.text(text(node));
        html.tag("/code");
    }

    /** The text between the span's backticks as the span shows it. */
    static String text(Code node) {
        String text = node.getText().toString();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        }
        int length = text.length();
        if (length >= 2 && text.charAt(0) == ' ' && text.charAt(length - 1) == ' ' && !allSpaces(text)) {
            return text.substring(1, length - 1);
        }
        return text;
    }

    private static boolean allSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Supplies the renderer; it has no state, so one instance serves every document. */
    static final class Factory implements NodeRendererFactory {
        private static final CodeSpans INSTANCE = new CodeSpans();

        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return INSTANCE;
        }
    }
}
