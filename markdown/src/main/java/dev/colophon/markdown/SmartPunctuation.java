package dev.colophon.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Map;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Writes dashes and ellipses as characters ({@code –}, {@code —}, {@code …}), like the quotes.
 *
 * <p>flexmark 0.64 ignores its {@code EN_DASH}, {@code EM_DASH} and {@code ELLIPSIS} options and always
 * writes {@code &ndash;}, {@code &mdash;} and {@code &hellip;}; this renderer takes their place.
 */
final class SmartPunctuation implements NodeRenderer {

    private static final Map<String, String> CHARACTERS = Map.of(
            "&ndash;", "\u2013",
            "&mdash;", "\u2014",
            "&hellip;", "\u2026");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TypographicSmarts.class, SmartPunctuation::render));
    }

    private static void render(TypographicSmarts node, NodeRendererContext context, HtmlWriter html) {
        html.raw(character(node.getTypographicText()));
    }

    /** The character for flexmark's entity {@code text}, or the text itself if it is none of these. */
    static String character(String text) {
        return CHARACTERS.getOrDefault(text, text);
    }

    /** Supplies the renderer; it has no state, so one instance serves every document. */
    static final class Factory implements NodeRendererFactory {
        private static final SmartPunctuation INSTANCE = new SmartPunctuation();

        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return INSTANCE;
        }
    }
}
