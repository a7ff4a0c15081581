package dev.colophon.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Markdown for untrusted content, Jekyll's {@code safe: true}: raw HTML is escaped (flexmark's
 * {@code ESCAPE_HTML}, set by {@link MarkdownEngine}), links and images to {@code javascript:},
 * {@code vbscript:} or {@code data:} lose their address and keep their text, and kramdown attribute lists
 * may only set attributes that run no script and change no address.
 *
 * <p>Images keep {@code data:image/} addresses: a browser shows them as pictures and runs no script in them,
 * even in SVG, and posts use them for small inline pictures.
 */
final class SafeMarkdown {

    /** Whether the parser and renderer work for untrusted content; off by default. */
    static final DataKey<Boolean> SAFE = new DataKey<>("COLOPHON_SAFE", false);

    /**
     * What an attribute list may set in safe mode. Everything else is left out: event handlers run
     * script, {@code href} and {@code src} would replace a checked address, {@code style} can lay a link
     * over the whole page.
     */
    private static final Set<String> ATTRIBUTES = Set.of(AttributeList.ID, AttributeList.CLASS, "title", "lang",
            "dir", "role", "width", "height", "align", "alt");

    private SafeMarkdown() {
    }

    /** Whether an attribute list may set {@code name} in safe mode. */
    static boolean allowsAttribute(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ATTRIBUTES.contains(lower) || lower.startsWith("data-") || lower.startsWith("aria-");
    }

    /**
     * Whether an address, with its Markdown escapes and character references decoded as flexmark decodes
     * them, runs script or carries a document of its own. flexmark then writes a character reference left
     * in it (from {@code \&#x0A;}) as it is, and the browser decodes that too: both forms are checked.
     */
    static boolean isUnsafe(CharSequence url, boolean image) {
        return startsUnsafe(url, image) || startsUnsafe(Escaping.unescapeHtml(url), image);
    }

    /**
     * A browser drops tabs and line breaks anywhere in an address and spaces and control characters around
     * it, and reads the scheme in any case; so whatever is invisible is dropped here, anywhere, before the
     * scheme is compared.
     */
    private static boolean startsUnsafe(CharSequence url, boolean image) {
        StringBuilder visible = new StringBuilder(Math.min(url.length(), 16));
        for (int i = 0; i < url.length() && visible.length() < 16; i++) {
            char c = url.charAt(i);
            if (!Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT) {
                visible.append(c);
            }
        }
        String start = visible.toString().toLowerCase(Locale.ROOT);
        if (start.startsWith("javascript:") || start.startsWith("vbscript:")) {
            return true;
        }
        return start.startsWith("data:") && !(image && start.startsWith("data:image/"));
    }

    /** Renders unsafe links as their text and unsafe images as their alt text; leaves the rest to flexmark. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return () -> Set.of(
                    new NodeRenderingHandler<>(Link.class, (node, context, html) ->
                            link(node, node.getUrl().unescape(), context)),
                    new NodeRenderingHandler<>(LinkRef.class, (node, context, html) ->
                            link(node, referenced(node.isDefined() ? node.getReferenceNode(node.getDocument()) : null),
                                    context)),
                    new NodeRenderingHandler<>(AutoLink.class, (node, context, html) -> {
                        if (isUnsafe(node.getUrl().unescape(), false)) {
                            html.text(node.getText().toString());
                        } else {
                            context.delegateRender();
                        }
                    }),
                    new NodeRenderingHandler<>(Image.class, (node, context, html) ->
                            image(node, node.getUrl().unescape(), context, html)),
                    new NodeRenderingHandler<>(ImageRef.class, (node, context, html) ->
                            image(node, referenced(node.isDefined() ? node.getReferenceNode(node.getDocument()) : null),
                                    context, html)));
        }

        private static String referenced(Reference reference) {
            // An undefined reference is written as text by flexmark: nothing to check.
            return reference == null ? "" : reference.getUrl().unescape();
        }

        private static void link(Node node, String url, NodeRendererContext context) {
            if (isUnsafe(url, false)) {
                context.renderChildren(node);
            } else {
                context.delegateRender();
            }
        }

        private static void image(Node node, String url, NodeRendererContext context, HtmlWriter html) {
            if (isUnsafe(url, true)) {
                html.text(new TextCollectingVisitor().collectAndGetText(node));
            } else {
                context.delegateRender();
            }
        }
    }
}
